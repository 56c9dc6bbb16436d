package dev.agentpool.core.id;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An instance ID: {@code YYYYMMDD_HHMMSS_<pid>_<8 lowercase hex>}, e.g. {@code 20251116_031234_12345_abc123de}.
 *
 * <p>IDs become parts of file names, so every ID that comes from outside (CLI argument, environment, payload)
 * goes through {@link #of(String)}, which refuses anything that is not a plain ID. Legacy deployments sometimes
 * used shorter random parts (the seed guide shows {@code _abc}); {@link #of} accepts 1–32 hex digits there so
 * those directories stay readable, while {@link #generate} always writes exactly 8.
 */
public record InstanceId(String value) implements Comparable<InstanceId> {

    /** Longest ID we accept; real ones are about 31 characters. */
    public static final int MAX_LENGTH = 64;

    private static final String CORE = "\\d{8}_\\d{6}_\\d{1,10}_[0-9a-f]{1,32}";
    private static final Pattern WHOLE = Pattern.compile(CORE);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    public InstanceId {
        if (value == null || !isValid(value)) {
            throw new InvalidInstanceIdException(value);
        }
    }

    /** Parses an ID taken from outside; throws {@link InvalidInstanceIdException} with a readable reason. */
    public static InstanceId of(String text) {
        return new InstanceId(text);
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && WHOLE.matcher(text).matches();
    }

    /** A fresh ID for {@code pid} created at local time {@code now}. */
    public static InstanceId generate(LocalDateTime now, long pid) {
        return new InstanceId(STAMP.format(now) + "_" + pid + "_" + String.format("%08x", RANDOM.nextInt()));
    }

    /**
     * Extracts the whole ID from a file name {@code prefix + ID + suffix}, e.g.
     * {@code fromFileName("agent_usage_counter_20251116_031234_12345_abc123de.txt", "agent_usage_counter_", ".txt")}.
     * Empty when the name does not have exactly that shape.
     */
    public static Optional<InstanceId> fromFileName(String fileName, String prefix, String suffix) {
        if (fileName == null || !fileName.startsWith(prefix) || !fileName.endsWith(suffix)
                || fileName.length() <= prefix.length() + suffix.length()) {
            return Optional.empty();
        }
        String middle = fileName.substring(prefix.length(), fileName.length() - suffix.length());
        return isValid(middle) ? Optional.of(new InstanceId(middle)) : Optional.empty();
    }

    /** A fresh ID for {@code pid}, stamped with the local time of {@code clock}. */
    public static InstanceId generate(java.time.Clock clock, long pid) {
        return generate(LocalDateTime.now(clock), pid);
    }

    /** The process id embedded in the ID (the creating process, not necessarily the owner). */
    public long embeddedPid() {
        Matcher m = Pattern.compile("^\\d{8}_\\d{6}_(\\d+)_").matcher(value);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Override
    public int compareTo(InstanceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
