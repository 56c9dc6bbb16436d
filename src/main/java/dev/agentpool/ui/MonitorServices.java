package dev.agentpool.ui;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.Cleanup;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.registry.HostName;
import dev.agentpool.core.registry.OsProcessInspector;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.ui.poll.SnapshotSource;
import dev.agentpool.ui.stale.CoreStaleCleaner;
import dev.agentpool.ui.stale.StaleCleaner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * What the monitor window needs from the outside world, so tests and screenshots can hand in fixtures: where the
 * state directory is, how to scan it, how to clean it up, the thresholds, the zone for clock times, and how to
 * open a folder (HostServices in the app).
 */
public record MonitorServices(Path dir, SnapshotSource source, StaleCleaner cleaner, Duration pollInterval,
                              double poolWarning, double poolCritical, ZoneId zone, Consumer<Path> openFolder) {

    /** The real thing: core aggregator and cleanup on {@code dir}, OS process table, system clock. */
    public static MonitorServices forDirectory(Path dir, AgentPoolConfig config, Duration pollInterval,
                                               Consumer<Path> openFolder) {
        ProcessInspector processes = new OsProcessInspector();
        LivenessRule rule = livenessRule(config);
        Clock clock = Clock.systemDefaultZone();
        Aggregator aggregator = new Aggregator(dir, config, rule, processes, clock, ParallelReads.sequential());
        Cleanup cleanup = new Cleanup(dir, rule, processes, clock);
        return new MonitorServices(dir, aggregator::scan, new CoreStaleCleaner(cleanup), pollInterval,
                config.poolWarning(), config.poolCritical(), clock.getZone(), openFolder);
    }

    /** Core's standard liveness (the registry's staleness policy, "session ended" included) for this host. */
    static LivenessRule livenessRule(AgentPoolConfig config) {
        return LivenessRule.standard(config.instanceMaxAge(), HostName.local(System.getenv()));
    }
}
