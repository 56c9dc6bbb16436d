package dev.agentpool.ui.poll;

import dev.agentpool.core.model.Snapshot;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The one periodic job that feeds the UI (Cryptomator's VaultStats pattern): a {@link ScheduledService} around a
 * plain {@link SnapshotSource}, one daemon thread, results copied into properties on the FX thread in
 * {@link #succeeded()}. {@link #refreshNow()} (from the directory watch, any thread) runs a scan early; a scan in
 * progress is never interrupted (that would abort its file reads), the early scan follows it instead.
 */
public final class SnapshotPoller extends ScheduledService<Snapshot> {

    private static final System.Logger LOG = System.getLogger(SnapshotPoller.class.getName());

    private final SnapshotSource source;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "agentpool-poller");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final ReadOnlyObjectWrapper<Snapshot> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean rescanRequested;
    private String lastLoggedError = "";

    public SnapshotPoller(SnapshotSource source, java.time.Duration period) {
        this.source = source;
        setPollInterval(period);
        setExecutor(thread);
    }

    @Override
    protected Task<Snapshot> createTask() {
        return new Task<>() {
            @Override
            protected Snapshot call() throws Exception {
                Snapshot snapshot = source.load();
                if (snapshot == null) {
                    throw new java.io.IOException("the scan returned nothing");
                }
                return snapshot;
            }
        };
    }

    // ScheduledService.succeeded()/failed() reset the value and exception while rescheduling: read them first
    @Override
    protected void succeeded() {
        latest.set(getValue());
        error.set("");
        lastLoggedError = "";
        super.succeeded();
        runRequestedRescan();
    }

    @Override
    protected void failed() {
        Throwable cause = getException();
        String message = cause == null ? "unknown error" : cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (!message.equals(lastLoggedError)) {
            // once per distinct failure: a missing directory would otherwise log every period
            LOG.log(System.Logger.Level.WARNING, "scan of the state directory failed: " + message, cause);
            lastLoggedError = message;
        }
        error.set(message);
        super.failed();
        runRequestedRescan();
    }

    /** Scans as soon as possible. Safe from any thread; bursts collapse into one scan. */
    public void refreshNow() {
        if (Platform.isFxApplicationThread()) {
            refreshOnFxThread();
        } else {
            Platform.runLater(this::refreshOnFxThread);
        }
    }

    private void refreshOnFxThread() {
        switch (getState()) {
            case RUNNING -> rescanRequested = true;
            case SCHEDULED -> {
                // Service.restart() alone leaves ScheduledService's delay timer armed (a second scan would follow
                // and an assertion trips); ScheduledService.cancel() disarms it first
                cancel();
                restart();
            }
            case READY, CANCELLED -> { }
            default -> rescanRequested = true;
        }
    }

    private void runRequestedRescan() {
        if (rescanRequested) {
            rescanRequested = false;
            // one pulse later, once ScheduledService has finished rescheduling, replace the delay with a scan now
            Platform.runLater(this::refreshOnFxThread);
        }
    }

    /**
     * Changes how often the directory is rescanned; the next scan is waited for with the new period. FX thread
     * (like every ScheduledService property).
     */
    public void setPollInterval(java.time.Duration period) {
        setPeriod(Duration.millis(period.toMillis()));
    }

    /** Stops polling and ends the poller thread. */
    public void shutdown() {
        cancel();
        thread.shutdownNow();
    }

    /** The latest successful scan; null before the first. FX thread. */
    public ReadOnlyObjectProperty<Snapshot> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Why the latest scan failed; empty after a successful one. FX thread. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
