package dev.agentpool.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.ui.notify.NotificationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaultsSilently() {
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();

        assertThat(loaded.settings()).isEqualTo(MonitorSettings.DEFAULTS);
        assertThat(loaded.message()).isEmpty();
    }

    @Test
    void savedSettingsLoadBackEqual() throws Exception {
        MonitorSettings settings = new MonitorSettings(300, 70, 90, 0.5,
                EnumSet.of(NotificationKind.POOL_CRITICAL, NotificationKind.NEW_STALE), true, true, 9100);
        new SettingsStore(dir).save(settings);

        assertThat(new SettingsStore(dir).load()).isEqualTo(new SettingsStore.Loaded(settings, java.util.Optional.empty()));
        assertThat(dir.resolve("monitor-settings.json.tmp")).doesNotExist();
    }

    @Test
    void theFileUsesSnakeCaseKeysAndListsEveryNotificationKind() throws Exception {
        new SettingsStore(dir).save(MonitorSettings.DEFAULTS);

        assertThat(Files.readString(dir.resolve("monitor-settings.json")))
                .contains("\"pool_size\" : 500", "\"warning_percent\" : 80", "\"poll_interval_seconds\" : 2.0",
                        "\"waiting_for_user\" : true", "\"metrics_port\" : 9477", "\"start_at_login\" : false");
    }

    @Test
    void unknownKeysAreIgnoredAndMissingKeysKeepTheirDefaults() throws Exception {
        Files.writeString(dir.resolve("monitor-settings.json"),
                "{\"pool_size\": 200, \"from_the_future\": [1,2], \"notifications\": {\"new_stale\": false}}");

        SettingsStore.Loaded loaded = new SettingsStore(dir).load();

        assertThat(loaded.message()).isEmpty();
        assertThat(loaded.settings().poolSize()).isEqualTo(200);
        assertThat(loaded.settings().warningPercent()).isEqualTo(80);
        assertThat(loaded.settings().notifications()).doesNotContain(NotificationKind.NEW_STALE)
                .contains(NotificationKind.POOL_WARNING);
    }

    @Test
    void aBrokenFileFallsBackToDefaultsWithAMessageAndIsKeptAsBad() throws Exception {
        Path file = dir.resolve("monitor-settings.json");
        Files.writeString(file, "{\"pool_size\": 20");

        SettingsStore.Loaded loaded = new SettingsStore(dir).load();

        assertThat(loaded.settings()).isEqualTo(MonitorSettings.DEFAULTS);
        assertThat(loaded.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("could not be read", "Using the defaults", "monitor-settings.json.bad"));
        assertThat(dir.resolve("monitor-settings.json.bad")).hasContent("{\"pool_size\": 20");
        assertThat(file).doesNotExist();
    }

    @Test
    void wrongTypesCountAsBroken() throws Exception {
        Files.writeString(dir.resolve("monitor-settings.json"), "{\"pool_size\": \"lots\"}");

        assertThat(new SettingsStore(dir).load().message()).isPresent();
    }

    @Test
    void outOfRangeValuesFallBackToDefaultsAndSayWhich() throws Exception {
        Files.writeString(dir.resolve("monitor-settings.json"), "{\"pool_size\": -3, \"critical_percent\": 50}");

        SettingsStore.Loaded loaded = new SettingsStore(dir).load();

        assertThat(loaded.settings()).isEqualTo(MonitorSettings.DEFAULTS);
        assertThat(loaded.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("Pool size must be between 1 and 100000.", "Critical threshold"));
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsReportedNotThrown() throws Exception {
        Files.createDirectory(dir.resolve("monitor-settings.json"));

        assertThat(new SettingsStore(dir).load().message()).isPresent();
    }

    @Test
    void savingCreatesTheStateDirectoryWhenMissing() throws Exception {
        Path nested = dir.resolve("new/state");
        new SettingsStore(nested).save(MonitorSettings.DEFAULTS);

        assertThat(nested.resolve("monitor-settings.json")).isRegularFile();
    }
}
