package dev.agentpool.ui;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.details.DetailsWindows;
import dev.agentpool.ui.main.MainView;
import dev.agentpool.ui.main.MainViewModel;
import dev.agentpool.export.MetricsServer;
import dev.agentpool.ui.metrics.MetricsEndpoint;
import dev.agentpool.ui.poll.DirectoryWatch;
import dev.agentpool.ui.poll.PoolSizeOverride;
import dev.agentpool.ui.poll.SnapshotPoller;
import dev.agentpool.ui.settings.LiveSettings;
import dev.agentpool.ui.settings.MonitorSettings;
import dev.agentpool.ui.stale.CleanupDialogs;
import dev.agentpool.ui.stale.StaleView;
import dev.agentpool.ui.stale.StaleViewModel;
import java.io.IOException;
import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Composition of the main window: poller + directory watch feed the ViewModels, which the views bind, and the
 * metrics endpoint when the settings turn it on. Follows {@link LiveSettings}: a saved pool size, poll interval,
 * thresholds or metrics option takes effect at once. Used by {@link MonitorApp} with the real services and by
 * TestFX tests with fixture services. FX thread only.
 */
public final class MonitorWindow {

    public static final String STYLESHEET = MonitorWindow.class.getResource("monitor.css").toExternalForm();
    private static final System.Logger LOG = System.getLogger(MonitorWindow.class.getName());
    /** Quiet time that ends a burst of hook writes, and the longest a burst may postpone a refresh. */
    private static final Duration WATCH_QUIET = Duration.ofMillis(80);
    private static final Duration WATCH_MAX_DELAY = Duration.ofMillis(400);
    private static final boolean TRACE = Boolean.getBoolean("agentpool.ui.traceRender");

    private final Stage stage;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final SnapshotPoller poller;
    private final PoolSizeOverride source;
    private final LiveSettings settings;
    private final MetricsEndpoint metrics = new MetricsEndpoint(MetricsServer.DEFAULT_BIND);
    private final FxBackgroundExecutor background = new FxBackgroundExecutor();
    private final MainViewModel mainViewModel;
    private final StaleViewModel staleViewModel;
    private final MainView mainView;
    private final DetailsWindows details;
    private DirectoryWatch watch;

    /** With settings that start from the services' values and change only when someone sets new ones. */
    public MonitorWindow(Stage stage, MonitorServices services) {
        this(stage, services, new LiveSettings(MonitorSettings.startingFrom(MonitorSettings.DEFAULTS.poolSize(),
                services.poolWarning(), services.poolCritical(), services.pollInterval())));
    }

    /**
     * @param settings the settings in use; their starting value is taken to match the services (the scan's pool size
     *     is kept until the settings change), every later value is applied
     */
    public MonitorWindow(Stage stage, MonitorServices services, LiveSettings settings) {
        this.stage = stage;
        this.settings = settings;
        this.source = new PoolSizeOverride(services.source());
        // every scan goes to the metrics endpoint (exact, off the FX thread); only scans that change what the
        // window, the tray or the notifier show reach the FX thread
        this.poller = new SnapshotPoller(source, services.pollInterval(), SnapshotViewKey::of, metrics::offer);
        this.mainViewModel = new MainViewModel(services.poolWarning(), services.poolCritical(), services.zone());
        this.staleViewModel = new StaleViewModel(services.cleaner(), background, poller::refreshNow);
        this.details = new DetailsWindows(snapshot.getReadOnlyProperty(), stage, STYLESHEET, services.openFolder(),
                services.zone());
        StaleView staleView = new StaleView(staleViewModel, request -> CleanupDialogs.confirm(stage, request),
                details::show);
        this.mainView = new MainView(mainViewModel, staleView, details::show);
        wire();
        Scene scene = new Scene(mainView, 1060, 640);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.setTitle("Agent Pool Monitor — " + services.dir());
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        startWatching(services);
    }

    private void wire() {
        settings.property().addListener((o, old, now) -> applySettings(now));
        details.anyOpenProperty().addListener((o, old, open) -> poller.setPublishEveryScan(open));
        mainViewModel.setLatestScan(poller::lastScan);
        poller.latestProperty().addListener((o, old, now) -> {
            mainViewModel.apply(now);
            staleViewModel.apply(now);
            snapshot.set(now);
            if (TRACE) {
                // benchmark hook (bench/monitor-bench.sh): when a scan reached the screen, in epoch millis
                System.err.println("agentpool-render " + System.currentTimeMillis() + " live-agents=" + now.liveAgents()
                        + " stale-agents=" + now.staleAgents() + " instances=" + now.instances().size());
            }
        });
        poller.errorProperty().addListener((o, old, error) -> {
            if (!error.isEmpty()) {
                mainViewModel.showLoadFailure(error);
            }
        });
        staleViewModel.lastReportProperty().addListener((o, old, report) -> {
            if (report != null) {
                CleanupDialogs.showResult(stage, report, staleViewModel.resultTextProperty().get());
            }
        });
    }

    /** Takes new settings into use; a rescan shows the new pool size and thresholds at once. */
    private void applySettings(MonitorSettings now) {
        source.setPoolSize(now.poolSize());
        poller.setPollInterval(now.pollInterval());
        mainViewModel.setThresholds(now.warningPercent() / 100.0, now.criticalPercent() / 100.0);
        MetricsEndpoint.Status status = metrics.apply(now.metricsEnabled(), now.metricsPort());
        mainViewModel.setExtraStatus(status.note(), status.error());
        poller.refreshAndPublish();
    }

    private void startWatching(MonitorServices services) {
        try {
            watch = new DirectoryWatch(services.dir(), WATCH_QUIET, WATCH_MAX_DELAY, poller::refreshNow).start();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "no directory watch (" + e.getMessage() + "); polling every "
                    + services.pollInterval().toMillis() + " ms only");
        }
        poller.start();
        if (settings.get().metricsEnabled()) {
            MetricsEndpoint.Status status = metrics.apply(true, settings.get().metricsPort());
            mainViewModel.setExtraStatus(status.note(), status.error());
        }
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public void showMainWindow() {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
    }

    public void showDetails(InstanceId id) {
        mainView.reveal(id);
        details.show(id);
    }

    /** Shows the window and starts "clean up all" (plan, then the confirmation dialog). */
    public void showCleanup() {
        showMainWindow();
        staleViewModel.prepareAll();
    }

    public Stage stage() {
        return stage;
    }

    /** The poller's current period (tests). */
    Duration pollPeriod() {
        return poller.pollInterval();
    }

    /** The metrics endpoint (tests: which port it is on). */
    MetricsEndpoint metrics() {
        return metrics;
    }

    /** Stops polling, watching and the metrics endpoint, closes the details windows. */
    public void close() {
        metrics.stop();
        poller.shutdown();
        if (watch != null) {
            watch.close();
        }
        background.close();
        details.closeAll();
    }
}
