package dev.agentpool.claude;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.registry.ProcessInfo;
import dev.agentpool.core.registry.ProcessInspector;
import java.util.Optional;

/**
 * A fresh snapshot for the statusline and the demo: one sequential scan (no thread pool to start on the hot path),
 * the registry's standard liveness rule, processes from the context's process tree.
 */
public final class Aggregation {

    private Aggregation() {
    }

    public static Snapshot snapshot(HotPathContext ctx) {
        ProcessInspector processes = pid -> ctx.tree().lookup(pid)
                .map(n -> new ProcessInfo(n.pid(), n.startTime(), n.parentPid(), Optional.of(n.executable())));
        LivenessRule liveness = LivenessRule.standard(ctx.config().instanceMaxAge(), ctx.host());
        return new Aggregator(ctx.stateDir(), ctx.config(), liveness, processes, ctx.clock().withZone(ctx.zone()),
                ParallelReads.sequential()).scan();
    }
}
