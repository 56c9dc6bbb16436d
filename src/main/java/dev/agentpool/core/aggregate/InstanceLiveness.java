package dev.agentpool.core.aggregate;

import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.registry.ProcessInspector;
import java.time.Instant;
import java.util.Optional;

/** Liveness of an instance from its lock file as read: no lock and an unreadable lock are stale before any rule. */
final class InstanceLiveness {

    private InstanceLiveness() {
    }

    /** Empty when live; {@code lock} may be null (no lock file). */
    static Optional<StaleReason> staleReason(FileRead<LockRecord> lock, LivenessRule rule, ProcessInspector processes,
                                             Instant now) {
        if (lock == null) {
            return Optional.of(new StaleReason(StaleReason.Kind.NO_LOCK, "no lock file (metric files only)"));
        }
        if (!lock.isOk()) {
            return Optional.of(new StaleReason(StaleReason.Kind.UNREADABLE_LOCK,
                    "lock file unreadable: " + lock.content().reason()));
        }
        return rule.staleReason(lock.value(), processes, now);
    }
}
