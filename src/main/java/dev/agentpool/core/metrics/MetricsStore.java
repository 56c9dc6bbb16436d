package dev.agentpool.core.metrics;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.AtomicFiles;
import dev.agentpool.core.io.InstanceFileLock;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * The counter and realtime-metrics files of one instance, or of shared mode when the instance is empty. Counter
 * updates hold the instance's {@link InstanceFileLock} while reading and atomically replacing the file, so
 * concurrent processes lose no increment; counts never go below 0. A missing counter counts as 0; a corrupt one
 * is replaced on the next update, with a warning in the returned {@link Outcome}.
 */
public final class MetricsStore {

    private final StateLayout layout;
    private final Optional<InstanceId> instance;
    private final Clock clock;

    public MetricsStore(StateLayout layout, Optional<InstanceId> instance, Clock clock) {
        this.layout = layout;
        this.instance = instance;
        this.clock = clock;
    }

    public Path counterPath() {
        return layout.path(FileKind.COUNTER, instance);
    }

    public Path realtimeMetricsPath() {
        return layout.path(FileKind.REALTIME_METRICS, instance);
    }

    /** The current count; a missing file is 0, a corrupt one a failure with the reason. */
    public Outcome<Long> counter() {
        if (!Files.exists(counterPath(), LinkOption.NOFOLLOW_LINKS)) {
            return Outcome.ok(0L);
        }
        return CounterFile.read(counterPath());
    }

    public Outcome<Long> setCounter(long value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("count must not be negative: " + value);
        }
        return updateCounter(old -> value);
    }

    public Outcome<Long> incrementCounter(long by) throws IOException {
        return updateCounter(old -> Math.max(0, Math.addExact(old, by)));
    }

    /** Decrements by {@code by}, stopping at 0. */
    public Outcome<Long> decrementCounter(long by) throws IOException {
        return updateCounter(old -> Math.max(0, old - by));
    }

    public Outcome<RealtimeMetrics> realtimeMetrics() {
        return RealtimeMetricsCodec.read(realtimeMetricsPath(), clock.getZone());
    }

    /** Replaces the realtime metrics file atomically (no read-modify-write, so no file lock needed). */
    public void writeRealtimeMetrics(RealtimeMetrics metrics) throws IOException {
        Files.createDirectories(layout.dir());
        AtomicFiles.writeString(realtimeMetricsPath(), JsonWriter.pretty(RealtimeMetricsCodec.toMap(metrics, clock.getZone())));
    }

    private Outcome<Long> updateCounter(LongUnaryOperator change) throws IOException {
        try (InstanceFileLock guard = InstanceFileLock.acquire(layout, instance)) {
            Outcome<Long> current = counter();
            long next = change.applyAsLong(current.orElse(0L));
            AtomicFiles.writeString(counterPath(), CounterFile.format(next));
            return current.isOk() ? Outcome.ok(next)
                    : Outcome.ok(next, List.of("replaced unreadable counter " + counterPath() + " (" + current.reason() + ")"));
        }
    }
}
