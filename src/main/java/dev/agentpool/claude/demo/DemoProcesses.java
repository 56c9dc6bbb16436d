package dev.agentpool.claude.demo;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Cheap long-lived child processes that stand in for Claude Code processes in the demo. */
final class DemoProcesses {

    private DemoProcesses() {
    }

    static Process startOwner() throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        List<String> command = windows
                ? List.of("powershell", "-NoProfile", "-Command", "Start-Sleep -Seconds 86400")
                : List.of("sleep", "86400");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
