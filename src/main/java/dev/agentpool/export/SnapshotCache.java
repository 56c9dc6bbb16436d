package dev.agentpool.export;

import dev.agentpool.core.model.Snapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Serves a snapshot that is at most {@code maxAge} old, so a burst of scrapes does not rescan the state directory
 * for each one. Single flight: when the cached snapshot is too old, the first caller scans and every concurrent
 * caller waits for that same scan instead of starting its own. A failed scan is reported to every waiter and
 * leaves the previous snapshot in place; the next call tries again. Thread-safe.
 */
public final class SnapshotCache implements Supplier<Snapshot> {

    /** At most one scan per second under any scrape load. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(1);

    private final Supplier<Snapshot> scanner;
    private final Duration maxAge;
    private final Clock clock;
    private final AtomicLong scans = new AtomicLong();
    private Snapshot cached;
    private Instant cachedAt;
    private CompletableFuture<Snapshot> inFlight;

    /**
     * @param scanner does one full scan (typically the aggregator); may be slow, may throw
     * @param maxAge how old a snapshot may be and still be served; {@link Duration#ZERO} scans on every call
     */
    public SnapshotCache(Supplier<Snapshot> scanner, Duration maxAge, Clock clock) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Snapshot get() {
        CompletableFuture<Snapshot> pending;
        boolean mustScan = false;
        synchronized (this) {
            if (cached != null && isFresh(cachedAt)) {
                return cached;
            }
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                mustScan = true;
            }
            pending = inFlight;
        }
        if (mustScan) {
            scanInto(pending);
        }
        return await(pending);
    }

    /** How many scans this cache has started (for the exporter's own metrics and for tests). */
    public long scanCount() {
        return scans.get();
    }

    private boolean isFresh(Instant takenAt) {
        return Duration.between(takenAt, clock.instant()).compareTo(maxAge) < 0;
    }

    private void scanInto(CompletableFuture<Snapshot> pending) {
        // Freshness counts from the start of the scan: the data is as old as the moment we began reading it.
        Instant startedAt = clock.instant();
        scans.incrementAndGet();
        try {
            Snapshot snapshot = Objects.requireNonNull(scanner.get(), "scanner returned no snapshot");
            synchronized (this) {
                cached = snapshot;
                cachedAt = startedAt;
                inFlight = null;
            }
            pending.complete(snapshot);
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                inFlight = null;
            }
            pending.completeExceptionally(e);
        }
    }

    private static Snapshot await(CompletableFuture<Snapshot> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
