package dev.agentpool.ui.tray;

import static dev.agentpool.ui.tray.TraySnapshots.id;
import static dev.agentpool.ui.tray.TraySnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.health.OverallHealth;
import dev.agentpool.ui.MonitorOptions;
import dev.agentpool.ui.SameThreadExecutor;
import dev.agentpool.ui.settings.MonitorSettings;
import dev.agentpool.ui.settings.SettingsService;
import dev.agentpool.ui.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The extension end to end with a fake tray host: fallback when there is no tray, and the tray when there is. */
@ExtendWith(ApplicationExtension.class)
class TrayExtensionTest {

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger hostsMade = new AtomicInteger();
    private final AtomicInteger keptRunning = new AtomicInteger();
    private Stage stage;
    private FakeShell shell;

    @Start
    void start(Stage stage) {
        // Closing the only test window must not end the FX platform for the tests that follow.
        Platform.setImplicitExit(false);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        shell = new FakeShell(stage);
    }

    private TrayExtension start(FxRobot robot, FakeTrayHost host, MonitorOptions options) {
        TrayWiring wiring = new TrayWiring(fx -> {
            hostsMade.incrementAndGet();
            return host;
        }, scheduler, Runnable::run, Clock.systemUTC(), new SameThreadExecutor(),
                o -> new SettingsService(new SettingsStore(dir), Optional.empty(), List::of), keptRunning::incrementAndGet);
        TrayExtension extension = new TrayExtension(wiring);
        robot.interact(() -> extension.start(shell, options));
        return extension;
    }

    @Test
    void withoutATrayClosingTheWindowQuitsTheApp(FxRobot robot) {
        start(robot, new FakeTrayHost(false), MonitorOptions.defaults());

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(shell.calls).containsExactly("quit");
        assertThat(keptRunning).hasValue(0);
    }

    @Test
    void withATrayClosingTheWindowOnlyHidesIt(FxRobot robot) {
        FakeTrayHost host = new FakeTrayHost(true);
        start(robot, host, MonitorOptions.defaults());

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(shell.calls).isEmpty();
        assertThat(keptRunning).hasValue(1);
    }

    @Test
    void aTrayThatAppearsLaterGetsTheIconShowingTheLatestSnapshot(FxRobot robot) {
        FakeTrayHost host = new FakeTrayHost(false);
        start(robot, host, MonitorOptions.defaults());
        robot.interact(() -> shell.snapshot.set(snapshot().live(1, "api", 480, 5).stale(2, "old", 3).build()));

        host.trayAppears();
        robot.interact(scheduler::runPeriodic);

        assertThat(host.lastShown().health()).isEqualTo(OverallHealth.RED);
        assertThat(host.lastShown().tooltip()).endsWith("· 1 live · 1 stale");
        assertThat(host.messages).containsExactly("Tray icon added: " + TrayExtension.TRAY_ADDED_MESSAGE);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(shell.calls).as("closing hides once the icon is there").isEmpty();
    }

    @Test
    void noTrayFlagNeverLooksForATray(FxRobot robot) {
        start(robot, new FakeTrayHost(true), MonitorOptions.parse("--no-tray"));

        assertThat(hostsMade).hasValue(0);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(shell.calls).containsExactly("quit");
    }

    @Test
    void menuEntriesReachTheShell(FxRobot robot) {
        FakeTrayHost host = new FakeTrayHost(true);
        start(robot, host, MonitorOptions.defaults());

        robot.interact(() -> {
            host.click(TrayAction.of(TrayAction.Kind.OPEN_WINDOW));
            host.click(TrayAction.details(id(7)));
            host.click(TrayAction.of(TrayAction.Kind.CLEANUP));
            host.click(TrayAction.of(TrayAction.Kind.QUIT));
        });

        assertThat(shell.calls).containsExactly("window", "details " + id(7), "cleanup", "quit");
    }

    @Test
    void notificationsGoToTheTrayBalloonAndPausingSilencesThem(FxRobot robot) {
        FakeTrayHost host = new FakeTrayHost(true);
        start(robot, host, MonitorOptions.defaults());
        robot.interact(() -> {
            shell.snapshot.set(snapshot().live(1, "api", 10, 5).live(2, "web", 1, 5).build());
            shell.snapshot.set(snapshot().waiting(1, "api", 10).live(2, "web", 1, 5).build());
            host.click(TrayAction.of(TrayAction.Kind.TOGGLE_PAUSE));
            shell.snapshot.set(snapshot().waiting(1, "api", 10).stale(2, "web", 1).build());
        });

        assertThat(host.messages).containsExactly("Waiting for you: api waits for you (permission: Bash).");
        assertThat(host.lastShown().menu()).contains(
                new TrayMenuEntry.Check("Pause notifications", true, TrayAction.of(TrayAction.Kind.TOGGLE_PAUSE)));
    }

    @Test
    void thresholdsFromTheSettingsFileColourTheIcon(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("monitor-settings.json"), "{\"warning_percent\": 10, \"critical_percent\": 50}");
        FakeTrayHost host = new FakeTrayHost(true);
        start(robot, host, MonitorOptions.defaults());

        robot.interact(() -> shell.snapshot.set(snapshot().live(1, "api", 100, 5).build()));

        assertThat(host.lastShown().health()).isEqualTo(OverallHealth.YELLOW);
    }

    @Test
    void aSettingsFileReplacesTheShellsStartingSettings(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("monitor-settings.json"), "{\"pool_size\": 42, \"poll_interval_seconds\": 7.5}");
        robot.interact(() -> shell.settings.set(MonitorSettings.startingFrom(300, 0.7, 0.9, Duration.ofSeconds(2))));

        start(robot, new FakeTrayHost(true), MonitorOptions.defaults());

        assertThat(shell.settings.get().poolSize()).isEqualTo(42);
        assertThat(shell.settings.get().pollIntervalSeconds()).isEqualTo(7.5);
        assertThat(shell.settings.get().warningPercent()).isEqualTo(MonitorSettings.DEFAULTS.warningPercent());
    }

    @Test
    void withoutASettingsFileTheConfigsPoolSizeAndThresholdsStay(FxRobot robot) {
        MonitorSettings fromConfig = MonitorSettings.startingFrom(300, 0.7, 0.9, Duration.ofSeconds(2));
        robot.interact(() -> shell.settings.set(fromConfig));
        FakeTrayHost host = new FakeTrayHost(true);

        start(robot, host, MonitorOptions.defaults());
        robot.interact(() -> shell.snapshot.set(snapshot().pool(300).live(1, "api", 220, 5).build()));

        assertThat(shell.settings.get()).isEqualTo(fromConfig);
        assertThat(host.lastShown().health()).as("220/300 = 73 %% is past config's 70 %%").isEqualTo(OverallHealth.YELLOW);
    }

    @Test
    void stopRemovesTheIcon(FxRobot robot) {
        FakeTrayHost host = new FakeTrayHost(true);
        TrayExtension extension = start(robot, host, MonitorOptions.defaults());

        robot.interact(extension::stop);

        assertThat(host.removed).isTrue();
    }
}
