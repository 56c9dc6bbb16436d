package dev.agentpool.claude;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * This machine's name for the lock's {@code host} key, without a DNS lookup ({@code InetAddress.getLocalHost()} can
 * take seconds on a badly configured network, far too slow for a hook): the environment, else the kernel's name.
 */
final class HostName {

    private HostName() {
    }

    static String of(Map<String, String> env) {
        for (String key : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String value = env.get(key);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
            try {
                String name = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
                if (!name.isEmpty() && name.length() < 256) {
                    return name;
                }
            } catch (IOException | RuntimeException e) {
                // try the next place
            }
        }
        return "";
    }
}
