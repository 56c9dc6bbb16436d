package dev.agentpool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.settings.LiveSettings;
import dev.agentpool.ui.settings.MonitorSettings;
import dev.agentpool.ui.stale.StaleCleaner;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saved settings take effect in the running window: pool size, poll interval, thresholds, metrics endpoint. */
@ExtendWith(ApplicationExtension.class)
class MonitorWindowSettingsTest {

    private static final Path DIR = Path.of("/state");
    private final Snapshot scanned = Fixtures.liveAndStale(DIR);
    private final LiveSettings settings = new LiveSettings(MonitorSettings.startingFrom(500, 0.80, 0.95,
            Duration.ofMillis(300)));
    private MonitorWindow window;

    @Start
    void start(Stage stage) {
        StaleCleaner unused = FxWait.noCleanup();
        window = new MonitorWindow(stage, new MonitorServices(DIR, () -> scanned, unused, Duration.ofMillis(300),
                0.80, 0.95, ZoneOffset.UTC, folder -> { }), settings);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxWait.closeAll(window);
    }

    @Test
    void aSavedPoolSizeAndPollIntervalApplyWithoutARestart(FxRobot robot) throws Exception {
        FxWait.until("the first scan on screen", () -> text(robot, "#total-label").equals("140 / 500 · 28 %"));

        set(settings.get().withPoolSize(150).withPollIntervalSeconds(5));

        FxWait.until("the new pool size on screen", () -> text(robot, "#total-label").equals("140 / 150 · 93 %"));
        assertThat(window.snapshotProperty().get().poolSize()).isEqualTo(150);
        assertThat(robot.lookup("#total-bar").queryAs(ProgressBar.class).getStyleClass()).contains("tone-warning");
        assertThat(window.pollPeriod().toMillis()).isEqualTo(5000L);
    }

    @Test
    void turningMetricsOnServesTheWindowsSnapshotAndTurningItOffFreesThePort(FxRobot robot) throws Exception {
        FxWait.until("the first scan", () -> window.snapshotProperty().get() != null);

        set(settings.get().withMetrics(true, 0));
        int port = window.metrics().port().orElseThrow();
        FxWait.until("the address in the status line", () -> text(robot, "#status-line")
                .endsWith("metrics on http://127.0.0.1:" + port + "/metrics"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsPattern("agentpool_live_agents\\{[^}]*} 140");

        set(settings.get().withMetrics(false, 0));
        assertThat(window.metrics().port()).isEmpty();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        FxWait.until("the note gone", () -> !text(robot, "#status-line").contains("metrics"));
    }

    private void set(MonitorSettings next) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> settings.set(next)).get();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
