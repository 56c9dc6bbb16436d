package dev.agentpool.ui.poll;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Watches the state directory and its {@code instances/} folder and calls {@code onChange} after a burst of file
 * events has settled: when no event came for {@code quiet}, or at the latest {@code maxDelay} after the first
 * event (so constant writing still refreshes). It only triggers early scans; the poller's period catches whatever
 * a watch misses (overflow, network file systems, a directory created later). Directories that do not exist yet
 * are registered once they appear. One daemon thread; {@code onChange} runs on it and must be quick.
 */
public final class DirectoryWatch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DirectoryWatch.class.getName());
    private static final Duration RETRY = Duration.ofSeconds(2);
    /**
     * At most one early scan per half second: 100 windows heartbeating write a few files every second, and without a
     * gap each write could cost a scan. Half a second keeps change → screen under the 1 s target.
     */
    static final Duration MIN_GAP = Duration.ofMillis(500);

    private final List<Path> dirs;
    private final Duration quiet;
    private final Duration maxDelay;
    private final Runnable onChange;
    private final WatchService service;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;
    private long lastFiredNanos = System.nanoTime() - MIN_GAP.toNanos();

    public DirectoryWatch(Path dir, Duration quiet, Duration maxDelay, Runnable onChange) throws IOException {
        this.dirs = List.of(dir, dir.resolve("instances"));
        this.quiet = quiet;
        this.maxDelay = maxDelay;
        this.onChange = onChange;
        this.service = dir.getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "agentpool-dir-watch");
        thread.setDaemon(true);
    }

    public DirectoryWatch start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            while (!closed) {
                registerMissing();
                WatchKey first = service.poll(keys.size() == dirs.size() ? 60 : RETRY.toSeconds(), TimeUnit.SECONDS);
                if (first != null) {
                    drain(first);
                    settle();
                    keepGap();
                    lastFiredNanos = System.nanoTime();
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "directory watch stopped; the periodic poll continues", e);
        }
    }

    /** Swallows the rest of a burst: waits until events stop for {@code quiet}, at most {@code maxDelay}. */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + maxDelay.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            WatchKey next = service.poll(Math.min(left, quiet.toNanos()), TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            drain(next);
        }
    }

    /** Swallows further events until {@link #MIN_GAP} has passed since the last early scan. */
    private void keepGap() throws InterruptedException {
        long until = lastFiredNanos + MIN_GAP.toNanos();
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            WatchKey next = service.poll(left, TimeUnit.NANOSECONDS);
            if (next != null) {
                drain(next);
            }
        }
    }

    private void drain(WatchKey key) {
        key.pollEvents();
        if (!key.reset()) {
            keys.values().remove(key);
        }
        // register a just-created instances/ before the scan runs, so nothing written after that scan is missed
        registerMissing();
    }

    private void registerMissing() {
        for (Path dir : dirs) {
            if (!keys.containsKey(dir) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    keys.put(dir, dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "cannot watch " + dir + ": " + e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the watch service: " + e.getMessage());
        }
        thread.interrupt();
    }
}
