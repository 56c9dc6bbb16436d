package dev.agentpool.core.registry;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * This machine's host name, without a DNS lookup when avoidable ({@code InetAddress.getLocalHost()} can take
 * seconds on a badly configured network, and the hook path must stay fast).
 */
public final class HostName {

    private HostName() {
    }

    public static String local(Map<String, String> env) {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                String name = new String(Files.readAllBytes(kernel), StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // fall through to the portable ways
        }
        for (String var : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String name = env.get(var);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }
}
