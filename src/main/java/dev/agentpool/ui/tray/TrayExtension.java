package dev.agentpool.ui.tray;

import dev.agentpool.core.health.HealthPolicy;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.MonitorOptions;
import dev.agentpool.ui.MonitorShell;
import dev.agentpool.ui.ShellExtension;
import dev.agentpool.ui.notify.Notification;
import dev.agentpool.ui.notify.Notifier;
import dev.agentpool.ui.notify.WindowNotifications;
import dev.agentpool.ui.settings.LiveSettings;
import dev.agentpool.ui.settings.MonitorSettings;
import dev.agentpool.ui.settings.SettingsService;
import dev.agentpool.ui.settings.SettingsStore;
import dev.agentpool.ui.settings.SettingsWindow;
import java.time.Duration;
import javafx.stage.WindowEvent;

/**
 * The tray icon, notifications and settings, plugged into the monitor shell (registered in
 * {@code META-INF/services/dev.agentpool.ui.ShellExtension}). Without a tray (or with {@code --no-tray}) the monitor is
 * a plain window whose closing quits; once an icon is really installed, closing the window only hides it.
 */
public final class TrayExtension implements ShellExtension {

    static final Duration RETRY = Duration.ofSeconds(30);
    static final String TRAY_ADDED_MESSAGE = "A system tray appeared: closing the window now keeps the monitor "
            + "running here.";
    private static final System.Logger LOG = System.getLogger(TrayExtension.class.getName());

    private final TrayWiring wiring;
    private MonitorShell shell;
    private TrayController controller;
    private TrayPresenter presenter;
    private WindowNotifications windowNotes;
    private SettingsWindow settingsWindow;
    private final Notifier notifier;
    private volatile HealthPolicy policy;
    private boolean paused;

    public TrayExtension() {
        this(TrayWiring.production());
    }

    TrayExtension(TrayWiring wiring) {
        this.wiring = wiring;
        this.notifier = new Notifier(wiring.clock());
        this.policy = policyFor(MonitorSettings.DEFAULTS);
    }

    @Override
    public void start(MonitorShell shell, MonitorOptions options) {
        this.shell = shell;
        presenter = new TrayPresenter(s -> policy.evaluate(s), PoolStatusline::compact, new TrayMenuBuilder());
        windowNotes = new WindowNotifications(shell::primaryStage,
                id -> id.ifPresentOrElse(shell::showDetails, shell::showMainWindow));
        SettingsService service = wiring.settings().apply(options);
        LiveSettings live = shell.liveSettings();
        policy = policyFor(live.get());
        live.property().addListener((o, old, now) -> settingsChanged(now));
        settingsWindow = new SettingsWindow(service, wiring.background(), live::get, live::set);
        MonitorSettings fallback = live.get();
        wiring.background().run(() -> service.load(fallback), this::settingsLoaded,
                e -> LOG.log(System.Logger.Level.WARNING, "settings not loaded", e));
        shell.primaryStage().addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (controller == null || !controller.isInstalled()) {
                shell.quit();
            }
        });
        shell.snapshotProperty().addListener((o, old, snapshot) -> onSnapshot(snapshot));
        if (options.noTray()) {
            LOG.log(System.Logger.Level.INFO, "--no-tray: running as a normal window");
            return;
        }
        TrayCommands commands = new TrayCommands(shell, this::togglePause,
                () -> settingsWindow.show(shell.primaryStage()));
        controller = new TrayController(wiring.host().apply(wiring.fxThread()), wiring.scheduler(),
                wiring.fxThread(), RETRY, new Listener(commands));
        Snapshot first = shell.snapshotProperty().get();
        controller.start(first == null ? presenter.starting(paused) : presenter.present(first, paused));
    }

    @Override
    public void stop() {
        if (controller != null) {
            controller.stop();
        }
        wiring.scheduler().shutdownNow();
        if (wiring.background() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "background executor did not close cleanly", e);
            }
        }
    }

    boolean isPaused() {
        return paused;
    }

    private void onSnapshot(Snapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        if (controller != null) {
            controller.show(presenter.present(snapshot, paused));
        }
        for (Notification n : notifier.onSnapshot(snapshot, shell.liveSettings().get().notifierRules())) {
            if (controller != null && controller.isInstalled()) {
                controller.showMessage(n.title(), n.text(), n.warning());
            } else {
                windowNotes.show(n);
            }
        }
    }

    private void togglePause() {
        paused = !paused;
        notifier.setPaused(paused);
        refresh();
    }

    private void settingsLoaded(SettingsStore.Loaded loaded) {
        shell.liveSettings().set(loaded.settings());
        loaded.message().ifPresent(m -> {
            LOG.log(System.Logger.Level.WARNING, m);
            windowNotes.notice("Settings reset to defaults", m);
        });
    }

    private void settingsChanged(MonitorSettings newSettings) {
        policy = policyFor(newSettings);
        refresh();
    }

    private void refresh() {
        Snapshot latest = shell.snapshotProperty().get();
        if (controller != null && latest != null) {
            controller.show(presenter.present(latest, paused));
        }
    }

    private static HealthPolicy policyFor(MonitorSettings s) {
        return new HealthPolicy(s.warningPercent() / 100.0, s.criticalPercent() / 100.0);
    }

    private final class Listener implements TrayListener {
        private final TrayCommands commands;
        private boolean saidNoTray;

        Listener(TrayCommands commands) {
            this.commands = commands;
        }

        @Override
        public void trayInstalled() {
            LOG.log(System.Logger.Level.INFO, "tray icon installed; closing the window now hides it");
            wiring.keepRunningWithoutWindows().run();
            if (saidNoTray) {
                controller.showMessage("Tray icon added", TRAY_ADDED_MESSAGE, false);
            }
        }

        @Override
        public void trayUnavailable(String message) {
            saidNoTray = true;
            LOG.log(System.Logger.Level.INFO, message);
            windowNotes.notice("No system tray", message);
        }

        @Override
        public void onAction(TrayAction action) {
            commands.perform(action);
        }
    }
}
