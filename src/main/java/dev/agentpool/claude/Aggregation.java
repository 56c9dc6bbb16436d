package dev.agentpool.claude;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
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

    public static Snapshot snapshot(HotPathContext ctx) {
        LivenessRule liveness = LivenessRule.standard(ctx.config().instanceMaxAge(), ctx.host());
        return new Aggregator(ctx.stateDir(), ctx.config(), liveness, new Liveness(ctx.tree()),
                ctx.clock().withZone(ctx.zone()), ParallelReads.sequential()).scan();
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

    /** {@link #snapshot} as a function object for {@code StatuslineRunner} (a class, not a method reference). */
    public static final java.util.function.Function<HotPathContext, Snapshot> SNAPSHOTS =
            new java.util.function.Function<HotPathContext, Snapshot>() {
                @Override
                public Snapshot apply(HotPathContext ctx) {
                    return snapshot(ctx);
                }
            };
}
