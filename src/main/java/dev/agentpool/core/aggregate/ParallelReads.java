package dev.agentpool.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Runs a read for each item, split into at most {@code parallelism} contiguous chunks of at least {@code minChunk}
 * items on an injected executor (core never starts threads; the CLI or the UI passes a small pool). With
 * {@link #sequential()}, or fewer than two chunks' worth of items, everything runs on the calling thread. Results keep
 * the order of the items.
 *
 * <p>{@code minChunk} is the caller's: a warm JVM gains from a second thread at a few hundred files, while a fresh
 * one does not until thousands — each thread runs the same code in the interpreter until the JIT has compiled it, and
 * the JIT's own thread needs a core (docs/benchmarks.md, "branch perf-agg2").
 */
public record ParallelReads(Executor executor, int parallelism, int minChunk) {

    /** The chunk size of a long-lived process. */
    public static final int DEFAULT_MIN_CHUNK = 64;

    public ParallelReads {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be ≥ 1, was " + parallelism);
        }
        if (minChunk < 1) {
            throw new IllegalArgumentException("minChunk must be ≥ 1, was " + minChunk);
        }
    }

    public ParallelReads(Executor executor, int parallelism) {
        this(executor, parallelism, DEFAULT_MIN_CHUNK);
    }

    /** Runs a task on the calling thread; a class, not {@code Runnable::run}: no method-handle bootstrap (statusline). */
    private static final java.util.concurrent.Executor CALLER = new java.util.concurrent.Executor() {
        @Override
        public void execute(Runnable task) {
            task.run();
        }
    };

    public static ParallelReads sequential() {
        return new ParallelReads(CALLER, 1);
    }

    /** {@code read} applied to every item; exceptions from {@code read} propagate (readers must not throw). */
    public <T, R> List<R> map(List<T> items, Function<T, R> read) {
        return map(items, read, 1);
    }

    /**
     * {@link #map(List, Function)} for items that each cost about {@code weight} file reads (an instance's assembly
     * looks at its four files): chunks of at least {@code minChunk / weight} items.
     */
    public <T, R> List<R> map(List<T> items, Function<T, R> read, int weight) {
        int chunks = (int) Math.min(parallelism, Math.max(1, (long) items.size() * weight / minChunk));
        if (chunks == 1) { // a loop, not a stream: the statusline JVM takes this branch
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(read.apply(item));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        List<CompletableFuture<List<R>>> parts = new ArrayList<>(chunks);
        int size = (items.size() + chunks - 1) / chunks;
        for (int from = 0; from < items.size(); from += size) {
            List<T> slice = items.subList(from, Math.min(items.size(), from + size));
            parts.add(CompletableFuture.supplyAsync(new Chunk<>(slice, read), executor));
        }
        List<R> out = new ArrayList<>(items.size());
        for (CompletableFuture<List<R>> part : parts) {
            out.addAll(part.join());
        }
        return out;
    }

    /** One chunk's reads in order; a class and a loop, not a lambda and a stream: no method-handle bootstrap. */
    private static final class Chunk<T, R> implements java.util.function.Supplier<List<R>> {
        private final List<T> slice;
        private final Function<T, R> read;

        Chunk(List<T> slice, Function<T, R> read) {
            this.slice = slice;
            this.read = read;
        }

        @Override
        public List<R> get() {
            List<R> out = new ArrayList<>(slice.size());
            for (T item : slice) {
                out.add(read.apply(item));
            }
            return java.util.Collections.unmodifiableList(out);
        }
    }
}
