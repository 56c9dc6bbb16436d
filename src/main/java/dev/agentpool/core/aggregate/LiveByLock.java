package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.core.time.Elapsed;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps an instance for a scan of the live ones ({@link Aggregator#liveInstancesAnd}) when its lock alone says it is
 * live, or when it is the one instance always kept. Lenient where the scan's assembly is exact, so it never drops an
 * instance the assembly would count live: the lock is judged as if the session had not ended (only the activity
 * file can say it ended, and it is read only for kept instances, whose assembly judges again with it; an instance
 * stale by its lock is stale whatever its activity says), and its heartbeat against a time {@link #CLOCK_SLACK}
 * before the scan began (the assembly judges at a later clock reading, which a clock stepped back can make earlier).
 */
final class LiveByLock implements DirectoryScan.LockFilter {

    /** How far the wall clock may step back during a scan without the filter dropping an instance the assembly keeps. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private final LivenessRule rule;
    private final ProcessInspector processes;
    private final Instant now;
    private final InstanceId always;

    /** {@code scanStarted}: the scan's first clock reading; the heartbeat is judged {@link #CLOCK_SLACK} before it. */
    LiveByLock(LivenessRule rule, ProcessInspector processes, Instant scanStarted, InstanceId always) {
        this.rule = rule;
        this.processes = processes;
        this.now = Elapsed.minus(scanStarted, CLOCK_SLACK);
        this.always = always;
    }

    @Override
    public boolean keep(InstanceId id, FileRead<LockRecord> lock) {
        if (id.equals(always)) {
            return true;
        }
        return InstanceLiveness.staleReason(lock, null, rule, processes, now).isEmpty(); // no activity: not ended
    }
}
