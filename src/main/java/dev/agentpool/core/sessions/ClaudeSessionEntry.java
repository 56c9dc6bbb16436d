package dev.agentpool.core.sessions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of Claude Code's own live-process registry, {@code ~/.claude/sessions/<pid>.json} (undocumented format,
 * observed keys: pid, sessionId, cwd, startedAt (epoch ms), procStart, status busy|idle|waiting, waitingFor, name,
 * version). Strings are "" when absent.
 *
 * @param startedAt when Claude Code says the process started; empty when absent or not epoch milliseconds
 * @param modified the file's modification time (how fresh the status is)
 */
public record ClaudeSessionEntry(Path file, long pid, String sessionId, String cwd, Optional<Instant> startedAt,
                                 String status, String waitingFor, String name, String version, Instant modified) {

    public boolean isBusy() {
        return status.equals("busy");
    }

    public boolean isWaiting() {
        return status.equals("waiting");
    }
}
