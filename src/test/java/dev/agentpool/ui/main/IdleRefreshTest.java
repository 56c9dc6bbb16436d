package dev.agentpool.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/**
 * The idle-CPU contract of the main window: a rescan that finds the same files (only the scan time and the
 * heartbeat ages moved on) changes nothing the views are bound to, so the scene graph stays clean and JavaFX
 * neither lays out nor repaints.
 */
class IdleRefreshTest {

    private static final Path DIR = Path.of("/state");
    private final MainViewModel vm = new MainViewModel(0.80, 0.95, ZoneOffset.UTC);
    private final List<String> changed = new ArrayList<>();

    @Test
    void aRescanTwoSecondsLaterWithUnchangedFilesChangesNoBoundProperty() {
        Snapshot first = Fixtures.liveAndStale(DIR);
        vm.apply(first);
        watchEverythingTheViewsBind();

        vm.apply(later(first, Duration.ofSeconds(2)));

        assertThat(changed).isEmpty();
    }

    @Test
    void aHeartbeatCrossingOneMinuteChangesOnlyThatLabel() {
        Snapshot first = Fixtures.liveAndStale(DIR);
        vm.apply(first);
        watchEverythingTheViewsBind();

        vm.apply(later(first, Duration.ofSeconds(50)));

        // the three live rows' heartbeats were 12 s old, now 62 s; the status line still reads "updated 23:00"
        assertThat(changed).containsExactly("heartbeat", "heartbeat", "heartbeat");
    }

    private void watchEverythingTheViewsBind() {
        for (InstanceRow row : vm.rows()) {
            watch(row.nameProperty(), row.agentsProperty(), row.poolShareProperty(), row.agentsLabelProperty(),
                    row.contextFractionProperty(), row.contextLabelProperty(), row.contextToneProperty(),
                    row.lifecycleProperty(), row.waitingProperty(), row.waitingLabelProperty(), row.statusProperty(),
                    row.statusToneProperty(), row.heartbeatProperty());
        }
        watch(vm.totalProgressProperty(), vm.totalLabelProperty(), vm.totalToneProperty(), vm.staleHeldProperty(),
                vm.emptyProperty(), vm.emptyDetailProperty(), vm.statusLineProperty(), vm.statusErrorProperty());
        vm.rows().addListener((ListChangeListener<InstanceRow>) c -> changed.add("rows"));
    }

    private void watch(ObservableValue<?>... values) {
        for (ObservableValue<?> value : values) {
            String name = ((javafx.beans.property.ReadOnlyProperty<?>) value).getName();
            value.addListener((o, old, now) -> changed.add(name));
        }
    }

    private static Snapshot later(Snapshot s, Duration elapsed) {
        return Fixtures.later(s, elapsed);
    }
}
