package dev.agentpool.ui;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.settings.LiveSettings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Stage;

/**
 * What the running monitor offers to the parts that plug into it (the tray, notifications). Implemented by
 * {@link MonitorApp}; extensions receive it through {@link ShellExtension#start}.
 *
 * <p>Threading: {@link #snapshotProperty()} changes on the FX thread only. The commands may be called from any
 * thread (e.g. the AWT event thread of a tray menu); they hop to the FX thread themselves.
 */
public interface MonitorShell {

    /** The latest scan of the state directory; null until the first scan finished. Changes on the FX thread. */
    ReadOnlyObjectProperty<Snapshot> snapshotProperty();

    /**
     * The settings in use. Setting a new value (FX thread) applies it at once: pool size, poll interval, thresholds
     * and the metrics endpoint follow. The tray extension loads the settings file into it and saves into it.
     */
    LiveSettings liveSettings();

    /** Shows the main window and brings it to the front. */
    void showMainWindow();

    /** Opens the details of one instance (also when it is stale or no longer in the snapshot: then it says so). */
    void showDetails(InstanceId id);

    /** Shows the main window on its stale-instances section and starts the "clean up all" confirmation. */
    void showCleanup();

    /** Stops polling, calls {@link ShellExtension#stop()} on every extension and exits the JavaFX platform. */
    void quit();

    /** The main window's stage (owner for dialogs; extensions may hide it or change its close behaviour). */
    Stage primaryStage();
}
