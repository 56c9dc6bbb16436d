package dev.agentpool.claude;

import dev.agentpool.claude.statusline.StatuslineRunner;
import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.registry.ProcessInfo;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.claude.process.ProcessNode;
import dev.agentpool.claude.process.ProcessTree;
import java.util.Optional;

/**
 * A fresh snapshot for the statusline and the demo: one sequential scan (no thread pool to start on the hot path),
 * the registry's standard liveness rule, processes from the context's process tree.
 */
public final class Aggregation {

    private Aggregation() {
    }

    /** Every instance of the state directory, live or stale. */
    public static Snapshot snapshot(HotPathContext ctx) {
        return aggregator(ctx).scan();
    }

    /**
     * What a status line is made of: the live instances and {@code self}, the others skipped after their lock file
     * ({@link Aggregator#liveInstancesAnd}); the line reads nothing else.
     */
    public static Snapshot forStatusline(HotPathContext ctx, InstanceId self) {
        return aggregator(ctx).liveInstancesAnd(self).scan();
    }

    private static Aggregator aggregator(HotPathContext ctx) {
        LivenessRule liveness = LivenessRule.standard(ctx.config().instanceMaxAge(), ctx.host());
        return new Aggregator(ctx.stateDir(), ctx.config(), liveness, new Liveness(ctx.tree()),
                ctx.clock().withZone(ctx.zone()), ParallelReads.sequential());
    }

    /**
     * Processes as the liveness rule needs them (pid and start time, {@link ProcessTree#lookupStart}: procfs on
     * Linux, no ProcessHandle thread pool). A named class, not a lambda: no method-handle bootstrap in a
     * statusline JVM.
     */
    private static final class Liveness implements ProcessInspector {
        private final ProcessTree tree;

        Liveness(ProcessTree tree) {
            this.tree = tree;
        }

        @Override
        public Optional<ProcessInfo> lookup(long pid) {
            Optional<ProcessNode> n = tree.lookupStart(pid);
            return n.isPresent() ? Optional.of(new ProcessInfo(n.get().pid(), n.get().startTime(), n.get().parentPid(),
                    Optional.of(n.get().executable()))) : Optional.empty();
        }
    }

    /** {@link #forStatusline} for {@code StatuslineRunner} (a class, not a method reference: no bootstrap). */
    public static final StatuslineRunner.Snapshots STATUSLINE = new StatuslineRunner.Snapshots() {
        @Override
        public Snapshot take(HotPathContext ctx, InstanceId self) {
            return forStatusline(ctx, self);
        }
    };
}
