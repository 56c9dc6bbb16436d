package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.registry.ProcessInspector;
import java.time.Instant;

/**
 * Keeps an instance for a scan of the live ones ({@link Aggregator#liveInstancesAnd}) when its lock alone says it is
 * live, or when it is the one instance always kept. The lock is judged as if the session had not ended: only the
 * activity file can say it ended, and that file is read only for kept instances, whose assembly then judges again
 * with it; an instance stale by its lock is stale whatever its activity says.
 */
final class LiveByLock implements DirectoryScan.LockFilter {

    private final LivenessRule rule;
    private final ProcessInspector processes;
    private final Instant now;
    private final InstanceId always;

    LiveByLock(LivenessRule rule, ProcessInspector processes, Instant now, InstanceId always) {
        this.rule = rule;
        this.processes = processes;
        this.now = now;
        this.always = always;
    }

    @Override
    public boolean keep(InstanceId id, FileRead<LockRecord> lock) {
        if (id.equals(always)) {
            return true;
        }
        return lock != null && lock.isOk() && rule.staleReason(lock.value(), false, processes, now).isEmpty();
    }
}
