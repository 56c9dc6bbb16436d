package dev.agentpool.core.registry;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.model.LockRecord;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Refreshes one instance's heartbeat every interval (30 s by default, {@code AgentPoolConfig.heartbeatInterval()})
 * on an executor the caller owns: core never creates threads. A failed beat is reported to {@code problems} (the
 * caller logs it) and the schedule continues. {@link #close()} cancels it.
 */
public final class PeriodicHeartbeat implements AutoCloseable {

    private final ScheduledFuture<?> future;

    private PeriodicHeartbeat(ScheduledFuture<?> future) {
        this.future = future;
    }

    public static PeriodicHeartbeat start(ScheduledExecutorService executor, InstanceRegistry registry, InstanceId id,
            Duration interval, Consumer<String> problems) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("heartbeat interval must be positive: " + interval);
        }
        Runnable beat = () -> beat(registry, id, problems);
        long millis = interval.toMillis();
        return new PeriodicHeartbeat(executor.scheduleWithFixedDelay(beat, millis, millis, TimeUnit.MILLISECONDS));
    }

    static void beat(InstanceRegistry registry, InstanceId id, Consumer<String> problems) {
        try {
            Outcome<LockRecord> result = registry.heartbeat(id);
            if (!result.isOk()) {
                problems.accept("heartbeat of " + id + " failed: " + result.reason());
            }
        } catch (Exception e) {
            // a thrown exception would silently end a scheduleWithFixedDelay schedule
            problems.accept("heartbeat of " + id + " failed: " + e);
        }
    }

    public boolean isRunning() {
        return !future.isDone();
    }

    @Override
    public void close() {
        future.cancel(false);
    }
}
