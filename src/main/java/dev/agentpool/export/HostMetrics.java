package dev.agentpool.export;

import dev.agentpool.core.model.Snapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot.InfoDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-host series (label {@code host} only): totals over every instance of the snapshot, whether or not the
 * instance got its own series, plus the exporter's own health (scan duration, snapshot age, scans, series cap).
 */
final class HostMetrics {

    private HostMetrics() {
    }

    /** What the exporter itself knows besides the snapshot. */
    record ExporterState(Instant now, long scans, int seriesLimit, int seriesDropped, String version) {
    }

    static List<MetricSnapshot> of(Snapshot snapshot, String host, ExporterState exporter) {
        Labels labels = Labels.of("host", host);
        List<MetricSnapshot> out = new ArrayList<>();
        out.add(gauge("agentpool_live_agents", "Agents running in live instances (what the pool bar shows)",
                null, labels, snapshot.liveAgents()));
        out.add(gauge("agentpool_stale_agents", "Agents still held by stale instances until they are cleaned up",
                null, labels, snapshot.staleAgents()));
        out.add(gauge("agentpool_pool_size", "Size of the shared agent pool all instances draw from",
                null, labels, snapshot.poolSize()));
        out.add(gauge("agentpool_pool_utilisation_ratio", "Live agents divided by the pool size (can exceed 1)",
                Unit.RATIO, labels, snapshot.poolUtilisation()));
        out.add(gauge("agentpool_live_instances", "Instances whose owning process is alive and heartbeating",
                null, labels, snapshot.live().size()));
        out.add(gauge("agentpool_stale_instances", "Instances found stale (process gone, pid reused, old heartbeat...)",
                null, labels, snapshot.stale().size()));
        out.add(gauge("agentpool_waiting_instances", "Live instances waiting for the user (permission or prompt)",
                null, labels, snapshot.live().stream().filter(i -> i.claude().waitingForUser()).count()));
        out.addAll(exporterHealth(snapshot, labels, exporter));
        return out;
    }

    private static List<MetricSnapshot> exporterHealth(Snapshot snapshot, Labels labels, ExporterState exporter) {
        Duration age = Duration.between(snapshot.takenAt(), exporter.now());
        return List.of(
                gauge("agentpool_scan_duration_seconds", "How long the last scan of the state directory took",
                        Unit.SECONDS, labels, seconds(snapshot.scanDuration())),
                gauge("agentpool_scan_problems", "Files skipped by the last scan (corrupt, hostile, unreadable)",
                        null, labels, snapshot.problems().size()),
                gauge("agentpool_snapshot_age_seconds", "Age of the snapshot this scrape was answered from",
                        Unit.SECONDS, labels, Math.max(0.0, seconds(age))),
                CounterSnapshot.builder().name("agentpool_scans").help("Scans of the state directory by this exporter")
                        .dataPoint(CounterDataPointSnapshot.builder().labels(labels).value(exporter.scans()).build())
                        .build(),
                gauge("agentpool_instance_series_limit", "At most this many instances get per-instance series",
                        null, labels, exporter.seriesLimit()),
                gauge("agentpool_instance_series_dropped", "Instances left out of per-instance series by the limit",
                        null, labels, exporter.seriesDropped()),
                InfoSnapshot.builder().name("agentpool_build").help("Version of the agentpool exporter")
                        .dataPoint(InfoDataPointSnapshot.builder()
                                .labels(labels.add("version", exporter.version())).build())
                        .build());
    }

    static GaugeSnapshot gauge(String name, String help, Unit unit, Labels labels, double value) {
        return GaugeSnapshot.builder().name(name).help(help).unit(unit)
                .dataPoint(GaugeDataPointSnapshot.builder().labels(labels).value(value).build())
                .build();
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
