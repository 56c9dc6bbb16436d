package dev.agentpool.core.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The timestamp formats of the state files. The legacy tools write naive local ISO-8601 with microseconds
 * ({@code 2026-11-27T22:55:32.654372}, Python's {@code datetime.now().isoformat()}) and compare naive values, so
 * legacy keys are written that way; our own keys carry an offset. Readers accept both, plus Python's space
 * separator and any fraction length.
 */
public final class Timestamps {

    private static final DateTimeFormatter NAIVE_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

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
        return NAIVE_MICROS.format(LocalDateTime.ofInstant(instant, zone));
    }

    /** Our format: ISO-8601 with the offset of {@code zone}, e.g. {@code 2026-11-27T22:55:32.654372+01:00}. */
    public static String formatWithOffset(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }
}
