package dev.agentpool.export;

import dev.agentpool.core.model.Snapshot;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the cached snapshot into metric families on each scrape. It never scans by itself: {@link SnapshotCache}
 * decides whether the scrape is answered from the last scan or triggers a new one. Thread-safe (scrapes run on
 * the HTTP server's worker threads).
 */
public final class AgentPoolCollector implements MultiCollector {

    private final SnapshotCache cache;
    private final ExportSettings settings;
    private final Clock clock;
    private final String version;

    public AgentPoolCollector(SnapshotCache cache, ExportSettings settings, Clock clock, String version) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.version = Objects.requireNonNull(version, "version");
    }

    @Override
    public MetricSnapshots collect() {
        Snapshot snapshot = cache.get();
        InstanceSelection selection = InstanceSelection.of(snapshot.instances(), settings.maxInstanceSeries());
        HostMetrics.ExporterState exporter = new HostMetrics.ExporterState(clock.instant(), cache.scanCount(),
                settings.maxInstanceSeries(), selection.dropped(), version);
        List<MetricSnapshot> families = new ArrayList<>(HostMetrics.of(snapshot, settings.host(), exporter));
        families.addAll(InstanceMetrics.of(selection.selected(), settings.host(), snapshot.takenAt()));
        return new MetricSnapshots(families);
    }
}
