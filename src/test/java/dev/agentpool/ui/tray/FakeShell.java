package dev.agentpool.ui.tray;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.MonitorShell;
import dev.agentpool.ui.settings.LiveSettings;
import dev.agentpool.ui.settings.MonitorSettings;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;

/** A monitor shell for tray tests: a real stage, a settable snapshot, and a log of the commands it received. */
final class FakeShell implements MonitorShell {

    final SimpleObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    final List<String> calls = new ArrayList<>();
    final LiveSettings settings = new LiveSettings(MonitorSettings.DEFAULTS);
    private final Stage stage;

    FakeShell(Stage stage) {
        this.stage = stage;
    }

    @Override
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    @Override
    public LiveSettings liveSettings() {
        return settings;
    }

    @Override
    public void showMainWindow() {
        calls.add("window");
    }

    @Override
    public void showDetails(InstanceId id) {
        calls.add("details " + id);
    }

    @Override
    public void showCleanup() {
        calls.add("cleanup");
    }

    @Override
    public void quit() {
        calls.add("quit");
    }

    @Override
    public Stage primaryStage() {
        return stage;
    }
}
