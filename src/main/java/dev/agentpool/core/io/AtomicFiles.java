package dev.agentpool.core.io;

import dev.agentpool.core.json.Charsets;
import dev.agentpool.core.json.Numbers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Replaces a file so that readers see either the old or the new content, never half a file: the bytes go to a
 * temp file in the same directory, are fsynced, then renamed over the target (then the directory is fsynced,
 * best effort; {@link #replace} leaves that out). Temp names look like {@code .<name>.<16 hex>.tmp}: they start with a dot, so they never match a
 * per-instance name of {@code StateLayout} and scans and cleanup ignore them ({@link #isTempName}).
 *
 * <p>Not a lock: concurrent read-modify-write callers hold an {@link InstanceFileLock} around their update.
 */
public final class AtomicFiles {

    /**
     * Per-JVM sequence: with the pid and the time it makes temp names unique without SecureRandom. A synchronized
     * counter, not an AtomicLong: one JDK class less in a hook JVM (the statusline loads it later anyway, with the
     * direct buffers of its scan reads).
     */
    private static long sequence;

    private AtomicFiles() {
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(Charsets.UTF_8));
    }

    /** Atomically replaces (or creates) {@code target} with {@code bytes}; a symlink at target is replaced, not followed. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = replace(target, bytes);
        syncDirectory(dir);
    }

    /** {@link #replace} of {@code text} in UTF-8. */
    public static void replaceString(Path target, String text) throws IOException {
        replace(target, text.getBytes(Charsets.UTF_8));
    }

    /**
     * {@link #write} without the directory fsync after the rename: for the state files of running processes
     * (heartbeats, counters, activity) that the hook and statusline commands rewrite many times a minute. The
     * content is fsynced before the rename either way, so readers, and the directory after a crash, see the old
     * file or the new one, each whole; what the directory fsync adds is only that the rename itself survives a power
     * loss or kernel crash. Such a crash ends every Claude Code process, so the instances are stale then whatever
     * their last update said, and a live instance's next event rewrites its files anyway. It saves an open, a
     * journal commit and a close per file (docs/benchmarks.md, perf-hot2). Returns the directory.
     */
    public static Path replace(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve(tempName(target.getFileName().toString()));
        boolean moved = false;
        try {
            try (FileChannel ch = openPrivate(temp)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            move(temp, target);
            moved = true;
        } finally {
            if (!moved) { // renamed: there is no temp file left to delete
                Files.deleteIfExists(temp);
            }
        }
        return dir;
    }

    /** True for names made by {@link #write} for its temp files (leftovers of a crash may be deleted). */
    public static boolean isTempName(String fileName) {
        return fileName.startsWith(".") && fileName.endsWith(".tmp") && fileName.length() > 22;
    }

    static String tempName(String targetName) {
        // Not SecureRandom: seeding it costs a short-lived hook JVM tens of milliseconds. pid, time and a sequence are
        // unique enough, and CREATE_NEW turns the unlikely clash into an error instead of a shared temp file.
        long bits = (Pid.VALUE << 40) ^ System.nanoTime() ^ (nextSequence() << 52);
        return "." + targetName + "." + Numbers.hexDigits(bits, 16) + ".tmp";
    }

    private static synchronized long nextSequence() {
        return ++sequence;
    }

    /**
     * This process's pid, from the {@code /proc/self} link where there is one: {@code ProcessHandle.current()}
     * initialises the JDK's process-reaper thread pool (built with lambdas), milliseconds in a hook JVM.
     */
    private static final class Pid {
        static final long VALUE = pid();

        private static long pid() {
            try {
                Path self = Path.of("/proc/self");
                if (Files.isSymbolicLink(self)) {
                    return Long.parseLong(Files.readSymbolicLink(self).toString());
                }
            } catch (IOException | RuntimeException e) {
                // not Linux procfs: ask the JDK
            }
            return ProcessHandle.current().pid();
        }
    }

    /** Not EnumSet: its first use asks the enum for its constants by reflection, a dozen classes in a hook JVM. */
    private static java.util.Set<StandardOpenOption> openOptions() {
        return java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Mode 0600 at creation (built once, not per file written): "rw-------", without EnumSet. The attribute
     * {@code PosixFilePermissions.asFileAttribute} would make, by hand: the same name and permissions, without that
     * class, its anonymous attribute and the unmodifiable set it wraps the copy in (three classes in every writing
     * hook and statusline JVM).
     */
    private static final FileAttribute<java.util.Set<PosixFilePermission>> PRIVATE_FILE = new PrivateFile();

    private static final class PrivateFile implements FileAttribute<java.util.Set<PosixFilePermission>> {
        private static final java.util.Set<PosixFilePermission> OWNER_READ_WRITE = java.util.Set.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        @Override
        public String name() {
            return "posix:permissions";
        }

        @Override
        public java.util.Set<PosixFilePermission> value() {
            return OWNER_READ_WRITE;
        }
    }

    /**
     * The new temp file, mode 0600 where the file system has POSIX permissions. A file system without them refuses
     * the attribute with {@link UnsupportedOperationException} before creating anything: then without it. (Not
     * {@code supportedFileAttributeViews().contains("posix")} first: that list costs a hook JVM a few classes more.)
     */
    private static FileChannel openPrivate(Path temp) throws IOException {
        try {
            return FileChannel.open(temp, openOptions(), PRIVATE_FILE);
        } catch (UnsupportedOperationException noPosix) {
            return FileChannel.open(temp, openOptions());
        }
    }

    /**
     * Renames temp over target. First java.io's renameTo, the same rename(2) as an ATOMIC_MOVE (it replaces the
     * target, a symlink at target included, never following it) without Files.move's copy-option and UnixCopyFile
     * classes; when it refuses (it tells no reason) or the path is not java.io's, Files.move does the move or throws
     * the reason.
     */
    private static void move(Path temp, Path target) throws IOException {
        try {
            if (temp.toFile().renameTo(target.toFile())) {
                return;
            }
        } catch (UnsupportedOperationException notDefaultFileSystem) {
            // Files.move below
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (rare network mounts) cannot rename atomically; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; directories cannot be opened for sync on every platform (Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort by design: the data itself is already fsynced
        }
    }
}
