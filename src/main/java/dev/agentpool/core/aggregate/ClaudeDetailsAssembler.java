package dev.agentpool.core.aggregate;

import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.model.Subagent;
import dev.agentpool.core.sessions.ClaudeSessionEntry;
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

    static ClaudeDetails of(Optional<LockRecord> lock, Optional<ActivityRecord> activity,
            Optional<RealtimeMetrics> realtime, Optional<ClaudeSessionEntry> registry) {
        Optional<ClaudeSessionEntry> session = registry.filter(e -> sameProcess(lock, e));
        Map<String, Object> meta = claudeMetadata(lock);
        Map<String, Source> saidBy = new LinkedHashMap<>();
        if (!meta.isEmpty()) {
            saidBy.put("session", Source.LOCK_FILE);
        } else if (session.isPresent()) {
            saidBy.put("session", Source.CLAUDE_SESSIONS);
        }
        Optional<ActivityRecord.Waiting> hookWait = activity.flatMap(ActivityRecord::waitingForUser);
        boolean registryWaits = session.map(ClaudeSessionEntry::isWaiting).orElse(false);
        if (hookWait.isPresent() || registryWaits) {
            saidBy.put("waiting", hookWait.isPresent() ? Source.HOOK_ACTIVITY : Source.CLAUDE_SESSIONS);
        }
        activity.ifPresent(a -> saidBy.put("subagents", Source.HOOK_ACTIVITY));
        session.ifPresent(s -> saidBy.put("status", Source.CLAUDE_SESSIONS));
        Optional<Double> cost = realtime.flatMap(RealtimeMetrics::costUsd);
        cost.ifPresent(c -> saidBy.put("cost", Source.REALTIME_METRICS));
        String reason = hookWait.map(ActivityRecord.Waiting::reason)
                .orElseGet(() -> registryWaits ? session.get().waitingFor() : "");
        Instant since = hookWait.map(ActivityRecord.Waiting::since)
                .orElseGet(() -> registryWaits ? session.get().modified() : null);
        return new ClaudeDetails(sessionIds(meta, session), text(meta, "session_name", session.map(ClaudeSessionEntry::name)),
                text(meta, "cwd", session.map(ClaudeSessionEntry::cwd)), text(meta, "model", Optional.empty()),
                text(meta, "transcript_path", Optional.empty()), text(meta, "version", session.map(ClaudeSessionEntry::version)),
                hookWait.isPresent() || registryWaits, reason, since, subagents(activity),
                activity.map(ActivityRecord::launchedTotal).orElse(0L), activity.map(ActivityRecord::ended).orElse(false),
                cost.orElse(0.0), session.map(ClaudeSessionEntry::status).orElse(""), saidBy);
    }

    private static boolean sameProcess(Optional<LockRecord> lock, ClaudeSessionEntry e) {
        Instant processStart = lock.map(LockRecord::processStart).orElse(null);
        return processStart == null || e.startedAt().isEmpty()
                || Duration.between(processStart, e.startedAt().get()).abs().compareTo(SAME_PROCESS) <= 0;
    }

    private static Map<String, Object> claudeMetadata(Optional<LockRecord> lock) {
        Object claude = lock.map(l -> l.metadata().get("claude")).orElse(null);
        if (!(claude instanceof Map<?, ?> m)) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static List<String> sessionIds(Map<String, Object> meta, Optional<ClaudeSessionEntry> session) {
        List<String> ids = new ArrayList<>();
        if (meta.get("session_ids") instanceof List<?> list) {
            list.stream().filter(o -> o instanceof String).map(String.class::cast).forEach(ids::add);
        }
        if (ids.isEmpty() && meta.get("session_id") instanceof String s && !s.isEmpty()) {
            ids.add(s);
        }
        if (ids.isEmpty()) {
            session.map(ClaudeSessionEntry::sessionId).filter(s -> !s.isEmpty()).ifPresent(ids::add);
        }
        return ids;
    }

    private static String text(Map<String, Object> meta, String key, Optional<String> fallback) {
        return meta.get(key) instanceof String s && !s.isEmpty() ? s : fallback.orElse("");
    }

    private static List<Subagent> subagents(Optional<ActivityRecord> activity) {
        List<Subagent> out = new ArrayList<>();
        activity.ifPresent(a -> a.runningSubagents().forEach((id, r) -> out.add(new Subagent(id, r.type(), r.started()))));
        return out;
    }
}
