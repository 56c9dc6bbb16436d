package dev.agentpool.ui.tray;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the tray icon in step with the app: installs it (off the FX thread, on the app's scheduler), reports once
 * when there is no tray and keeps looking for one (a tray host such as an AppIndicator extension or trayer may start
 * after us), pushes a new state only when it changed, and removes the icon on stop.
 *
 * <p>{@link #show} is called on the FX thread; listener calls are delivered through {@code fxThread}.
 */
public final class TrayController {

    static final String NO_TRAY_MESSAGE = "No system tray found: running as a normal window (closing it quits). "
            + "The tray icon is added if a tray appears later.";

    private final TrayHost host;
    private final ScheduledExecutorService scheduler;
    private final Executor fxThread;
    private final Duration retryEvery;
    private final TrayListener listener;

    private volatile TrayState current;
    private volatile boolean installed;
    private volatile boolean stopped;
    private boolean reportedMissing;
    private ScheduledFuture<?> retry;

    public TrayController(TrayHost host, ScheduledExecutorService scheduler, Executor fxThread, Duration retryEvery,
                          TrayListener listener) {
        this.host = Objects.requireNonNull(host);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.fxThread = Objects.requireNonNull(fxThread);
        this.retryEvery = Objects.requireNonNull(retryEvery);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Starts looking for a tray; {@code initial} is shown until the first {@link #show}. */
    public void start(TrayState initial) {
        current = Objects.requireNonNull(initial);
        scheduler.execute(this::attemptInstall);
    }

    /** Shows {@code state} if it differs from what is shown (the native menu is rebuilt only then). */
    public void show(TrayState state) {
        if (state.equals(current)) {
            return;
        }
        current = state;
        if (installed) {
            host.update(state);
        }
    }

    public boolean isInstalled() {
        return installed;
    }

    /** The host, for balloon messages while installed. */
    public void showMessage(String title, String text, boolean warning) {
        if (installed) {
            host.showMessage(title, text, warning);
        }
    }

    public synchronized void stop() {
        stopped = true;
        if (retry != null) {
            retry.cancel(false);
        }
        if (installed) {
            host.remove();
            installed = false;
        }
    }

    synchronized void attemptInstall() {
        if (installed || stopped) {
            return;
        }
        TrayState shown = current;
        if (host.install(shown, listener::onAction)) {
            installed = true;
            if (retry != null) {
                retry.cancel(false);
            }
            if (!current.equals(shown)) {
                host.update(current);
            }
            fxThread.execute(listener::trayInstalled);
            return;
        }
        if (!reportedMissing) {
            reportedMissing = true;
            fxThread.execute(() -> listener.trayUnavailable(NO_TRAY_MESSAGE));
        }
        if (retry == null) {
            long every = retryEvery.toMillis();
            retry = scheduler.scheduleWithFixedDelay(this::attemptInstall, every, every, TimeUnit.MILLISECONDS);
        }
    }
}
