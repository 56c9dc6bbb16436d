package dev.agentpool.cli;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.Cleanup;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.config.ConfigLoader;
import dev.agentpool.core.config.SystemZone;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.registry.HostName;
import dev.agentpool.core.registry.InstanceRegistry;
import dev.agentpool.core.registry.OsProcessInspector;
import dev.agentpool.core.registry.StalenessPolicy;
import dev.agentpool.core.sessions.ClaudeSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Wires the core for one CLI command: config from the directory and environment, the OS process table, the system
 * clock and a small read pool (core starts no threads; the CLI lends it daemon threads and closes them).
 */
final class Engine implements AutoCloseable {

    /** Enough to overlap file-system latency on a 2-core machine without thrashing. */
    private static final int READ_THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Path dir;
    private final AgentPoolConfig config;
    private final Map<String, String> env;
    private final String host;
    private final OsProcessInspector processes = new OsProcessInspector();
    final StateLayout layout;
    final Clock clock = Clock.system(systemZone());
    private ExecutorService pool;

    /** Loads the config of {@code dir}; its problems go to {@code err} as warnings (they never stop a command). */
    Engine(Path dir, Map<String, String> env, java.io.PrintWriter err) {
        this.dir = dir;
        this.env = env;
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, env);
        loaded.messages().forEach(m -> err.println("agentpool: warning: " + m));
        err.flush();
        this.config = loaded.config();
        this.layout = new StateLayout(dir);
        this.host = HostName.local(env);
    }

    /**
     * The system time zone. A zone of the UTC family ({@code Etc/UTC}, the default of containers and many servers)
     * becomes {@code ZoneId.of("UTC")}: the same rules (offset 0, never a transition), so every naive timestamp reads
     * the same, but without the time-zone rules provider, whose ServiceLoader scan of the class path's jars costs
     * ~25 ms of a short command. Any other zone is {@link ZoneId#systemDefault()} with its full rules (naive legacy
     * timestamps from before a DST change must read with the offset of their day).
     */
    static ZoneId systemZone() {
        // known to be UTC without TimeZone (which loads the tz database): the hot path's test, the same answer
        return SystemZone.isUtc() ? ZoneId.of("UTC") : systemZone(TimeZone.getDefault().getID());
    }

    /** {@link #systemZone()} for a system zone named {@code id}. */
    static ZoneId systemZone(String id) {
        return SystemZone.isUtcId(id) ? ZoneId.of("UTC") : ZoneId.systemDefault();
    }

    AgentPoolConfig config() {
        return config;
    }

    Clock clock() {
        return clock;
    }

    LivenessRule liveness() {
        return LivenessRule.standard(config.instanceMaxAge(), host);
    }

    InstanceRegistry registry() {
        return new InstanceRegistry(layout, clock, processes,
                new StalenessPolicy(config.instanceMaxAge(), processes, host), host);
    }

    Aggregator aggregator() {
        return new Aggregator(dir, config, liveness(), processes, clock, reads(),
                ClaudeSessions.standard(env, Path.of(env.getOrDefault("HOME", System.getProperty("user.home", ".")))));
    }

    Cleanup cleanup() {
        return new Cleanup(dir, liveness(), processes, clock);
    }

    private ParallelReads reads() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(READ_THREADS, r -> {
                Thread t = new Thread(r, "agentpool-read");
                t.setDaemon(true);
                return t;
            });
        }
        return new ParallelReads(pool, READ_THREADS);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
