package dev.agentpool.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.ui.BackgroundExecutor;
import dev.agentpool.ui.SameThreadExecutor;
import dev.agentpool.ui.notify.NotificationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    private final List<MonitorSettings> saved = new ArrayList<>();

    private SettingsViewModel model(BackgroundExecutor runner) {
        SettingsService service = new SettingsService(new SettingsStore(dir.resolve("state")),
                Optional.of(new XdgAutostartEntry(dir.resolve("config"))), () -> List.of("/opt/agentpool/bin/agentpool"));
        return new SettingsViewModel(service, runner, MonitorSettings.DEFAULTS, saved::add);
    }

    @Test
    void fieldsShowTheCurrentSettings() {
        SettingsViewModel model = model(new SameThreadExecutor());

        assertThat(model.poolSizeProperty().get()).isEqualTo("500");
        assertThat(model.pollIntervalProperty().get()).isEqualTo("2");
        assertThat(model.notifyProperty(NotificationKind.NEW_STALE).get()).isTrue();
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void textThatIsNotANumberBlocksSavingAndSaysWhy() {
        SettingsViewModel model = model(new SameThreadExecutor());
        model.poolSizeProperty().set("lots");

        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Pool size must be a whole number.");
        assertThat(model.settings()).isEmpty();
    }

    @Test
    void criticalBelowWarningBlocksSaving() {
        SettingsViewModel model = model(new SameThreadExecutor());
        model.criticalPercentProperty().set("70");

        assertThat(model.problemProperty().get()).contains("Critical threshold");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void fractionalPollIntervalIsAccepted() {
        SettingsViewModel model = model(new SameThreadExecutor());
        model.pollIntervalProperty().set("0.5");

        assertThat(model.settings()).hasValueSatisfying(s -> assertThat(s.pollIntervalSeconds()).isEqualTo(0.5));
    }

    @Test
    void savingWritesTheFileCreatesTheLoginEntryAndReportsBack() throws IOException {
        SettingsViewModel model = model(new SameThreadExecutor());
        model.poolSizeProperty().set("300");
        model.startAtLoginProperty().set(true);
        model.notifyProperty(NotificationKind.WAITING_FOR_USER).set(false);

        model.save();

        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.poolSize()).isEqualTo(300);
            assertThat(s.notifications()).doesNotContain(NotificationKind.WAITING_FOR_USER);
        });
        assertThat(Files.readString(dir.resolve("state/monitor-settings.json"))).contains("\"pool_size\" : 300");
        assertThat(Files.readString(dir.resolve("config/autostart/agentpool.desktop")))
                .contains("Exec=/opt/agentpool/bin/agentpool");
        assertThat(model.statusProperty().get()).startsWith("Saved to ");
    }

    @Test
    void aFailedSaveIsShownAndNothingIsReportedAsSaved() throws IOException {
        Files.writeString(dir.resolve("state"), "a file where the state directory should be");
        SettingsViewModel model = model(new SameThreadExecutor());

        model.save();

        assertThat(saved).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Could not save: ");
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void saveIsDisabledWhileASaveIsRunning() {
        SameThreadExecutor deferred = new SameThreadExecutor().holding();
        SettingsViewModel model = model(deferred);

        model.save();
        assertThat(model.canSaveProperty().get()).isFalse();
        deferred.runHeld();

        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(saved).hasSize(1);
    }

    @Test
    void theLoginEntryPathIsShownRelativeToTheHomeFolder() {
        assertThat(SettingsViewModel.homeRelative("/home/u/.config/autostart/agentpool.desktop", "/home/u"))
                .isEqualTo("~/.config/autostart/agentpool.desktop");
        assertThat(SettingsViewModel.homeRelative("/home/uv/x", "/home/u")).isEqualTo("/home/uv/x");
    }

    @Test
    void untickingStartAtLoginRemovesTheEntry() {
        SettingsViewModel model = model(new SameThreadExecutor());
        model.startAtLoginProperty().set(true);
        model.save();
        model.startAtLoginProperty().set(false);
        model.save();

        assertThat(dir.resolve("config/autostart/agentpool.desktop")).doesNotExist();
    }
}
