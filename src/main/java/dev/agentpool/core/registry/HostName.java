package dev.agentpool.core.registry;

import dev.agentpool.core.io.SystemFiles;
import dev.agentpool.core.json.Charsets;
import java.io.IOException;
import java.net.InetAddress;
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

    /** A small /proc file's text, stripped ({@link SystemFiles}: to its end, without opening a FileChannel). */
    static String readProcFile(Path file) throws IOException {
        return new String(SystemFiles.read(file), Charsets.UTF_8).strip();
    }

    public static String local(Map<String, String> env) {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                String name = readProcFile(kernel);
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
