package dev.agentpool.claude.process;

import java.time.Instant;
import java.util.Optional;

/**
 * The Claude Code process (window) a hook or statusline command belongs to.
 *
 * @param startTime when that process started; empty when the OS would not say (then pid reuse cannot be detected)
 * @param foundBy how it was found, for the log and the lock's {@code owner} key
 */
public record ClaudeProcess(long pid, Optional<Instant> startTime, FoundBy foundBy) {

    /** How the process was identified, in order of trust. */
    public enum FoundBy {
        /** Claude Code told us: {@code CLAUDE_PID} (v2.1.214+). */
        CLAUDE_PID,
        /** A Claude Code process among our ancestors. */
        PROCESS_TREE,
        /** No Claude Code process found: our nearest non-shell ancestor stands in. */
        PARENT
    }
}
