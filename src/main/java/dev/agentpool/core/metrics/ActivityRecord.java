package dev.agentpool.core.metrics;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code claude_activity_<ID>.json} (ours, written by the hook under the instance's file lock).
 *
 * @param runningSubagents agent_id → what is running, in start order
 * @param launchedTotal subagents launched over the life of the instance
 * @param waitingForUser present while Claude Code waits for the user
 * @param ended Claude Code reported SessionEnd
 * @param costUsd session cost so far, when known
 * @param updated when the hook last wrote the file
 * @param recentlyStopped agent_id → when it stopped, for subagents that stopped recently: a late or repeated
 *     SubagentStart for one of them (async hooks may run out of order) must not bring it back
 */
public record ActivityRecord(
        Map<String, Running> runningSubagents,
        long launchedTotal,
        Optional<Waiting> waitingForUser,
        boolean ended,
        Optional<Double> costUsd,
        Optional<Instant> updated,
        Map<String, Instant> recentlyStopped) {

    /** A subagent that started and has not stopped; {@code type} may be empty, never null. */
    public record Running(String type, Instant started) {
        public Running {
            type = type == null ? "" : type;
            Objects.requireNonNull(started, "started");
        }
    }

    /** Waiting for the user since {@code since}, e.g. reason "permission: Bash". */
    public record Waiting(Instant since, String reason) {
        public Waiting {
            Objects.requireNonNull(since, "since");
            reason = reason == null ? "" : reason;
        }
    }

    public ActivityRecord {
        runningSubagents = Collections.unmodifiableMap(new LinkedHashMap<>(runningSubagents));
        recentlyStopped = Collections.unmodifiableMap(new LinkedHashMap<>(recentlyStopped));
        Objects.requireNonNull(waitingForUser);
        Objects.requireNonNull(costUsd);
        Objects.requireNonNull(updated);
    }

    /** Without the recently-stopped list (readers and tests that do not need it). */
    public ActivityRecord(Map<String, Running> runningSubagents, long launchedTotal, Optional<Waiting> waitingForUser,
            boolean ended, Optional<Double> costUsd, Optional<Instant> updated) {
        this(runningSubagents, launchedTotal, waitingForUser, ended, costUsd, updated, Map.of());
    }

    public static ActivityRecord empty() {
        return new ActivityRecord(Map.of(), 0, Optional.empty(), false, Optional.empty(), Optional.empty());
    }
}
