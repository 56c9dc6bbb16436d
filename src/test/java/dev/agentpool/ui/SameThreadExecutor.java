package dev.agentpool.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work on the calling thread, optionally held until {@link #runHeld()} (to see "busy" states). */
public final class SameThreadExecutor implements BackgroundExecutor {

    private final Deque<Runnable> held = new ArrayDeque<>();
    private boolean hold;

    public SameThreadExecutor holding() {
        hold = true;
        return this;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Runnable job = () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        };
        if (hold) {
            held.add(job);
        } else {
            job.run();
        }
    }

    public void runHeld() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }
}
