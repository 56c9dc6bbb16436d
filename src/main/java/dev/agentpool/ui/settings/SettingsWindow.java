package dev.agentpool.ui.settings;

import dev.agentpool.ui.BackgroundExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The settings window: one at a time, owned by the main window, filled from the settings in use. FX thread only. */
public final class SettingsWindow {

    private final SettingsService service;
    private final BackgroundExecutor runner;
    private final Supplier<MonitorSettings> current;
    private final Consumer<MonitorSettings> onSaved;
    private Stage stage;

    public SettingsWindow(SettingsService service, BackgroundExecutor runner, Supplier<MonitorSettings> current,
                          Consumer<MonitorSettings> onSaved) {
        this.service = service;
        this.runner = runner;
        this.current = current;
        this.onSaved = onSaved;
    }

    /** Opens the window (or brings the open one to the front). */
    public void show(Window owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return;
        }
        stage = new Stage();
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
        }
        stage.setTitle("Agent Pool Monitor — Settings");
        SettingsViewModel model = new SettingsViewModel(service, runner, current.get(), onSaved);
        stage.setScene(new Scene(new SettingsView(model, stage::close)));
        stage.show();
    }
}
