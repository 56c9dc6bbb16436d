package dev.agentpool.claude.io;

import dev.agentpool.core.json.Charsets;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a payload from a stream with a size cap, so a runaway producer cannot make a hook use unbounded memory.
 * Real payloads are a few KiB (a Stop event carries the last assistant message, capped by Claude Code at 10,000
 * characters per string).
 */
public final class BoundedInput {

    /** 1 MiB: far above any real payload. */
    public static final int MAX_BYTES = 1 << 20;

    private BoundedInput() {
    }

    /** The whole stream as UTF-8, or empty when it is longer than {@code maxBytes} (the rest is not read). */
    public static Optional<String> read(InputStream in, int maxBytes) throws IOException {
        byte[] buf = new byte[8192];
        int len = 0;
        while (true) {
            if (len == buf.length) {
                if (buf.length > maxBytes) {
                    return Optional.empty();
                }
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxBytes + 1));
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
        }
        if (len > maxBytes) {
            return Optional.empty();
        }
        return Optional.of(new String(buf, 0, len, Charsets.UTF_8));
    }
}
