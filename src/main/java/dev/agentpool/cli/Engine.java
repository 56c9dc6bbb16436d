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
    /**
     * A CLI command is a fresh JVM: below ~6,000 files (1,500 instances) a second reading thread costs more than it
     * gains — both threads interpret the same cold code while the JIT thread waits for a core — so smaller directories
     * are read on the calling thread (1,000 instances on 2 cores: ~5 % less wall time and ~10 % less CPU; 3,000 and
     * 10,000: two threads ~6–11 % faster; docs/benchmarks.md, "branch perf-agg2").
     */
    static final int MIN_CHUNK = 3000;

    private final Path dir;
    private final AgentPoolConfig config;
    private final Map<String, String> env;
    private final String host;
    private final OsProcessInspector processes = new OsProcessInspector();
    final StateLayout layout;
    final Clock clock = Clock.system(systemZone());
    private ExecutorService pool;
    private final int minChunk;

    /** Loads the config of {@code dir}; its problems go to {@code err} as warnings (they never stop a command). */
    Engine(Path dir, Map<String, String> env, java.io.PrintWriter err) {
        this(dir, env, err, MIN_CHUNK);
    }

    /** With reads split into chunks of at least {@code minChunk} files (the AppCDS training's parallel scan). */
    Engine(Path dir, Map<String, String> env, java.io.PrintWriter err, int minChunk) {
        this.minChunk = minChunk;
        this.dir = dir;
        this.env = env;
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, env);
        // loops and a named thread factory, not lambdas: the first lambda of a JVM bootstraps java.lang.invoke
        // (~10 ms of a one-shot aggregate's main thread, before any file is read)
        for (String m : loaded.messages()) {
            err.println("agentpool: warning: " + m);
        }
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
            pool = Executors.newFixedThreadPool(READ_THREADS, new ReadThreads());
        }
        return new ParallelReads(pool, READ_THREADS, minChunk);
    }

    /** Daemon threads named {@code agentpool-read}; a class, not a lambda (see the constructor). */
    private static final class ReadThreads implements java.util.concurrent.ThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "agentpool-read");
            t.setDaemon(true);
            return t;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
