package dev.agentpool.export;

import dev.agentpool.core.model.Snapshot;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

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
    private final AtomicReference<Rendered> rendered = new AtomicReference<>();

    public AgentPoolCollector(SnapshotCache cache, ExportSettings settings, Clock clock, String version) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.version = Objects.requireNonNull(version, "version");
    }

    @Override
    public MetricSnapshots collect() {
        Snapshot snapshot = cache.get();
        Rendered instances = instanceFamilies(snapshot);
        HostMetrics.ExporterState exporter = new HostMetrics.ExporterState(clock.instant(), cache.scanCount(),
                settings.maxInstanceSeries(), instances.dropped(), version);
        List<MetricSnapshot> families = new ArrayList<>(HostMetrics.of(snapshot, settings.host(), exporter));
        families.addAll(instances.families());
        return new MetricSnapshots(families);
    }

    /**
     * The per-instance families (the bulk of a scrape: about 13 samples per instance) depend only on the snapshot,
     * so scrapes answered from the same snapshot share them; metric snapshots are immutable.
     */
    private Rendered instanceFamilies(Snapshot snapshot) {
        Rendered last = rendered.get();
        if (last != null && last.source() == snapshot) {
            return last;
        }
        InstanceSelection selection = InstanceSelection.of(snapshot.instances(), settings.maxInstanceSeries());
        Rendered fresh = new Rendered(snapshot, selection.dropped(),
                InstanceMetrics.of(selection.selected(), settings.host(), snapshot.takenAt()));
        rendered.set(fresh);
        return fresh;
    }

    private record Rendered(Snapshot source, int dropped, List<MetricSnapshot> families) {
    }
}
