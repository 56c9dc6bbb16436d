package dev.agentpool.core.aggregate;

import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.registry.ProcessInspector;
import java.time.Instant;
import java.util.Optional;

/** Liveness of an instance from its lock file as read: no lock and an unreadable lock are stale before any rule. */
final class InstanceLiveness {

    private InstanceLiveness() {
    }

    /** Empty when live; {@code lock} and {@code activity} may be null (no such file). */
    static Optional<StaleReason> staleReason(FileRead<LockRecord> lock, FileRead<ActivityRecord> activity,
                                             LivenessRule rule, ProcessInspector processes, Instant now) {
        if (lock == null) {
            return Optional.of(StaleReason.noLock());
        }
        if (!lock.isOk()) {
            return Optional.of(StaleReason.unreadableLock(lock.content().reason()));
        }
        boolean ended = activity != null && activity.isOk() && activity.value().ended();
        return rule.staleReason(lock.value(), ended, processes, now);
    }
}
