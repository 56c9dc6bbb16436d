package dev.agentpool.core.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The timestamp formats of the state files. The legacy tools write naive local ISO-8601 with microseconds
 * ({@code 2026-11-27T22:55:32.654372}, Python's {@code datetime.now().isoformat()}) and compare naive values, so
 * legacy keys are written that way; our own keys carry an offset. Readers accept both, plus Python's space
 * separator and any fraction length.
 */
public final class Timestamps {

    /**
     * The formatters for what the hand-written paths below do not cover (years outside 0–9999, offsets with
     * seconds). Lazily created: building a DateTimeFormatter costs a hook JVM milliseconds.
     */
    private static final class Formatters {
        static final DateTimeFormatter NAIVE_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    }

    private Timestamps() {
    }

    /** Parses {@code text}; a naive time is taken to be local time in {@code zone}. Empty when not a timestamp. */
    public static Optional<Instant> parse(String text, ZoneId zone) {
        if (text == null || text.length() < 10 || text.length() > 64) {
            return Optional.empty();
        }
        Instant naive = NaiveTimestamps.parseOrNull(text, zone);
        if (naive != null) {
            return Optional.of(naive);
        }
        Instant withOffset = NaiveTimestamps.parseOffsetOrNull(text);
        if (withOffset != null) {
            return Optional.of(withOffset);
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(iso).atZone(zone).toInstant());
            } catch (DateTimeException notLocal) {
                return Optional.empty();
            }
        }
    }

    /** Legacy format: naive local time in {@code zone}, always six fraction digits. */
    public static String formatNaiveLocal(Instant instant, ZoneId zone) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        if (t.getYear() < 1 || t.getYear() > 9999) {
            return Formatters.NAIVE_MICROS.format(t);
        }
        StringBuilder sb = new StringBuilder(26);
        dateTime(sb, t);
        sb.append('.');
        pad(sb, t.getNano() / 1000, 6);
        return sb.toString();
    }

    /** Our format: ISO-8601 with the offset of {@code zone}, e.g. {@code 2026-11-27T22:55:32.654372+01:00}. */
    public static String formatWithOffset(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(instant);
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
        int total = offset.getTotalSeconds();
        if (t.getYear() < 0 || t.getYear() > 9999 || total % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
        }
        // By hand, the same text as ISO_OFFSET_DATE_TIME: seconds always, the fraction without trailing zeros (none
        // when zero), "Z" for UTC, else ±HH:MM.
        StringBuilder sb = new StringBuilder(32);
        dateTime(sb, t);
        int nano = t.getNano();
        if (nano != 0) {
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            sb.append('.');
            pad(sb, nano, digits);
        }
        if (total == 0) {
            return sb.append('Z').toString();
        }
        int abs = Math.abs(total);
        sb.append(total < 0 ? '-' : '+');
        pad(sb, abs / 3600, 2);
        sb.append(':');
        pad(sb, abs / 60 % 60, 2);
        return sb.toString();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} for a year in 0–9999. */
    private static void dateTime(StringBuilder sb, LocalDateTime t) {
        pad(sb, t.getYear(), 4);
        sb.append('-');
        pad(sb, t.getMonthValue(), 2);
        sb.append('-');
        pad(sb, t.getDayOfMonth(), 2);
        sb.append('T');
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}
