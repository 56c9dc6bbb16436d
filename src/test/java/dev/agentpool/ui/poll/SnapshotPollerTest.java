package dev.agentpool.ui.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class SnapshotPollerTest {

    private static final Path DIR = Path.of("/state");
    private final AtomicInteger loads = new AtomicInteger();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private SnapshotPoller poller;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(poller::shutdown).get(5, TimeUnit.SECONDS);
    }

    @Test
    void scansOffTheFxThreadAndPublishesOnIt() throws Exception {
        List<Boolean> publishedOnFx = new CopyOnWriteArrayList<>();
        poller = new SnapshotPoller(countingSource(), Duration.ofSeconds(60));
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
        poller = new SnapshotPoller(countingSource(), Duration.ofSeconds(60));
        WaitForAsyncUtils.asyncFx(poller::start);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loads.get() == 1 && poller.latestProperty().get() != null);

        Thread watcher = new Thread(poller::refreshNow);
        watcher.start();

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> loads.get() == 2);
    }

    @Test
    void failureIsReportedAndTheNextGoodScanClearsIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        poller = new SnapshotPoller(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("state directory is not readable");
            }
            return Fixtures.liveAndStale(DIR);
        }, Duration.ofMillis(200));
        List<String> errors = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            poller.errorProperty().addListener((o, old, now) -> errors.add(now));
            poller.start();
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> poller.latestProperty().get() != null);
        assertThat(errors).containsExactly("state directory is not readable", "");
    }

    private SnapshotSource countingSource() {
        return () -> {
            threads.add(Thread.currentThread().getName());
            loads.incrementAndGet();
            Snapshot snapshot = Fixtures.liveAndStale(DIR);
            return snapshot;
        };
    }
}
