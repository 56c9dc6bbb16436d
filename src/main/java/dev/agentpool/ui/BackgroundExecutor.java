package dev.agentpool.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs I/O for the UI off the FX thread and hands the outcome back on it (JabRef's TaskExecutor idea). ViewModels
 * take one of these instead of calling {@code Platform.runLater}; tests pass a same-thread implementation.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} in the background, then exactly one of {@code onSuccess} / {@code onFailure} on the FX
     * thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
