package dev.agentpool.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for the UI with a deadline (never a sleep): polls a condition, with a readable failure. */
public final class FxWait {

    /** Generous: the build machine is shared and loaded; a passing run takes far less. */
    public static final int SECONDS = 20;

    private FxWait() {
    }

    /** Closes the monitor window and hides every other window it opened (details, dialogs), on the FX thread. */
    public static void closeAll(MonitorWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.close();
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide);
        }).get();
    }

    /** A cleaner for tests that must never clean up: any call fails the test. */
    public static dev.agentpool.ui.stale.StaleCleaner noCleanup() {
        return new dev.agentpool.ui.stale.StaleCleaner() {
            @Override
            public dev.agentpool.ui.stale.CleanupRequest plan(dev.agentpool.ui.stale.CleanupRequest wanted) {
                throw new AssertionError("no cleanup in these tests");
            }

            @Override
            public dev.agentpool.ui.stale.CleanupReport clean(dev.agentpool.ui.stale.CleanupRequest planned) {
                throw new AssertionError("no cleanup in these tests");
            }
        };
    }

    public static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (RuntimeException e) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + SECONDS + " s waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
