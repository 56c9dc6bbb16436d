package dev.agentpool.ui.poll;

import dev.agentpool.core.model.Snapshot;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one periodic job that feeds the UI: one daemon thread scans the state directory every period (and early on
 * {@link #refreshNow()}), and posts a result to the FX thread <em>only when what the monitor shows changed</em>.
 * Each scan is reduced to a view key off the FX thread (see {@code SnapshotViewKey}: scan time to the minute,
 * heartbeat ages as the table words them, no file ages); a scan whose key equals the last posted one costs the FX
 * thread nothing at all: no {@code Platform.runLater}, no property change, no pulse. Every scan, posted or not, goes
 * to the {@code everyScan} consumer on the poller thread (the metrics endpoint, which must be exact) and is kept as
 * {@link #lastScan()} (the status tooltip reads it when shown).
 *
 * <p>{@link #setPublishEveryScan(boolean)} turns the filter off while a view needs exact values (a details window
 * shows the exact heartbeat age and file ages). A scan in progress is never interrupted (that would abort its file
 * reads); an early scan requested meanwhile follows it, and a burst of requests collapses into one scan.
 */
public final class SnapshotPoller {

    private static final System.Logger LOG = System.getLogger(SnapshotPoller.class.getName());

    private final SnapshotSource source;
    private final Function<Snapshot, ?> viewKey;
    private final Consumer<Snapshot> everyScan;
    private final Executor fxThread;
    private final ScheduledExecutorService thread;
    private final ReadOnlyObjectWrapper<Snapshot> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // scheduling state, guarded by this
    private Duration period;
    private ScheduledFuture<?> next;
    private boolean running;
    private boolean rescanRequested;
    private boolean started;
    private boolean stopped;
    private long lastStartNanos;

    // publishing state, poller thread only
    private Object postedKey;
    private Snapshot postedSnapshot;
    private String postedError = "";
    private volatile boolean publishEveryScan;
    private volatile boolean publishNext;
    private volatile Snapshot lastScan;

    /** A poller that posts every scan whose view key changed, via {@code Platform.runLater}. */
    public SnapshotPoller(SnapshotSource source, Duration period, Function<Snapshot, ?> viewKey,
                          Consumer<Snapshot> everyScan) {
        this(source, period, viewKey, everyScan, Platform::runLater);
    }

    /**
     * @param viewKey what of a snapshot the views show, as a value with {@code equals}; computed on the poller thread
     * @param everyScan called on the poller thread with every successful scan (must be quick and thread-safe)
     * @param fxThread runs the property updates; {@code Platform::runLater} in the app (tests may pass their own)
     */
    public SnapshotPoller(SnapshotSource source, Duration period, Function<Snapshot, ?> viewKey,
                          Consumer<Snapshot> everyScan, Executor fxThread) {
        this.source = Objects.requireNonNull(source);
        this.period = requirePositive(period);
        this.viewKey = Objects.requireNonNull(viewKey);
        this.everyScan = Objects.requireNonNull(everyScan);
        this.fxThread = Objects.requireNonNull(fxThread);
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "agentpool-poller");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.thread = executor;
    }

    /** Scans now, then every period. Any thread; a second call does nothing. */
    public synchronized void start() {
        if (started || stopped) {
            return;
        }
        started = true;
        next = thread.schedule(this::scan, 0, TimeUnit.NANOSECONDS);
    }

    /** Scans as soon as possible. Safe from any thread; bursts collapse into one scan. */
    public synchronized void refreshNow() {
        if (!started || stopped) {
            return;
        }
        if (running) {
            rescanRequested = true;
        } else if (next != null && next.cancel(false)) {
            next = thread.schedule(this::scan, 0, TimeUnit.NANOSECONDS);
        }
        // else: the scheduled scan has just begun (it takes the lock next) and reads the files after this request
    }

    /**
     * Scans as soon as possible and posts that scan even when it looks the same (e.g. new thresholds colour the same
     * data differently). Any thread.
     */
    public void refreshAndPublish() {
        publishNext = true;
        refreshNow();
    }

    /** Changes how often the directory is rescanned; the scan being waited for is rescheduled. Any thread. */
    public synchronized void setPollInterval(Duration newPeriod) {
        period = requirePositive(newPeriod);
        if (started && !stopped && !running && next != null && next.cancel(false)) {
            next = thread.schedule(this::scan, delayAfter(lastStartNanos), TimeUnit.NANOSECONDS);
        }
    }

    /** The poll period in use. */
    public synchronized Duration pollInterval() {
        return period;
    }

    /**
     * While on, every scan is posted (a view shows values the view key leaves out, e.g. exact ages); turning it on
     * scans at once, so such a view gets fresh values without waiting for the period. Any thread.
     */
    public void setPublishEveryScan(boolean on) {
        boolean was = publishEveryScan;
        publishEveryScan = on;
        if (on && !was) {
            refreshNow();
        }
    }

    /** The latest successful scan, posted or not (null before the first). Any thread. */
    public Snapshot lastScan() {
        return lastScan;
    }

    /** Stops polling and ends the poller thread. Any thread. */
    public void shutdown() {
        synchronized (this) {
            stopped = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        thread.shutdownNow();
    }

    /** The latest scan that changed what the views show; null before the first. FX thread. */
    public ReadOnlyObjectProperty<Snapshot> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Why the latest scan failed; empty after a successful one. FX thread. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void scan() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            running = true;
            next = null;
            lastStartNanos = System.nanoTime();
        }
        try {
            Snapshot snapshot = source.load();
            if (snapshot == null) {
                throw new java.io.IOException("the scan returned nothing");
            }
            succeeded(snapshot);
        } catch (Exception | LinkageError e) {
            if (Thread.currentThread().isInterrupted() && isStopped()) {
                return;
            }
            failed(e);
        } finally {
            scheduleNext();
        }
    }

    private void succeeded(Snapshot snapshot) {
        lastScan = snapshot;
        try {
            everyScan.accept(snapshot);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a scan consumer failed", e);
        }
        Object key = viewKey.apply(snapshot);
        boolean recovered = !postedError.isEmpty();
        boolean forced = publishNext;
        publishNext = false;
        if (!recovered && !forced && !publishEveryScan && key.equals(postedKey)) {
            return; // nothing the views show changed: leave the FX thread alone
        }
        postedKey = key;
        postedSnapshot = snapshot;
        postedError = "";
        fxThread.execute(() -> {
            latest.set(snapshot);
            error.set("");
        });
    }

    private void failed(Throwable cause) {
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (message.equals(postedError)) {
            return; // once per distinct failure: a missing directory would otherwise log and post every period
        }
        LOG.log(System.Logger.Level.WARNING, "scan of the state directory failed: " + message, cause);
        postedError = message;
        Snapshot fresher = lastScan != null && lastScan != postedSnapshot ? lastScan : null;
        if (fresher != null) {
            // the failure note says which data stays on screen: the last good scan, not the last posted one
            postedSnapshot = fresher;
            postedKey = viewKey.apply(fresher);
        }
        fxThread.execute(() -> {
            if (fresher != null) {
                latest.set(fresher);
            }
            error.set(message);
        });
    }

    private synchronized void scheduleNext() {
        running = false;
        if (stopped) {
            return;
        }
        long delay = rescanRequested ? 0 : delayAfter(lastStartNanos);
        rescanRequested = false;
        try {
            next = thread.schedule(this::scan, delay, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            stopped = true; // shut down meanwhile
        }
    }

    /** Like ScheduledService's period: from the start of one scan to the start of the next, never negative. */
    private long delayAfter(long startNanos) {
        return Math.max(0, startNanos + period.toNanos() - System.nanoTime());
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private static Duration requirePositive(Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive: " + period);
        }
        return period;
    }
}
