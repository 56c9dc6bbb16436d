package dev.agentpool.core.model;

import java.time.Instant;
import java.util.List;

/**
 * What the Claude Code feed (hooks, statusLine, ~/.claude/sessions) knows about an instance. Every field may be
 * unknown: strings are empty rather than null, instants null when unknown.
 *
 * @param sessionIds every session_id seen for this process, oldest first (changes on /clear)
 * @param waitingForUser true while Claude Code waits for a permission answer or a new prompt
 * @param waitingReason e.g. "permission: Bash" or "idle prompt"; empty when not waiting
 * @param launchedTotal subagents launched over the life of the instance
 * @param claudeStatus busy / idle / waiting as Claude Code's own registry says, empty when unknown
 * @param saidBy which source said what, for the details view: keys "session", "subagents", "waiting", "status",
 *     "cost" (only those known)
 */
public record ClaudeDetails(
        List<String> sessionIds,
        String sessionName,
        String cwd,
        String model,
        String transcriptPath,
        String version,
        boolean waitingForUser,
        String waitingReason,
        Instant waitingSince,
        List<Subagent> runningSubagents,
        long launchedTotal,
        boolean ended,
        double costUsd,
        String claudeStatus,
        java.util.Map<String, Source> saidBy) {

    public ClaudeDetails {
        sessionIds = List.copyOf(sessionIds);
        runningSubagents = List.copyOf(runningSubagents);
        saidBy = saidBy == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(saidBy));
    }

    /** Without provenance (fixtures, tests). */
    public ClaudeDetails(List<String> sessionIds, String sessionName, String cwd, String model, String transcriptPath,
            String version, boolean waitingForUser, String waitingReason, Instant waitingSince,
            List<Subagent> runningSubagents, long launchedTotal, boolean ended, double costUsd, String claudeStatus) {
        this(sessionIds, sessionName, cwd, model, transcriptPath, version, waitingForUser, waitingReason, waitingSince,
                runningSubagents, launchedTotal, ended, costUsd, claudeStatus, java.util.Map.of());
    }

    public static ClaudeDetails none() {
        return new ClaudeDetails(List.of(), "", "", "", "", "", false, "", null, List.of(), 0, false, 0.0, "");
    }

    /** The session id in use now (the last one seen), or empty. */
    public String currentSessionId() {
        return sessionIds.isEmpty() ? "" : sessionIds.get(sessionIds.size() - 1);
    }
}
