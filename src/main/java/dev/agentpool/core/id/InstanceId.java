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
    /**
     * Lazily created, like {@link Random}: the hook and statusline JVMs check IDs by hand ({@link #isValid}) and must
     * not compile a regex or build a DateTimeFormatter just because this class is initialised.
     */
    private static final class Patterns {
        static final Pattern WHOLE = Pattern.compile(CORE);
        static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    }
    /** Lazily created: readers (aggregate, statusline) never generate IDs and should not load the security providers. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    public InstanceId {
        if (value == null || !isValid(value)) {
            throw new InvalidInstanceIdException(value);
        }
    }

    /** Parses an ID taken from outside; throws {@link InvalidInstanceIdException} with a readable reason. */
    public static InstanceId of(String text) {
        return new InstanceId(text);
    }

    /** Same language as {@code \\d{8}_\\d{6}_\\d{1,10}_[0-9a-f]{1,32}}, checked by hand: the scan checks every name. */
    public static boolean isValid(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return false;
        }
        int i = run(text, 0, false);
        if (i != 8 || !underscore(text, i)) {
            return false;
        }
        int j = run(text, 9, false);
        if (j - 9 != 6 || !underscore(text, j)) {
            return false;
        }
        int k = run(text, j + 1, false);
        if (k - j - 1 < 1 || k - j - 1 > 10 || !underscore(text, k)) {
            return false;
        }
        int end = run(text, k + 1, true);
        return end == text.length() && end - k - 1 >= 1 && end - k - 1 <= 32;
    }

    /** Index after the run of digits (or lowercase hex digits) starting at {@code from}. */
    private static int run(String text, int from, boolean hex) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(hex && c >= 'a' && c <= 'f')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean underscore(String text, int i) {
        return i < text.length() && text.charAt(i) == '_';
    }

    /** The regular expression {@link #isValid} implements (kept for tests that check the two agree). */
    static boolean matchesPattern(String text) {
        return text != null && text.length() <= MAX_LENGTH && Patterns.WHOLE.matcher(text).matches();
    }

    /** A fresh ID for {@code pid} created at local time {@code now}. */
    public static InstanceId generate(LocalDateTime now, long pid) {
        return new InstanceId(Patterns.STAMP.format(now) + "_" + pid + "_" + String.format("%08x", Random.INSTANCE.nextInt()));
    }

    /**
     * Extracts the whole ID from a file name {@code prefix + ID + suffix}, e.g.
     * {@code fromFileName("agent_usage_counter_20251116_031234_12345_abc123de.txt", "agent_usage_counter_", ".txt")}.
     * Empty when the name does not have exactly that shape.
     */
    public static Optional<InstanceId> fromFileName(String fileName, String prefix, String suffix) {
        InstanceId id = fromFileName(fileName, prefix, suffix, null);
        return id == null ? Optional.empty() : Optional.of(id);
    }

    /**
     * {@link #fromFileName(String, String, String)} (null for empty) through {@code known} (may be null): the IDs
     * already seen, by text. A scan meets each ID in four or five names; the first checks and creates it, the others
     * take the same object (and so share its hash for grouping).
     */
    public static InstanceId fromFileName(String fileName, String prefix, String suffix,
                                          java.util.Map<String, InstanceId> known) {
        if (fileName == null || !fileName.startsWith(prefix) || !fileName.endsWith(suffix)
                || fileName.length() <= prefix.length() + suffix.length()) {
            return null;
        }
        String middle = fileName.substring(prefix.length(), fileName.length() - suffix.length());
        InstanceId id = known == null ? null : known.get(middle);
        if (id == null && isValid(middle)) {
            id = new InstanceId(middle);
            if (known != null) {
                known.put(middle, id);
            }
        }
        return id;
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

    // Written out instead of the record's generated methods: those bootstrap through invokedynamic
    // (ObjectMethods), which costs a short-lived hook JVM several milliseconds on first use.
    @Override
    public boolean equals(Object o) {
        return o instanceof InstanceId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
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
