package dev.agentpool.ui;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.settings.LiveSettings;
import dev.agentpool.ui.settings.MonitorSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the {@link MonitorWindow}, shows it, then starts every {@link ShellExtension}
 * found by {@link ServiceLoader} (the tray, notifications). Launched by {@link MonitorLauncher}, which hands over
 * the options and how to build the services (Application.launch allows no constructor arguments).
 */
public final class MonitorApp extends Application implements MonitorShell {

    private static final System.Logger LOG = System.getLogger(MonitorApp.class.getName());

    /** Set by the launcher before {@code Application.launch}; read once in {@link #start}. */
    static volatile MonitorOptions options = MonitorOptions.defaults();
    static volatile Function<HostServices, MonitorServices> services;
    /** The settings before the settings file is read: {@code config.json}'s pool and thresholds, the flags' poll. */
    static volatile MonitorSettings initialSettings = MonitorSettings.DEFAULTS;

    private MonitorWindow window;
    private LiveSettings liveSettings;
    private final List<ShellExtension> extensions = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        liveSettings = new LiveSettings(initialSettings);
        window = new MonitorWindow(stage, services.apply(getHostServices()), liveSettings);
        stage.show();
        for (ShellExtension extension : ServiceLoader.load(ShellExtension.class)) {
            try {
                extension.start(this, options);
                extensions.add(extension);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "extension " + extension.getClass().getName()
                        + " failed to start; the monitor runs without it", e);
            }
        }
    }

    @Override
    public void stop() {
        for (ShellExtension extension : extensions) {
            try {
                extension.stop();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "extension " + extension.getClass().getName() + " failed to stop", e);
            }
        }
        extensions.clear();
        if (window != null) {
            window.close();
        }
    }

    @Override
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return window.snapshotProperty();
    }

    @Override
    public LiveSettings liveSettings() {
        return liveSettings;
    }

    @Override
    public void showMainWindow() {
        onFxThread(() -> window.showMainWindow());
    }

    @Override
    public void showDetails(InstanceId id) {
        onFxThread(() -> window.showDetails(id));
    }

    @Override
    public void showCleanup() {
        onFxThread(() -> window.showCleanup());
    }

    /** Platform.exit() runs {@link #stop()} (extensions, poller, watch) and ends the JavaFX runtime. */
    @Override
    public void quit() {
        onFxThread(Platform::exit);
    }

    @Override
    public Stage primaryStage() {
        return window.stage();
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
