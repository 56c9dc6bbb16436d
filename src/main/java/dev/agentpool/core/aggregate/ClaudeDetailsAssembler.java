package dev.agentpool.core.aggregate;

import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.model.Subagent;
import dev.agentpool.core.sessions.ClaudeSessionEntry;
import dev.agentpool.core.time.Elapsed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Claude Code feed knows about one instance, from three sources, recording which said what: the lock's
 * {@code metadata.claude} (session, cwd, model...), the hook-maintained activity file (subagents, waiting, ended)
 * and Claude Code's own registry entry for the lock's pid (status, waiting, and the session facts when the lock has
 * none). The hooks win for waiting: they are pushed at the moment it happens.
 */
final class ClaudeDetailsAssembler {

    /** Claude Code notes its start a little after the process starts; more than this apart is another process. */
    static final Duration SAME_PROCESS = Duration.ofSeconds(60);

    private ClaudeDetailsAssembler() {
    }

    // Plain conditionals and loops, not Optional/stream lambdas: the statusline JVM runs this once per instance and
    // every lambda call site costs a method-handle bootstrap there (docs/benchmarks.md, Claude Code hot path).
    static ClaudeDetails of(Optional<LockRecord> lock, Optional<ActivityRecord> activity,
            Optional<RealtimeMetrics> realtime, Optional<ClaudeSessionEntry> registry) {
        ClaudeSessionEntry session = registry.isPresent() && sameProcess(lock, registry.get()) ? registry.get() : null;
        Map<String, Object> meta = claudeMetadata(lock);
        Map<String, Source> saidBy = new LinkedHashMap<>();
        if (!meta.isEmpty()) {
            saidBy.put("session", Source.LOCK_FILE);
        } else if (session != null) {
            saidBy.put("session", Source.CLAUDE_SESSIONS);
        }
        ActivityRecord a = activity.isPresent() ? activity.get() : null;
        ActivityRecord.Waiting hookWait = a != null && a.waitingForUser().isPresent() ? a.waitingForUser().get() : null;
        boolean registryWaits = session != null && session.isWaiting();
        if (hookWait != null || registryWaits) {
            saidBy.put("waiting", hookWait != null ? Source.HOOK_ACTIVITY : Source.CLAUDE_SESSIONS);
        }
        if (a != null) {
            saidBy.put("subagents", Source.HOOK_ACTIVITY);
        }
        if (session != null) {
            saidBy.put("status", Source.CLAUDE_SESSIONS);
        }
        Optional<Double> cost = realtime.isPresent() ? realtime.get().costUsd() : Optional.empty();
        if (cost.isPresent()) {
            saidBy.put("cost", Source.REALTIME_METRICS);
        }
        String reason = hookWait != null ? hookWait.reason() : registryWaits ? session.waitingFor() : "";
        Instant since = hookWait != null ? hookWait.since() : registryWaits ? session.modified() : null;
        return new ClaudeDetails(sessionIds(meta, session),
                text(meta, "session_name", session == null ? null : session.name()),
                text(meta, "cwd", session == null ? null : session.cwd()), text(meta, "model", null),
                text(meta, "transcript_path", null), text(meta, "version", session == null ? null : session.version()),
                hookWait != null || registryWaits, reason, since, subagents(a),
                a != null ? a.launchedTotal() : 0L, a != null && a.ended(),
                cost.isPresent() ? cost.get() : 0.0, session != null ? session.status() : "", saidBy);
    }

    private static boolean sameProcess(Optional<LockRecord> lock, ClaudeSessionEntry e) {
        Instant processStart = lock.isPresent() ? lock.get().processStart() : null;
        return processStart == null || e.startedAt().isEmpty()
                || Elapsed.apart(processStart, e.startedAt().get()).compareTo(SAME_PROCESS) <= 0;
    }

    private static Map<String, Object> claudeMetadata(Optional<LockRecord> lock) {
        Object claude = lock.isPresent() ? lock.get().metadata().get("claude") : null;
        if (!(claude instanceof Map<?, ?> m)) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private static List<String> sessionIds(Map<String, Object> meta, ClaudeSessionEntry session) {
        List<String> ids = new ArrayList<>();
        if (meta.get("session_ids") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    ids.add(s);
                }
            }
        }
        if (ids.isEmpty() && meta.get("session_id") instanceof String s && !s.isEmpty()) {
            ids.add(s);
        }
        if (ids.isEmpty()) {
            String id = session == null ? null : session.sessionId();
            if (id != null && !id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The metadata text at {@code key}, else {@code fallback} (null: none). */
    private static String text(Map<String, Object> meta, String key, String fallback) {
        return meta.get(key) instanceof String s && !s.isEmpty() ? s : fallback != null ? fallback : "";
    }

    private static List<Subagent> subagents(ActivityRecord activity) {
        List<Subagent> out = new ArrayList<>();
        if (activity != null) {
            for (Map.Entry<String, ActivityRecord.Running> e : activity.runningSubagents().entrySet()) {
                out.add(new Subagent(e.getKey(), e.getValue().type(), e.getValue().started()));
            }
        }
        return out;
    }
}
