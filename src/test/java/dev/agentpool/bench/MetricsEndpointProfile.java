package dev.agentpool.bench;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.registry.OsProcessInspector;
import dev.agentpool.export.AgentPoolCollector;
import dev.agentpool.export.ExportSettings;
import dev.agentpool.export.SnapshotCache;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * CPU cost of one scrape's parts at N instances, on one thread (less sensitive to a loaded machine than wall
 * time): the scan (uncached scrapes pay it every time), building the metric families, writing OpenMetrics text.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:target/lib/* dev.agentpool.bench.MetricsEndpointProfile DIR}
 * on a directory made by {@link BenchStateDir}.
 */
public final class MetricsEndpointProfile {

    private MetricsEndpointProfile() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        AgentPoolConfig config = AgentPoolConfig.defaults();
        Aggregator aggregator = new Aggregator(dir, config, LivenessRule.standard(config.instanceMaxAge(), "bench"),
                new OsProcessInspector(), Clock.systemDefaultZone(), ParallelReads.sequential());
        report("scan (sequential reads)", aggregator::scan);
        Snapshot snapshot = aggregator.scan();
        SnapshotCache cache = new SnapshotCache(() -> snapshot, Duration.ofDays(1), Clock.systemUTC());
        AgentPoolCollector collector = new AgentPoolCollector(cache,
                ExportSettings.defaults().withMaxInstanceSeries(snapshot.instances().size()), Clock.systemUTC(), "bench");
        report("collect (cached snapshot)", collector::collect);
        MetricSnapshots families = collector.collect();
        report("write OpenMetrics text", () -> write(families));
        System.out.printf("%d instances, %d bytes of OpenMetrics text%n", snapshot.instances().size(),
                write(families));
    }

    private static int write(MetricSnapshots families) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 << 20);
        try {
            OpenMetricsTextFormatWriter.create().write(out, families, EscapingScheme.ALLOW_UTF8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.size();
    }

    private static void report(String what, Supplier<?> work) {
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) {
            work.get(); // warm-up
        }
        int runs = 30;
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            work.get();
            cpu[i] = threads.getCurrentThreadCpuTime() - start;
        }
        java.util.Arrays.sort(cpu);
        System.out.printf("%-28s median %.1f ms CPU (min %.1f, max %.1f)%n", what, cpu[runs / 2] / 1e6, cpu[0] / 1e6,
                cpu[runs - 1] / 1e6);
    }
}
