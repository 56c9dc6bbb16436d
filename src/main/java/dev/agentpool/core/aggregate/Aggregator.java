package dev.agentpool.core.aggregate;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.core.sessions.ClaudeSessions;
import dev.agentpool.core.verify.Verifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans a state directory once and returns an immutable {@link Snapshot}: every instance (union of lock files and
 * metric files, full IDs) with its liveness and verified metrics, the legacy aggregate, and a problem for every
 * file skipped. Time comes from the injected {@link Clock}; process lookups from the injected
 * {@link ProcessInspector}, cached per pid within one scan. Reads may run in parallel on an injected executor
 * ({@link ParallelReads}); the aggregator itself starts no threads. Never throws for a bad directory or file.
 * Thread-safe: concurrent scans share nothing mutable.
 */
public final class Aggregator {

    private final StateLayout layout;
    private final AgentPoolConfig config;
    private final LivenessRule liveness;
    private final ProcessInspector processes;
    private final Clock clock;
    private final ParallelReads reads;
    private final Verifier verifier = Verifier.withDefaultPriorities();
    private final ClaudeSessions claudeSessions;

    public Aggregator(Path dir, AgentPoolConfig config, LivenessRule liveness, ProcessInspector processes,
                      Clock clock, ParallelReads reads) {
        this(dir, config, liveness, processes, clock, reads, ClaudeSessions.none());
    }

    /** With Claude Code's own process registry as one more source (see {@link ClaudeSessions#standard}). */
    public Aggregator(Path dir, AgentPoolConfig config, LivenessRule liveness, ProcessInspector processes,
                      Clock clock, ParallelReads reads, ClaudeSessions claudeSessions) {
        this.claudeSessions = claudeSessions;
        this.layout = new StateLayout(dir);
        this.config = config;
        this.liveness = liveness;
        this.processes = processes;
        this.clock = clock;
        this.reads = reads;
    }

    public Snapshot scan() {
        Instant started = clock.instant();
        DirectoryScan.Result found = DirectoryScan.scan(layout, clock.getZone(), reads);
        Instant now = clock.instant();
        InstanceAssembler assembler = new InstanceAssembler(liveness, new PerScanProcessCache(processes), verifier,
                now, claudeSessions);
        List<InstanceSnapshot> instances = new ArrayList<>(found.instances().size());
        for (InstanceFiles f : found.instances()) { // a loop, not forEach(lambda): statusline hot path
            instances.add(assembler.assemble(f));
        }
        LegacyAggregate legacy = LegacyAggregation.of(found.instances(), now, config.metricFreshness());
        return new Snapshot(layout.dir(), now, config.poolSize(), instances, found.problems(), legacy,
                Duration.between(started, clock.instant()));
    }

    public StateLayout layout() {
        return layout;
    }
}
