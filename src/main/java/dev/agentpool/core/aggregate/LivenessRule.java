package dev.agentpool.core.aggregate;

import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.registry.ProcessInspector;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a readable lock belongs to a live instance. The aggregator passes a per-scan caching
 * {@link ProcessInspector}, so each pid is looked up once per scan. Unreadable and missing locks never reach the
 * rule: the aggregator marks those {@code UNREADABLE_LOCK} and {@code NO_LOCK} itself.
 */
@FunctionalInterface
public interface LivenessRule {

    /** Empty when live, else why the instance is stale. */
    Optional<StaleReason> staleReason(LockRecord lock, ProcessInspector processes, Instant now);
}
