package dev.agentpool.bench;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.registry.OsProcessInspector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * In-process measurement of {@link Aggregator#scan()} (a small harness, not a unit test): warms up, then times
 * {@code runs} scans and prints min / median / max in milliseconds.
 *
 * {@code reuse} as a fourth argument measures the steady-state rescan of a long-lived process
 * ({@link Aggregator#reusingUnchangedFiles()}: nothing changed between scans, so nothing is read again). Also prints
 * the CPU time of the measuring thread per scan (sequential runs only say everything; with threads it is the
 * caller's share).
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes dev.agentpool.bench.AggregatorBench DIR [runs] [threads]
 * [reuse]}
 */
public final class AggregatorBench {

    private AggregatorBench() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        ParallelReads reads = threads <= 1 ? ParallelReads.sequential() : new ParallelReads(pool, threads);
        Aggregator aggregator = new Aggregator(dir, AgentPoolConfig.defaults(),
                LivenessRule.standard(Duration.ofHours(1), "bench"), new OsProcessInspector(),
                Clock.systemDefaultZone(), reads);
        boolean reuse = args.length > 3 && args[3].equals("reuse");
        if (reuse) {
            aggregator = aggregator.reusingUnchangedFiles();
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int instances = 0;
        for (int i = 0; i < Math.max(3, runs / 2); i++) {
            instances = aggregator.scan().instances().size();
        }
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Snapshot s = aggregator.scan();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
            instances = s.instances().size();
        }
        pool.shutdownNow();
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        System.out.printf("instances=%d threads=%d runs=%d%s min=%.1f median=%.1f max=%.1f ms (caller CPU median %.1f ms)%n",
                instances, threads, runs, reuse ? " reuse" : "", ms[0], ms[runs / 2], ms[runs - 1], cpuMs[runs / 2]);
    }
}
