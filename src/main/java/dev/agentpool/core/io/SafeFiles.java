package dev.agentpool.core.io;

import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads small files of the state directory without trusting them. Only regular files are read (never through a
 * symbolic link, never a FIFO, device or directory), at most {@link #MAX_BYTES} bytes, text must be valid UTF-8.
 * Every failure is an {@link Outcome} with a human reason; nothing here throws for a bad file.
 *
 * <p>Known gap: a regular file swapped for a FIFO between the attribute check and the open could block the open;
 * Java offers no O_NONBLOCK. The state directory is private (0700), so only its owner could do that.
 */
public final class SafeFiles {

    /** The size cap: real state files are well under 4 KiB. */
    public static final int MAX_BYTES = 1 << 20;

    private SafeFiles() {
    }

    public static Outcome<byte[]> readBytes(Path file) {
        return readBytes(file, MAX_BYTES);
    }

    /** The reason of a failed read when the file is simply not there (callers treat that as "empty", not a problem). */
    public static final String MISSING = "does not exist";

    /** The reason for a failed read, in the words every reader of the state directory reports. */
    public static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return MISSING;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot be read: " + e.getMessage();
    }

    /** The bytes of {@code file} if it is a regular, non-symlink file of at most {@code maxBytes} bytes. */
    public static Outcome<byte[]> readBytes(Path file, int maxBytes) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String refusal = refusal(attrs, maxBytes);
            if (refusal != null) {
                return Outcome.failed(refusal);
            }
            return readCapped(file, maxBytes);
        } catch (IOException | SecurityException e) {
            return Outcome.failed(reason(e));
        }
    }

    /** The text of {@code file}, which must be valid UTF-8 (binary garbage is refused with a reason). */
    public static Outcome<String> readText(Path file) {
        // no flatMap/method reference: this runs in every hook JVM, where a lambda's bootstrap costs milliseconds
        Outcome<byte[]> bytes = readBytes(file);
        return bytes.isOk() ? decodeUtf8(bytes.value()) : Outcome.failed(bytes.reason());
    }

    /** The JSON object in {@code file}; malformed JSON or another JSON type is a failure with the parser's reason. */
    public static Outcome<Map<String, Object>> readJsonObject(Path file) {
        Outcome<String> text = readText(file);
        return text.isOk() ? parseObject(text.value()) : Outcome.failed(text.reason());
    }

    public static Outcome<Map<String, Object>> parseObject(String text) {
        try {
            return Outcome.ok(Json.parseObject(text));
        } catch (JsonException e) {
            return Outcome.failed("not valid JSON: " + e.getMessage());
        }
    }

    /** {@link #parseObject} of the pure-ASCII text in {@code bytes[0, length)} (see {@link Json#parseAscii}). */
    public static Outcome<Map<String, Object>> parseAsciiObject(byte[] bytes, int length) {
        try {
            return Outcome.ok(Json.parseAscii(bytes, length));
        } catch (JsonException e) {
            return Outcome.failed("not valid JSON: " + e.getMessage());
        }
    }

    public static Outcome<String> decodeUtf8(byte[] bytes) {
        try {
            return Outcome.ok(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Outcome.failed("not UTF-8 text (binary content?)");
        }
    }

    private static String refusal(BasicFileAttributes attrs, int maxBytes) {
        if (attrs.isSymbolicLink()) {
            return "is a symbolic link (not followed)";
        }
        if (attrs.isDirectory()) {
            return "is a directory";
        }
        if (!attrs.isRegularFile()) {
            return "is not a regular file (FIFO, device or socket)";
        }
        if (attrs.size() > maxBytes) {
            return "too large (" + attrs.size() + " bytes, at most " + maxBytes + ")";
        }
        return null;
    }

    private static Outcome<byte[]> readCapped(Path file, int maxBytes) throws IOException {
        // NOFOLLOW_LINKS again at open time: the name may have been swapped for a link since the check.
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buf = ByteBuffer.allocate(Math.min(maxBytes + 1, (int) Math.max(ch.size() + 1, 64)));
            while (true) {
                if (!buf.hasRemaining()) {
                    if (buf.capacity() > maxBytes) {
                        return Outcome.failed("too large (grew beyond " + maxBytes + " bytes while read)");
                    }
                    buf = grow(buf, maxBytes);
                }
                if (ch.read(buf) < 0) {
                    return Outcome.ok(Arrays.copyOf(buf.array(), buf.position()));
                }
            }
        }
    }

    private static ByteBuffer grow(ByteBuffer buf, int maxBytes) {
        ByteBuffer bigger = ByteBuffer.allocate((int) Math.min((long) maxBytes + 1, buf.capacity() * 2L));
        buf.flip();
        return bigger.put(buf);
    }
}
