package dev.agentpool.ui.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class SnapshotPollerTest {

    private static final Path DIR = Path.of("/state");
    /** What the window shows of a fixture snapshot: here simply its live agents (the real key is tested apart). */
    private static final Function<Snapshot, ?> LIVE_AGENTS = Snapshot::liveAgents;
    private final AtomicInteger loads = new AtomicInteger();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final List<Snapshot> everyScan = new CopyOnWriteArrayList<>();
    /** Counts what would reach the FX thread; runs it right away on the poller thread (no toolkit needed). */
    private final AtomicInteger posts = new AtomicInteger();
    private final Executor countingFx = runnable -> {
        posts.incrementAndGet();
        runnable.run();
    };
    private SnapshotPoller poller;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        poller.shutdown();
    }

    @Test
    void scansOffTheFxThreadAndPublishesOnIt() throws Exception {
        List<Boolean> publishedOnFx = new CopyOnWriteArrayList<>();
        poller = new SnapshotPoller(countingSource(), Duration.ofSeconds(60), LIVE_AGENTS, everyScan::add);
        WaitForAsyncUtils.asyncFx(() -> {
            poller.latestProperty().addListener((o, old, now) -> publishedOnFx.add(Platform.isFxApplicationThread()));
            poller.start();
        });

        // wait for the listener, not the value: the value is visible to this thread a moment before listeners run
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !publishedOnFx.isEmpty());
        assertThat(threads).first().isEqualTo("agentpool-poller");
        assertThat(publishedOnFx).containsOnly(true);
        assertThat(poller.latestProperty().get().live()).hasSize(3);
    }

    @Test
    void refreshNowFromAnotherThreadScansBeforeThePeriodEnds() throws Exception {
        poller = new SnapshotPoller(countingSource(), Duration.ofSeconds(60), LIVE_AGENTS, everyScan::add, countingFx);
        poller.start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loads.get() == 1 && poller.latestProperty().get() != null);

        Thread watcher = new Thread(poller::refreshNow);
        watcher.start();

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> loads.get() == 2);
    }

    @Test
    void aRescanThatShowsTheSameThingPostsNothingToTheFxThread() throws Exception {
        poller = new SnapshotPoller(countingSource(), Duration.ofMillis(20), LIVE_AGENTS, everyScan::add, countingFx);
        poller.start();

        // the 6th scan has started, so scans 1–5 are done (one thread): one post for the first, none for the rest
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loads.get() >= 6);
        assertThat(posts).hasValue(1);
        assertThat(everyScan).hasSizeGreaterThanOrEqualTo(5); // the metrics endpoint still gets every scan
        assertThat(poller.lastScan()).isNotNull();
    }

    @Test
    void aRescanThatShowsSomethingElseIsPosted() throws Exception {
        AtomicReference<Snapshot> files = new AtomicReference<>(Fixtures.liveAndStale(DIR));
        poller = new SnapshotPoller(() -> {
            loads.incrementAndGet();
            return files.get();
        }, Duration.ofMillis(20), LIVE_AGENTS, everyScan::add, countingFx);
        poller.start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> posts.get() == 1);

        files.set(Fixtures.empty(DIR));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> posts.get() == 2);
        assertThat(poller.latestProperty().get().live()).isEmpty();
        int seen = loads.get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loads.get() >= seen + 3);
        assertThat(posts).hasValue(2);
    }

    @Test
    void whileEveryScanIsWantedEachIsPostedAndOnlyThen() throws Exception {
        poller = new SnapshotPoller(countingSource(), Duration.ofMillis(20), LIVE_AGENTS, everyScan::add, countingFx);
        poller.start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loads.get() >= 3);
        assertThat(posts).hasValue(1);

        poller.setPublishEveryScan(true); // e.g. a details window opened: exact ages
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> posts.get() >= 4);

        poller.setPublishEveryScan(false);
        int settled = loads.get() + 1; // a scan running now may still post
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loads.get() >= settled + 1);
        int after = posts.get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loads.get() >= settled + 4);
        assertThat(posts).hasValue(after);
    }

    @Test
    void refreshAndPublishPostsTheNextScanEvenWhenItLooksTheSame() throws Exception {
        poller = new SnapshotPoller(countingSource(), Duration.ofSeconds(60), LIVE_AGENTS, everyScan::add, countingFx);
        poller.start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> posts.get() == 1);

        poller.refreshAndPublish(); // new thresholds: the same data is coloured differently

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> posts.get() == 2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void requestsDuringAScanCollapseIntoOneMoreScan() throws Exception {
        CountDownLatch inSecondScan = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        poller = new SnapshotPoller(() -> {
            if (loads.incrementAndGet() == 2) {
                inSecondScan.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Fixtures.liveAndStale(DIR);
        }, Duration.ofSeconds(60), LIVE_AGENTS, everyScan::add, countingFx);
        poller.start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> posts.get() == 1);
        poller.refreshNow();
        assertThat(inSecondScan.await(5, TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 10; i++) {
            poller.refreshNow(); // a burst of watch events while the scan runs
        }
        release.countDown();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> everyScan.size() == 3);
        // the third scan is the one follow-up; after it the 60 s period applies. Show it by asking for one more:
        poller.refreshNow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> everyScan.size() == 4);
        assertThat(loads).hasValue(4);
    }

    @Test
    void failureIsReportedOnceAndTheNextGoodScanClearsIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        poller = new SnapshotPoller(() -> {
            if (calls.incrementAndGet() <= 3) {
                throw new IOException("state directory is not readable");
            }
            return Fixtures.liveAndStale(DIR);
        }, Duration.ofMillis(20), LIVE_AGENTS, everyScan::add, countingFx);
        List<String> errors = new CopyOnWriteArrayList<>();
        poller.errorProperty().addListener((o, old, now) -> errors.add(now));
        poller.start();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> poller.latestProperty().get() != null);
        assertThat(errors).containsExactly("state directory is not readable", "");
        assertThat(posts).hasValue(2);
    }

    @Test
    void aFailureAfterUnpostedScansFirstShowsTheLatestGoodScan() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        poller = new SnapshotPoller(() -> {
            int call = calls.incrementAndGet();
            if (call == 4) {
                throw new IOException("gone");
            }
            return Fixtures.later(Fixtures.liveAndStale(DIR), Duration.ofSeconds(call));
        }, Duration.ofMillis(20), LIVE_AGENTS, everyScan::add, countingFx);
        poller.start();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "gone".equals(poller.errorProperty().get()));
        // "showing data from …" names the third scan's time, not the first's
        assertThat(poller.latestProperty().get().takenAt()).isEqualTo(Fixtures.NOW.plusSeconds(3));
    }

    private SnapshotSource countingSource() {
        return () -> {
            threads.add(Thread.currentThread().getName());
            loads.incrementAndGet();
            return Fixtures.liveAndStale(DIR);
        };
    }
}
