package dev.agentpool.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.ui.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    @TempDir
    static Path dir;

    private final List<MonitorSettings> saved = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        // Closing the only test window must not end the FX platform for the tests that follow.
        Platform.setImplicitExit(false);
        this.stage = stage;
        SettingsService service = new SettingsService(new SettingsStore(dir.resolve("state")),
                Optional.of(new XdgAutostartEntry(dir.resolve("config"))), () -> List.of("/usr/bin/agentpool"));
        SettingsViewModel model = new SettingsViewModel(service, new SameThreadExecutor(),
                MonitorSettings.DEFAULTS, saved::add);
        stage.setScene(new Scene(new SettingsView(model, stage::close)));
        stage.show();
    }

    @Test
    void typingABadNumberDisablesSaveAndShowsTheProblem(FxRobot robot) {
        robot.doubleClickOn("#pool-size").write("x");

        assertThat(robot.lookup("#settings-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#settings-problem").queryAs(Label.class).getText())
                .isEqualTo("Pool size must be a whole number.");
    }

    @Test
    void changingFieldsAndSavingWritesTheSettingsAndTheLoginEntry(FxRobot robot) throws Exception {
        robot.doubleClickOn("#pool-size").write("250");
        robot.clickOn("#notify-new-stale");
        robot.clickOn("#start-at-login");
        robot.clickOn("#settings-save");

        assertThat(saved).singleElement().satisfies(s -> assertThat(s.poolSize()).isEqualTo(250));
        assertThat(Files.readString(dir.resolve("state/monitor-settings.json")))
                .contains("\"pool_size\" : 250", "\"new_stale\" : false");
        assertThat(dir.resolve("config/autostart/agentpool.desktop")).isRegularFile();
        assertThat(robot.lookup("#settings-status").queryAs(Label.class).getText()).startsWith("Saved to ");
        assertThat(robot.lookup("#start-at-login-note").queryAs(Label.class).getText())
                .endsWith("config/autostart/agentpool.desktop");
    }

    @Test
    void metricsPortIsOnlyEditableWhenMetricsAreOn(FxRobot robot) {
        assertThat(robot.lookup("#metrics-port").query().isDisabled()).isTrue();

        robot.clickOn("#metrics-enabled");

        assertThat(robot.lookup("#metrics-enabled").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#metrics-port").query().isDisabled()).isFalse();
    }

    @Test
    void closeClosesTheWindow(FxRobot robot) {
        robot.clickOn("#settings-close");

        assertThat(stage.isShowing()).isFalse();
    }
}
