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
    /** {@code name()} in lower case, made once: the aggregate's JSON prints it for every instance. */
    private final String wireName;

    Source(String description) {
        this.description = description;
        this.wireName = name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code name()} in lower case, e.g. {@code counter_file}: how the CLI's JSON names a source. */
    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }
}
