package dev.agentpool.claude.demo;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Cheap long-lived child processes that stand in for Claude Code processes in the demo.
 *
 * <p>On POSIX systems a stand-in is {@code cat} reading the pipe this JVM holds open on its stdin: it lives exactly as
 * long as the demo. {@link DemoSimulation#stop()} ends it politely; if the JVM dies without running its shutdown hooks
 * (SIGKILL, a crash), the kernel closes the pipe, {@code cat} reads end-of-file and exits, and the monitor sees the
 * demo's windows go stale instead of four fake "live" windows lingering for a day (a plain {@code sleep 86400} did).
 */
final class DemoProcesses {

    private DemoProcesses() {
    }

    static Process startOwner() throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        List<String> command = windows
                ? List.of("powershell", "-NoProfile", "-Command", "Start-Sleep -Seconds 86400")
                : List.of("cat");
        // stdin stays the default pipe from this JVM: its end-of-file is the stand-in's end
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
