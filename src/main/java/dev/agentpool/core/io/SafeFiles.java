package dev.agentpool.core.io;

import dev.agentpool.core.json.Charsets;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonException;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads small files of the state directory without trusting them. Only regular files are read (never through a
 * symbolic link, never a FIFO, device or directory), at most {@link #MAX_BYTES} bytes, text must be valid UTF-8.
 * Every failure is an {@link Outcome} with a human reason; nothing here throws for a bad file.
 *
 * <p>Known gap: a regular file swapped for a FIFO between the attribute check and the open could block the open;
 * Java offers no O_NONBLOCK. Likewise a name swapped for a symbolic link after the check and swapped back before
 * the check after the read would have its link followed unnoticed (the read opens with java.io, see
 * {@code readCapped}); that takes a second rename of the original file within microseconds. The state directory is
 * private (0700), so only its owner could do either.
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
            // a writer's atomic rename between the check and the open is normal: read the new file then
            for (int attempt = 1; ; attempt++) {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String refusal = refusal(attrs, maxBytes);
                if (refusal != null) {
                    return Outcome.failed(refusal);
                }
                byte[] bytes;
                try {
                    bytes = readCapped(file, attrs.size(), maxBytes);
                } catch (FileNotFoundException e) {
                    // java.io says "not found" for gone and refused alike: the NIO open names the reason
                    IOException why = openFailure(file);
                    if (why != null || attempt == MAX_ATTEMPTS) {
                        return Outcome.failed(why != null ? reason(why) : reason(e));
                    }
                    continue; // there again (replaced meanwhile): check it again
                }
                if (bytes == null) {
                    return Outcome.failed("too large (grew beyond " + maxBytes + " bytes while read)");
                }
                if (sameFile(file, attrs)) {
                    return Outcome.ok(bytes);
                }
                if (attempt == MAX_ATTEMPTS) {
                    return Outcome.failed(REPLACED);
                }
            }
        } catch (IOException | SecurityException e) {
            return Outcome.failed(reason(e));
        }
    }

    /** Why a plain {@code NOFOLLOW_LINKS} open of {@code file} fails (the JDK's exception), null when it does not. */
    private static IOException openFailure(Path file) {
        try {
            Files.newByteChannel(file, java.nio.file.StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS).close();
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** Reads of a file that is replaced again and again while read give up after this many tries. */
    private static final int MAX_ATTEMPTS = 3;

    static final String REPLACED = "replaced while read (tried " + MAX_ATTEMPTS + " times)";

    /** The text of {@code file}, which must be valid UTF-8 (binary garbage is refused with a reason). */
    public static Outcome<String> readText(Path file) {
        return readText(file, MAX_BYTES);
    }

    /** {@link #readText(Path)} of a file of at most {@code maxBytes} bytes. */
    public static Outcome<String> readText(Path file, int maxBytes) {
        // no flatMap/method reference: this runs in every hook JVM, where a lambda's bootstrap costs milliseconds
        Outcome<byte[]> bytes = readBytes(file, maxBytes);
        return bytes.isOk() ? decodeUtf8(bytes.value()) : Outcome.failed(bytes.reason());
    }

    /** The JSON object in {@code file}; malformed JSON or another JSON type is a failure with the parser's reason. */
    public static Outcome<Map<String, Object>> readJsonObject(Path file) {
        return parseObject(readText(file));
    }

    /** {@link #parseObject(String)} of a file's text, or the reason it could not be read ({@link #readText}). */
    public static Outcome<Map<String, Object>> parseObject(Outcome<String> text) {
        // no flatMap(lambda): the codecs decode through this in every hook JVM, where a lambda's bootstrap costs ms
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

    /** {@code bytes} as text if they are valid UTF-8, else a failure. */
    public static Outcome<String> decodeUtf8(byte[] bytes) {
        // The String constructor's own UTF-8 decoding (no CharsetDecoder, CharBuffer and friends to load in a hook
        // JVM) replaces each malformed sequence with U+FFFD by the same rules the strict decoder reports it with:
        // without a U+FFFD in its result the bytes were valid. Text that really holds U+FFFD goes the strict way.
        String fast = new String(bytes, Charsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return Outcome.ok(fast);
        }
        try {
            return Outcome.ok(Charsets.UTF_8.newDecoder()
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

    /**
     * At most {@code maxBytes} bytes of {@code file}, null when it holds more. Through {@link FileInputStream}, not a
     * {@code FileChannel} opened with {@code NOFOLLOW_LINKS}: the first channel of a JVM loads and initialises
     * {@code libnet} and a dozen {@code sun.nio.ch} classes, about 1 ms of a hook that otherwise needs none (a
     * repeated event reads and writes nothing else). java.io follows a symbolic link at open time, so
     * {@link #sameFile} checks afterwards that the name is still the regular file checked before the open.
     */
    private static byte[] readCapped(Path file, long expectedSize, int maxBytes) throws IOException {
        try (InputStream in = new FileInputStream(file.toFile())) {
            int first = (int) Math.min(maxBytes + 1L, Math.max(expectedSize + 1, 64));
            byte[] bytes = in.readNBytes(first);
            if (bytes.length < first) {
                return bytes; // end of file reached
            }
            if (first > maxBytes) {
                return null;
            }
            // larger than it was when checked: read on up to the cap
            byte[] rest = in.readNBytes(maxBytes + 1 - first);
            if (first + rest.length > maxBytes) {
                return null;
            }
            byte[] all = Arrays.copyOf(bytes, first + rest.length);
            System.arraycopy(rest, 0, all, first, rest.length);
            return all;
        }
    }

    /**
     * Whether {@code file} is still the regular, non-symlink file {@code checked} describes (same file key: device and
     * inode). A name swapped for a symbolic link between the check and the open was followed by the open: the bytes
     * read are then dropped. A regular file renamed over the name meanwhile (a writer's atomic replace) gives another
     * key, and the caller reads again.
     */
    private static boolean sameFile(Path file, BasicFileAttributes checked) throws IOException {
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // no file key (Windows): no inode to compare, and no symbolic link a user can make without privileges there
        return now.isRegularFile() && !now.isSymbolicLink()
                && (checked.fileKey() == null || checked.fileKey().equals(now.fileKey()));
    }
}
