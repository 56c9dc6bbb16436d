package dev.agentpool.ui;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.Cleanup;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.registry.HostName;
import dev.agentpool.core.registry.OsProcessInspector;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.core.sessions.ClaudeSessions;
import dev.agentpool.ui.poll.SnapshotSource;
import dev.agentpool.ui.stale.CoreStaleCleaner;
import dev.agentpool.ui.stale.StaleCleaner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the monitor window needs from the outside world, so tests and screenshots can hand in fixtures: where the
 * state directory is, how to scan it, how to clean it up, the thresholds, the zone for clock times, and how to
 * open a folder (HostServices in the app).
 */
public record MonitorServices(Path dir, SnapshotSource source, StaleCleaner cleaner, Duration pollInterval,
                              double poolWarning, double poolCritical, ZoneId zone, Consumer<Path> openFolder) {

    /**
     * The real thing: core aggregator and cleanup on {@code dir}, OS process table, system clock, and Claude Code's own
     * session registry ({@code $CLAUDE_CONFIG_DIR} or {@code ~/.claude}) as a source, as the command line has it.
     */
    public static MonitorServices forDirectory(Path dir, AgentPoolConfig config, Duration pollInterval,
                                               Consumer<Path> openFolder) {
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home", ".")));
        return forDirectory(dir, config, pollInterval, openFolder, ClaudeSessions.standard(env, home));
    }

    /**
     * As above with the session registry handed in. The aggregator is built once and keeps the files it decoded: the
     * poller rescans every couple of seconds and most files have not changed since the last scan (their lstat is
     * compared, liveness is decided afresh each time), which is most of the monitor's idle CPU otherwise.
     */
    static MonitorServices forDirectory(Path dir, AgentPoolConfig config, Duration pollInterval,
                                        Consumer<Path> openFolder, ClaudeSessions claudeSessions) {
        ProcessInspector processes = new OsProcessInspector();
        LivenessRule rule = livenessRule(config);
        Clock clock = Clock.systemDefaultZone();
        Aggregator aggregator = new Aggregator(dir, config, rule, processes, clock, ParallelReads.sequential(),
                claudeSessions).reusingUnchangedFiles();
        Cleanup cleanup = new Cleanup(dir, rule, processes, clock);
        return new MonitorServices(dir, aggregator::scan, new CoreStaleCleaner(cleanup), pollInterval,
                config.poolWarning(), config.poolCritical(), clock.getZone(), openFolder);
    }

    /** Core's standard liveness (the registry's staleness policy, "session ended" included) for this host. */
    static LivenessRule livenessRule(AgentPoolConfig config) {
        return LivenessRule.standard(config.instanceMaxAge(), HostName.local(System.getenv()));
    }
}
