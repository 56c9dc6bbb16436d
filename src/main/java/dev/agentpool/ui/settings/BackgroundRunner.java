package dev.agentpool.ui.settings;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work off the FX thread and hands the outcome back on it. ViewModels take one of these instead of
 * calling {@code Platform.runLater}, so tests can pass {@link #sameThread()}.
 */
public interface BackgroundRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs everything at once on the calling thread (tests). */
    static BackgroundRunner sameThread() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
