package dev.agentpool.core.model;

import dev.agentpool.core.id.InstanceId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about one instance at one scan: the registry entry joined with its metric files.
 *
 * @param lock the lock file content; empty when there is no readable lock
 * @param stale empty when the instance is live, else why it is stale
 * @param agents agents running now, with the source that said so
 * @param tokensUsed context tokens in use
 * @param tokensTotal context window size (200000 when nothing says otherwise)
 * @param tokensPct percent of the context window in use, 0–100
 * @param confidence legacy quality score 0–100; a value ≤ 0 means "none" (printed "--")
 * @param status the legacy status word, e.g. "🟢 OPTIMAL"
 * @param heartbeatAge time since the last heartbeat; empty when unknown
 * @param files every file of ours that belongs to this instance (for details and cleanup)
 */
public record InstanceSnapshot(
        InstanceId id,
        Optional<LockRecord> lock,
        Optional<StaleReason> stale,
        Sourced<Integer> agents,
        Sourced<Long> tokensUsed,
        Sourced<Long> tokensTotal,
        Sourced<Double> tokensPct,
        Sourced<Double> confidence,
        Sourced<Lifecycle> lifecycle,
        long requestCount,
        boolean executing,
        String status,
        Optional<Duration> heartbeatAge,
        ClaudeDetails claude,
        List<Path> files) {

    public InstanceSnapshot {
        files = List.copyOf(files);
    }

    public boolean isLive() {
        return stale.isEmpty();
    }

    public boolean isStale() {
        return stale.isPresent();
    }

    /** A name for people: Claude Code session name, else project folder, else lock metadata tag, else the ID. */
    public String displayName() {
        if (!claude.sessionName().isBlank()) {
            return claude.sessionName();
        }
        if (!claude.cwd().isBlank()) {
            Path name = Path.of(claude.cwd()).getFileName();
            return name == null ? claude.cwd() : name.toString();
        }
        Object tag = lock.map(l -> l.metadata().get("name")).orElse(null);
        if (tag == null) {
            tag = lock.map(l -> l.metadata().get("window")).map(w -> "window " + w).orElse(null);
        }
        return tag != null ? tag.toString() : id.value();
    }
}
