package dev.agentpool.core.metrics;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.Numbers;
import java.nio.file.Path;

/**
 * The agent counter file ({@code agent_usage_counter_<ID>.txt}): a decimal whole number, optionally surrounded by
 * whitespace, nothing else. Negative, fractional, non-numeric and over-long values are refused with a reason.
 */
public final class CounterFile {

    private CounterFile() {
    }

    public static Outcome<Long> read(Path file) {
        return decode(SafeFiles.readText(file));
    }

    /** {@link #read} of a file whose text (or why it could not be read) is {@code text}. */
    public static Outcome<Long> decode(Outcome<String> text) {
        return text.isOk() ? parse(text.value()) : Outcome.failed(text.reason()); // no method reference: hot path
    }

    public static Outcome<Long> parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Outcome.failed("empty counter file");
        }
        if (t.startsWith("-") && Numbers.parseCount(t.substring(1)).isPresent()) {
            return Outcome.failed("negative count: " + Numbers.printable(t));
        }
        java.util.Optional<Long> count = Numbers.parseCount(t);
        return count.isPresent() ? Outcome.ok(count.get())
                : Outcome.failed("not a whole number ≥ 0 (at most 18 digits): " + Numbers.printable(t));
    }

    /** The file content for {@code count}, as the legacy tools write it (no newline). */
    public static String format(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
        return Long.toString(count);
    }
}
