package dev.agentpool.claude.hook;

import dev.agentpool.claude.HotPathContext;
import dev.agentpool.claude.process.ClaudeProcess;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.LockRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers or heartbeats the lock of a Claude Code instance: owner pid and process start of the Claude Code
 * process, heartbeat now, and the session details under {@code metadata.claude} (architecture.md). Other metadata
 * keys are kept. {@code session_ids} lists every session of the process, oldest first (a new one per /clear).
 */
public final class LockUpdate {

    /** Sessions remembered per process; a window that is /clear-ed all day keeps the latest ones. */
    static final int MAX_SESSION_IDS = 50;

    private LockUpdate() {
    }

    /** {@code ctx} names the host, asked only for a lock that does not name one yet ({@link HotPathContext#host}). */
    public static LockRecord apply(Optional<LockRecord> existing, InstanceId id, ClaudeProcess process,
            SessionFacts facts, Instant now, HotPathContext ctx) {
        // plain conditionals, not Optional.map(LockRecord::…): this runs in every hook JVM (no lambda bootstraps)
        LockRecord old = existing.isPresent() ? existing.get() : null;
        Instant registered = old != null && old.startTime() != null ? old.startTime() : now;
        Map<String, Object> metadata = new LinkedHashMap<>(old != null && old.metadata() != null ? old.metadata() : Map.of());
        metadata.put("claude", claudeDetails(metadata.get("claude"), facts));
        String owner = process.foundBy() == ClaudeProcess.FoundBy.PARENT ? "parent" : "claude";
        String lockHost = old != null && old.host() != null && !old.host().isEmpty() ? old.host() : ctx.host();
        return new LockRecord(id, process.pid(), registered, now, process.startTime().orElse(null), lockHost,
                metadata, owner);
    }

    private static Map<String, Object> claudeDetails(Object previous, SessionFacts facts) {
        Map<String, Object> claude = new LinkedHashMap<>();
        if (previous instanceof Map<?, ?> old) {
            for (Map.Entry<?, ?> e : old.entrySet()) {
                claude.put(String.valueOf(e.getKey()), e.getValue());
            }
        }
        putIfKnown(claude, "session_id", facts.sessionId());
        claude.put("session_ids", sessionIds(claude.get("session_ids"), facts.sessionId()));
        putIfKnown(claude, "cwd", facts.cwd());
        putIfKnown(claude, "model", facts.model());
        putIfKnown(claude, "transcript_path", facts.transcriptPath());
        putIfKnown(claude, "session_name", facts.sessionName());
        putIfKnown(claude, "version", facts.version());
        return claude;
    }

    private static List<Object> sessionIds(Object previous, String current) {
        List<Object> ids = new ArrayList<>();
        if (previous instanceof List<?> old) {
            for (Object o : old) {
                if (o instanceof String) {
                    ids.add(o);
                }
            }
        }
        if (!current.isEmpty() && (ids.isEmpty() || !ids.get(ids.size() - 1).equals(current))) {
            ids.remove(current);
            ids.add(current);
        }
        while (ids.size() > MAX_SESSION_IDS) {
            ids.remove(0);
        }
        return ids;
    }

    private static void putIfKnown(Map<String, Object> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }
}
