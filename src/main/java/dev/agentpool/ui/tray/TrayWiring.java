package dev.agentpool.ui.tray;

import dev.agentpool.core.config.StateDirectory;
import dev.agentpool.ui.BackgroundExecutor;
import dev.agentpool.ui.FxBackgroundExecutor;
import dev.agentpool.ui.MonitorOptions;
import dev.agentpool.ui.settings.Autostart;
import dev.agentpool.ui.settings.LauncherCommand;
import dev.agentpool.ui.settings.SettingsService;
import dev.agentpool.ui.settings.SettingsStore;
import dev.agentpool.ui.tray.awt.AwtTrayAdapter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * What the tray extension needs from the outside world, in one place so tests can swap the tray host, the scheduler
 * and the settings location.
 *
 * @param host makes the tray host, given the executor that reaches the FX thread
 * @param scheduler the FX-independent scheduler for install attempts and the 30 s tray search
 * @param settings the settings service for the monitor's options (state directory)
 * @param keepRunningWithoutWindows called once an icon is installed ({@code Platform.setImplicitExit(false)})
 */
record TrayWiring(Function<Executor, TrayHost> host, ScheduledExecutorService scheduler, Executor fxThread,
                  Clock clock, BackgroundExecutor background, Function<MonitorOptions, SettingsService> settings,
                  Runnable keepRunningWithoutWindows) {

    static TrayWiring production() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "agentpool-tray");
            thread.setDaemon(true);
            return thread;
        });
        return new TrayWiring(AwtTrayAdapter::new, scheduler, Platform::runLater, Clock.systemUTC(),
                new FxBackgroundExecutor(), TrayWiring::settingsFor, () -> Platform.setImplicitExit(false));
    }

    /** Settings live in the watched state directory; the login entry restarts the monitor on that directory. */
    static SettingsService settingsFor(MonitorOptions options) {
        Path dir = StateDirectory.resolve(options.dir(), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
        List<String> extra = new ArrayList<>();
        options.dir().ifPresent(d -> extra.addAll(List.of("--dir", dir.toString())));
        if (options.noTray()) {
            extra.add("--no-tray");
        }
        return new SettingsService(new SettingsStore(dir), Autostart.forThisSystem(),
                () -> LauncherCommand.current(extra));
    }
}
