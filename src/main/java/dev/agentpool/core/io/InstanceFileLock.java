package dev.agentpool.core.io;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.StateLayout;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock for the read-modify-write updates of one instance (or of shared mode), held on the sidecar
 * {@code locks/<ID>.lck} ({@code locks/shared.lck}), a file that is never renamed, so the lock stays valid while
 * the data files are replaced atomically. Works across processes (OS file lock) and across threads of one JVM
 * (an in-JVM lock per path first, because the JVM refuses overlapping file locks with
 * {@link java.nio.channels.OverlappingFileLockException}).
 *
 * <p>Blocks until acquired. Not reentrant: a thread that already holds the lock for a path gets an
 * {@link IllegalStateException} instead of a deadlock. Close it on the thread that acquired it (try-with-resources).
 */
public final class InstanceFileLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private InstanceFileLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Locks the sidecar of {@code id} (or the shared one when empty) in {@code layout}. */
    public static InstanceFileLock acquire(StateLayout layout, Optional<InstanceId> id) throws IOException {
        return acquire(layout.sidecarLockPath(id));
    }

    /** Locks {@code lockFile}, creating it (and its directory) when missing. */
    public static InstanceFileLock acquire(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock threadLock = IN_JVM.get(key);
        if (threadLock == null) { // not computeIfAbsent(k -> ...): no lambda bootstrap in a hook JVM
            ReentrantLock fresh = new ReentrantLock();
            ReentrantLock raced = IN_JVM.putIfAbsent(key, fresh);
            threadLock = raced != null ? raced : fresh;
        }
        if (threadLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("this thread already holds the lock " + key);
        }
        threadLock.lock();
        try {
            // Files.createDirectories on an existing directory fails a mkdir and throws and catches two exceptions
            // first: a stat is cheaper in the hook JVM that takes this lock once
            if (!Files.isDirectory(key.getParent())) {
                Files.createDirectories(key.getParent());
            }
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new InstanceFileLock(threadLock, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
        } finally {
            try {
                channel.close();
            } finally {
                threadLock.unlock();
            }
        }
    }
}
