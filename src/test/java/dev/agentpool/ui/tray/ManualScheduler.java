package dev.agentpool.ui.tray;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler driven by the test: {@link #execute} runs at once, periodic jobs run on {@link #runPeriodic()}. Lets
 * the tray's retry loop be tested without threads or waiting.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final List<Job> periodic = new ArrayList<>();

    /** Runs every periodic job that is not cancelled, once. */
    public void runPeriodic() {
        for (Job job : List.copyOf(periodic)) {
            if (!job.isCancelled()) {
                job.task.run();
            }
        }
    }

    public long activePeriodicJobs() {
        return periodic.stream().filter(j -> !j.isCancelled()).count();
    }

    public long periodMillis() {
        return periodic.get(0).periodMillis;
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        Job job = new Job(command, unit.toMillis(delay));
        periodic.add(job);
        return job;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("one-shot delays are not used by the tray");
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("one-shot delays are not used by the tray");
    }

    @Override
    public void shutdown() {
        periodic.forEach(j -> j.cancel(false));
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private static final class Job implements ScheduledFuture<Object> {
        private final Runnable task;
        private final long periodMillis;
        private boolean cancelled;

        Job(Runnable task, long periodMillis) {
            this.task = task;
            this.periodMillis = periodMillis;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(periodMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterrupt) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
