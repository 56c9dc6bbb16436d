package dev.agentpool.export;

import static dev.agentpool.export.SnapshotFixtures.TAKEN_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.testing.MutableClock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

    private final MutableClock clock = new MutableClock(TAKEN_AT, ZoneOffset.UTC);
    private final AtomicInteger scans = new AtomicInteger();

    private Snapshot scan() {
        return SnapshotFixtures.snapshot(100 + scans.incrementAndGet(), List.of(), 0);
    }

    @Test
    void callsWithinTheMaxAgeReuseOneScan() {
        SnapshotCache cache = new SnapshotCache(this::scan, Duration.ofSeconds(1), clock);

        Snapshot first = cache.get();
        clock.advance(Duration.ofMillis(999));

        assertThat(cache.get()).isSameAs(first);
        assertThat(cache.scanCount()).isEqualTo(1);
    }

    @Test
    void aSnapshotAsOldAsTheMaxAgeIsReplacedByANewScan() {
        SnapshotCache cache = new SnapshotCache(this::scan, Duration.ofSeconds(1), clock);

        Snapshot first = cache.get();
        clock.advance(Duration.ofSeconds(1));

        assertThat(cache.get()).isNotSameAs(first);
        assertThat(cache.scanCount()).isEqualTo(2);
    }

    @Test
    void zeroMaxAgeScansOnEveryCall() {
        SnapshotCache cache = new SnapshotCache(this::scan, Duration.ZERO, clock);

        cache.get();
        cache.get();

        assertThat(cache.scanCount()).isEqualTo(2);
    }

    @Test
    void aFailedScanReachesTheCallerAndTheNextCallScansAgain() {
        AtomicInteger calls = new AtomicInteger();
        SnapshotCache cache = new SnapshotCache(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("state directory vanished");
            }
            return scan();
        }, Duration.ofSeconds(1), clock);

        assertThatThrownBy(cache::get).isInstanceOf(IllegalStateException.class).hasMessage("state directory vanished");
        assertThat(cache.get().poolSize()).isEqualTo(101);
        assertThat(cache.scanCount()).isEqualTo(2);
    }

    @Test
    void concurrentCallersWaitForTheOneScanInFlight() throws Exception {
        CountDownLatch scanEntered = new CountDownLatch(1);
        CountDownLatch releaseScan = new CountDownLatch(1);
        SnapshotCache cache = new SnapshotCache(() -> {
            scanEntered.countDown();
            await(releaseScan);
            return scan();
        }, Duration.ofSeconds(1), clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Snapshot>> results = new ArrayList<>();
            results.add(pool.submit(cache::get));
            assertThat(scanEntered.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                results.add(pool.submit(cache::get));
            }
            waitUntilAllWorkersBlock(pool, results);
            releaseScan.countDown();

            Snapshot first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Snapshot> r : results) {
                assertThat(r.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(cache.scanCount()).isEqualTo(1);
        } finally {
            releaseScan.countDown();
            pool.shutdownNow();
        }
    }

    /** Polls (with a deadline) until no submitted call is still queued: all eight are inside get(). */
    private static void waitUntilAllWorkersBlock(ExecutorService pool, List<Future<Snapshot>> results) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        java.util.concurrent.ThreadPoolExecutor tpe = (java.util.concurrent.ThreadPoolExecutor) pool;
        while (tpe.getActiveCount() < results.size() || !tpe.getQueue().isEmpty()) {
            assertThat(System.nanoTime()).as("all callers inside get() in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
