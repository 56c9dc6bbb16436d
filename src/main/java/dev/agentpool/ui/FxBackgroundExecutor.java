package dev.agentpool.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/** {@link BackgroundExecutor} on one daemon thread; results hop to the FX thread with {@code Platform.runLater}. */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxBackgroundExecutor.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "agentpool-ui-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "background task failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
