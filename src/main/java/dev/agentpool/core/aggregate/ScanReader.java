package dev.agentpool.core.aggregate;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
 * files a second stat per file is measurable. Decoding and JSON parsing are {@link SafeFiles}'. Never throws for a
 * bad file.
 */
public final class ScanReader {

    private static final Set<OpenOption> READ_NO_FOLLOW = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private ScanReader() {
    }

    /** The bytes of {@code file} with its modification time, or the reason it was refused. */
    public static FileRead<byte[]> readBytes(Path file) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
        } catch (IOException | SecurityException e) {
            return new FileRead<>(file, null, Outcome.failed(SafeFiles.reason(e)));
        }
        java.time.Instant modified = attrs.lastModifiedTime().toInstant();
        String refusal = refusal(attrs);
        if (refusal != null) {
            return new FileRead<>(file, modified, Outcome.failed(refusal));
        }
        try {
            return new FileRead<>(file, modified, readCapped(file, (int) attrs.size()));
        } catch (IOException | SecurityException e) {
            return new FileRead<>(file, modified, Outcome.failed(SafeFiles.reason(e)));
        }
    }

    /** The text of {@code file} (strict UTF-8). */
    public static FileRead<String> readText(Path file) {
        FileRead<byte[]> bytes = readBytes(file); // no method reference: statusline hot path
        return bytes.isOk() ? bytes.then(decode(bytes.value())) : bytes.failure();
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

    private static Outcome<byte[]> readCapped(Path file, int expectedSize) throws IOException {
        // NOFOLLOW_LINKS again at open time: the name may have been swapped for a link since the stat.
        try (FileChannel ch = FileChannel.open(file, READ_NO_FOLLOW)) {
            ByteBuffer buf = ByteBuffer.allocate(expectedSize + 1);
            // A short read of a regular file means end of file: one read() for the usual case, not two.
            while (ch.read(buf) > 0 && !buf.hasRemaining()) {
                if (buf.capacity() > SafeFiles.MAX_BYTES) {
                    return Outcome.failed("too large (grew beyond " + SafeFiles.MAX_BYTES + " bytes while read)");
                }
                buf = ByteBuffer.allocate(Math.min(SafeFiles.MAX_BYTES + 1, buf.capacity() * 2)).put(buf.flip());
            }
            return Outcome.ok(Arrays.copyOf(buf.array(), buf.position()));
        }
    }

    /** Strict UTF-8; pure ASCII (nearly every state file) skips the decoder, which costs more than the read. */
    static Outcome<String> decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return SafeFiles.decodeUtf8(bytes);
            }
        }
        return Outcome.ok(new String(bytes, StandardCharsets.ISO_8859_1));
    }
}
