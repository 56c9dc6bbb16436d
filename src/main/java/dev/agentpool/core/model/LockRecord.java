package dev.agentpool.core.model;

import dev.agentpool.core.id.InstanceId;
import java.time.Instant;
import java.util.Map;

/**
 * The content of {@code instances/instance_<ID>.lock}. Legacy keys: instance_id, pid, start_time, last_heartbeat,
 * metadata. Ours (added, never replacing legacy keys): process_start (when the owning process started, to detect
 * pid reuse), host, and Claude Code details inside metadata.
 *
 * @param processStart start time of process {@code pid}; null for legacy locks (then pid reuse cannot be detected)
 * @param lastHeartbeat null when the lock has none (legacy rule: stale)
 * @param metadata free-form JSON object (values are JSON-model objects: String, Long, Double, Boolean, Map, List)
 * @param owner who {@code pid} is relative to the registering command: {@code parent}, {@code pid}, {@code claude},
 *     {@code self}; empty for legacy locks
 */
public record LockRecord(
        InstanceId id,
        long pid,
        Instant startTime,
        Instant lastHeartbeat,
        Instant processStart,
        String host,
        Map<String, Object> metadata,
        String owner) {

    public LockRecord {
        owner = owner == null ? "" : owner;
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        host = host == null ? "" : host;
    }

    /** A lock without owner information (legacy locks, tests). */
    public LockRecord(InstanceId id, long pid, Instant startTime, Instant lastHeartbeat, Instant processStart,
            String host, Map<String, Object> metadata) {
        this(id, pid, startTime, lastHeartbeat, processStart, host, metadata, "");
    }

    public LockRecord withLastHeartbeat(Instant heartbeat) {
        return new LockRecord(id, pid, startTime, heartbeat, processStart, host, metadata, owner);
    }
}
