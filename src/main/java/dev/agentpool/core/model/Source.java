package dev.agentpool.core.model;

/** Where a value shown for an instance came from. The verifier records one per value. */
public enum Source {
    COUNTER_FILE("agent counter file"),
    REALTIME_METRICS("realtime metrics file"),
    STATE_FILE("statusline state file"),
    LOCK_FILE("instance lock file"),
    /** Our hook-maintained activity file (running subagents, waiting flag). */
    HOOK_ACTIVITY("Claude Code hooks"),
    /** Claude Code's own per-process registry {@code ~/.claude/sessions/<pid>.json}. */
    CLAUDE_SESSIONS("Claude Code session registry"),
    /** The operating system's process table. */
    PROCESS_TABLE("process table"),
    DEFAULT("default (no source had a value)");

    private final String description;

    Source(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
