package dev.agentpool.core.model;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One immutable scan of a state directory. Produced by the aggregator; read by the CLI, the tray UI and the
 * metrics exporter. Everything the UI shows is derived from here.
 *
 * @param instances every instance found (live and stale), sorted by ID
 * @param problems files skipped during the scan, with the reason; a problem whose file is {@code dir} itself means
 *     the directory could not be listed at all
 * @param legacy the legacy aggregator's numbers (freshness rule, whatever the lock says)
 * @param scanDuration how long the scan took
 */
public record Snapshot(
        Path dir,
        Instant takenAt,
        int poolSize,
        List<InstanceSnapshot> instances,
        List<Problem> problems,
        LegacyAggregate legacy,
        Duration scanDuration) {

    public Snapshot {
        instances = List.copyOf(instances);
        problems = List.copyOf(problems);
    }

    // Loops, not streams: the statusline JVM calls these once, and each stream lambda costs it a bootstrap.
    public List<InstanceSnapshot> live() {
        return select(true);
    }

    public List<InstanceSnapshot> stale() {
        return select(false);
    }

    private List<InstanceSnapshot> select(boolean live) {
        List<InstanceSnapshot> out = new java.util.ArrayList<>();
        for (InstanceSnapshot i : instances) {
            if (live ? i.isLive() : i.isStale()) {
                out.add(i);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Agents of live instances: what the pool bar shows. */
    public int liveAgents() {
        return sumAgents(live());
    }

    /** Agents still held by stale instances until they are cleaned up. */
    public int staleAgents() {
        return sumAgents(stale());
    }

    private static int sumAgents(List<InstanceSnapshot> list) {
        int sum = 0;
        for (InstanceSnapshot i : list) {
            sum += i.agents().value();
        }
        return sum;
    }

    /** True when the directory itself could not be listed (then the snapshot says nothing about instances). */
    public boolean directoryUnreadable() {
        return problems.stream().anyMatch(p -> p.file().equals(dir));
    }

    /** Live agents as a fraction of the pool, 0.0–(can exceed 1.0). */
    public double poolUtilisation() {
        return poolSize <= 0 ? 0.0 : (double) liveAgents() / poolSize;
    }
}
