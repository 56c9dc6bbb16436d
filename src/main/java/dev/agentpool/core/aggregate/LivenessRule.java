package dev.agentpool.core.aggregate;

import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.core.registry.StalenessPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a readable lock belongs to a live instance. The aggregator passes a per-scan caching
 * {@link ProcessInspector}, so each pid is looked up once per scan. Unreadable and missing locks never reach the
 * rule: they are stale ({@code UNREADABLE_LOCK}, {@code NO_LOCK}) before any rule.
 */
@FunctionalInterface
public interface LivenessRule {

    /**
     * Empty when live, else why the instance is stale.
     *
     * @param sessionEnded Claude Code reported SessionEnd for the instance (from its activity file)
     */
    Optional<StaleReason> staleReason(LockRecord lock, boolean sessionEnded, ProcessInspector processes, Instant now);

    /** The registry's {@link StalenessPolicy} with heartbeat max age {@code maxAge} on host {@code localHost}. */
    static LivenessRule standard(Duration maxAge, String localHost) {
        // an anonymous class, not a lambda: no method-handle bootstrap in a statusline JVM
        return new LivenessRule() {
            @Override
            public Optional<StaleReason> staleReason(LockRecord lock, boolean sessionEnded, ProcessInspector processes,
                    Instant now) {
                return new StalenessPolicy(maxAge, processes, localHost).evaluate(lock, now, sessionEnded);
            }
        };
    }
}
