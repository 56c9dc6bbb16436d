package dev.agentpool.claude;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.registry.ProcessInfo;
import dev.agentpool.core.registry.ProcessInspector;
import java.time.Duration;
import java.util.Optional;

/** A fresh snapshot for the statusline: one sequential scan (no thread pool to start on the hot path). */
public final class Aggregation {

    private Aggregation() {
    }

    public static Snapshot snapshot(HotPathContext ctx) {
        ProcessInspector processes = pid -> ctx.tree().lookup(pid)
                .map(n -> new ProcessInfo(n.pid(), n.startTime(), n.parentPid(), Optional.of(n.executable())));
        return new Aggregator(ctx.stateDir(), ctx.config(), liveness(ctx.config().instanceMaxAge()), processes,
                ctx.clock().withZone(ctx.zone()), ParallelReads.sequential()).scan();
    }

    // TODO(core-storage): replace with the registry's StalenessPolicy once it lands
    private static LivenessRule liveness(Duration maxAge) {
        return (lock, ended, processes, now) -> {
            Optional<ProcessInfo> p = processes.lookup(lock.pid());
            if (p.isEmpty()) {
                return Optional.of(StaleReason.processGone(lock.pid()));
            }
            if (lock.lastHeartbeat() == null || Duration.between(lock.lastHeartbeat(), now).compareTo(maxAge) > 0) {
                return Optional.of(StaleReason.heartbeatTooOld(lock.lastHeartbeat() == null ? maxAge
                        : Duration.between(lock.lastHeartbeat(), now)));
            }
            return Optional.empty();
        };
    }
}
