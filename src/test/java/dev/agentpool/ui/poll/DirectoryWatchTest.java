package dev.agentpool.ui.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatchTest {

    private static final Duration QUIET = Duration.ofMillis(100);
    private static final Duration MAX_DELAY = Duration.ofMillis(500);

    @TempDir
    Path dir;
    private final Semaphore changes = new Semaphore(0);

    @Test
    void aChangedMetricFileTriggersOneRefreshWithinASecond() throws Exception {
        Files.writeString(dir.resolve("agent_usage_counter_x.txt"), "1");
        try (DirectoryWatch watch = new DirectoryWatch(dir, QUIET, MAX_DELAY, changes::release).start()) {
            awaitRegistration();
            Files.writeString(dir.resolve("agent_usage_counter_x.txt"), "2");
            assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aBurstOfHookWritesCausesASingleRefresh() throws Exception {
        try (DirectoryWatch watch = new DirectoryWatch(dir, QUIET, Duration.ofSeconds(2), changes::release).start()) {
            awaitRegistration();
            for (int i = 0; i < 100; i++) {
                Files.writeString(dir.resolve("realtime_metrics_" + (i % 5) + ".json"), "{\"n\":" + i + "}");
            }
            assertThat(changes.tryAcquire(2, TimeUnit.SECONDS)).isTrue();
            assertThat(changes.tryAcquire(500, TimeUnit.MILLISECONDS)).as("no second refresh for the same burst").isFalse();
        }
    }

    @Test
    void steadyWritesTriggerAtMostOneRefreshPerMinimumGap() throws Exception {
        java.util.concurrent.atomic.AtomicInteger fired = new java.util.concurrent.atomic.AtomicInteger();
        Duration writing = Duration.ofMillis(2000);
        try (DirectoryWatch watch = new DirectoryWatch(dir, Duration.ofMillis(10), Duration.ofMillis(50), () -> {
            fired.incrementAndGet();
            changes.release();
        }).start()) {
            awaitRegistration();
            fired.set(0);
            long end = System.nanoTime() + writing.toNanos();
            for (int i = 0; System.nanoTime() < end; i++) {
                Files.writeString(dir.resolve("realtime_metrics_" + (i % 5) + ".json"), "{\"n\":" + i + "}");
            }
            // without the gap a 50 ms settle would fire about 40 times in 2 s of steady writes
            // with it: one per 500 ms, plus the first and the tail of the burst
            assertThat(DirectoryWatch.MIN_GAP).isEqualTo(Duration.ofMillis(500));
            assertThat(fired.get()).isBetween(2, 6);
        }
    }

    @Test
    void instancesFolderCreatedLaterIsWatchedToo() throws Exception {
        try (DirectoryWatch watch = new DirectoryWatch(dir, QUIET, MAX_DELAY, changes::release).start()) {
            awaitRegistration();
            Files.createDirectory(dir.resolve("instances"));
            assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).isTrue();
            Files.writeString(dir.resolve("instances").resolve("instance_a.lock"), "{}");
            assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).as("event inside instances/").isTrue();
        }
    }

    @Test
    void aDirectoryThatDoesNotExistYetIsPickedUpWhenItAppears() throws Exception {
        Path later = dir.resolve("later");
        try (DirectoryWatch watch = new DirectoryWatch(later, QUIET, MAX_DELAY, changes::release).start()) {
            Files.createDirectory(later);
            // registration is retried every 2 s while the directory is missing; keep touching until it is seen
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
            boolean seen = false;
            for (int i = 0; !seen && System.nanoTime() < deadline; i++) {
                Files.writeString(later.resolve("f"), Integer.toString(i));
                seen = changes.tryAcquire(300, TimeUnit.MILLISECONDS);
            }
            assertThat(seen).isTrue();
        }
    }

    /** The watch thread registers asynchronously; a probe file shows when events start arriving. */
    private void awaitRegistration() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Files.writeString(dir.resolve(".probe"), "x");
            if (changes.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                changes.drainPermits();
                Files.delete(dir.resolve(".probe"));
                assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).isTrue();
                changes.drainPermits();
                return;
            }
        }
        throw new AssertionError("watch never saw the probe file");
    }
}
