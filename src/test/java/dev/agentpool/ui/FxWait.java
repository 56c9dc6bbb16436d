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
