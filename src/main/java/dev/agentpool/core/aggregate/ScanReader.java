package dev.agentpool.core.aggregate;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;

/**
 * Reads one small file for a scan with the rules of {@link SafeFiles} (regular files only, never through a symbolic
 * link, size-capped, strict UTF-8) but with ONE stat: the scan needs the modification time anyway, and at 40,000
 * files a second stat per file is measurable. The type is checked before the open, so a FIFO is never opened (an
 * open would block). Each reading thread reuses one buffer, so a file costs no allocation beyond its text. Decoding
 * and JSON parsing are {@link SafeFiles}'. Never throws for a bad file.
 */
public final class ScanReader {

    private static final Set<OpenOption> READ_NO_FOLLOW = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};
    /** Big enough for every state file we write; a bigger one gets a buffer of its own. */
    private static final int BUFFER_BYTES = 16 * 1024;
    /** One read buffer per scan thread (a subclass, not withInitial(lambda): no method-handle bootstrap). */
    private static final ThreadLocal<ByteBuffer> BUFFER = new ThreadLocal<>() {
        @Override
        protected ByteBuffer initialValue() {
            return ByteBuffer.allocate(BUFFER_BYTES);
        }
    };

    private ScanReader() {
    }

    /** One lstat of a file: its attributes, or the reason it could not be stat'ed at all. */
    record Stat(Path file, BasicFileAttributes attrs, String failure) {

        /** Same size, modification time and file key (inode) as {@code other}: most likely the same content. */
        boolean sameAs(Stat other) {
            return other != null && attrs != null && other.attrs != null && attrs.size() == other.attrs.size()
                    && attrs.lastModifiedTime().equals(other.attrs.lastModifiedTime())
                    && java.util.Objects.equals(attrs.fileKey(), other.attrs.fileKey());
        }
    }

    static Stat stat(Path file) {
        try {
            return new Stat(file, Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW), null);
        } catch (IOException | SecurityException e) {
            return new Stat(file, null, SafeFiles.reason(e));
        }
    }

    /**
     * The content for a decoder: when it is pure ASCII (nearly every state file), this thread's read buffer itself
     * (the content is {@code [0, position)}; valid only until this thread's next read, so decode it at once), else
     * its text (strict UTF-8, or the refusal). No copy of the bytes, no String of the whole text.
     */
    static FileRead<Object> readForDecoding(Stat stat) {
        if (stat.attrs() == null) {
            return new FileRead<>(stat.file(), null, Outcome.failed(stat.failure()));
        }
        BasicFileAttributes attrs = stat.attrs();
        java.time.Instant modified = attrs.lastModifiedTime().toInstant();
        String refusal = refusal(attrs);
        if (refusal != null) {
            return new FileRead<>(stat.file(), modified, Outcome.failed(refusal));
        }
        try {
            return new FileRead<>(stat.file(), modified, readCapped(stat.file(), (int) attrs.size()));
        } catch (IOException | SecurityException e) {
            return new FileRead<>(stat.file(), modified, Outcome.failed(SafeFiles.reason(e)));
        }
    }

    private static String refusal(BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return "is a symbolic link (not followed)";
        }
        if (attrs.isDirectory()) {
            return "is a directory";
        }
        if (!attrs.isRegularFile()) {
            return "is not a regular file (FIFO, device or socket)";
        }
        if (attrs.size() > SafeFiles.MAX_BYTES) {
            return "too large (" + attrs.size() + " bytes, at most " + SafeFiles.MAX_BYTES + ")";
        }
        return null;
    }

    /** This thread's buffer when the content is pure ASCII, else its strict UTF-8 text (or why it is not). */
    private static Outcome<Object> readCapped(Path file, int expectedSize) throws IOException {
        // NOFOLLOW_LINKS again at open time: the name may have been swapped for a link since the stat.
        try (FileChannel ch = FileChannel.open(file, READ_NO_FOLLOW)) {
            ByteBuffer buf = expectedSize < BUFFER_BYTES ? BUFFER.get().clear() : ByteBuffer.allocate(expectedSize + 1);
            // A short read of a regular file means end of file: one read() for the usual case, not two.
            while (ch.read(buf) > 0 && !buf.hasRemaining()) {
                if (buf.capacity() > SafeFiles.MAX_BYTES) {
                    return Outcome.failed("too large (grew beyond " + SafeFiles.MAX_BYTES + " bytes while read)");
                }
                buf = ByteBuffer.allocate(Math.min(SafeFiles.MAX_BYTES + 1, buf.capacity() * 2)).put(buf.flip());
            }
            byte[] bytes = buf.array();
            int n = buf.position();
            if (isAscii(bytes, n)) {
                return Outcome.ok(buf);
            }
            Outcome<String> text = SafeFiles.decodeUtf8(Arrays.copyOf(bytes, n));
            return text.isOk() ? Outcome.ok(text.value()) : Outcome.failed(text.reason());
        }
    }

    private static boolean isAscii(byte[] bytes, int n) {
        for (int i = 0; i < n; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
