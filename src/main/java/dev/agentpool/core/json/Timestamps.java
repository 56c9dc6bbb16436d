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
        int[] f = localFields(instant.getEpochSecond(), zone);
        if (f[0] < 1 || f[0] > 9999) {
            return Formatters.NAIVE_MICROS.format(LocalDateTime.ofInstant(instant, zone));
        }
        StringBuilder sb = new StringBuilder(26);
        dateTime(sb, f);
        sb.append('.');
        pad(sb, instant.getNano() / 1000, 6); // whole-second offsets: the local nanos are the instant's
        return sb.toString();
    }

    /** Our format: ISO-8601 with the offset of {@code zone}, e.g. {@code 2026-11-27T22:55:32.654372+01:00}. */
    public static String formatWithOffset(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(instant);
        int total = offset.getTotalSeconds();
        int[] f = localFields(instant.getEpochSecond(), total);
        if (f[0] < 0 || f[0] > 9999 || total % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
        }
        // By hand, the same text as ISO_OFFSET_DATE_TIME: seconds always, the fraction without trailing zeros (none
        // when zero), "Z" for UTC, else ±HH:MM.
        StringBuilder sb = new StringBuilder(32);
        dateTime(sb, f);
        int nano = instant.getNano();
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

    /** {@code yyyy-MM-ddTHH:mm:ss} for a year in 0–9999, from {@link #localFields}. */
    private static void dateTime(StringBuilder sb, int[] f) {
        pad(sb, f[0], 4);
        sb.append('-');
        pad(sb, f[1], 2);
        sb.append('-');
        pad(sb, f[2], 2);
        sb.append('T');
        pad(sb, f[3], 2);
        sb.append(':');
        pad(sb, f[4], 2);
        sb.append(':');
        pad(sb, f[5], 2);
    }

    /**
     * Year, month, day, hour, minute and second of {@code epochSecond} at a fixed offset of {@code offsetSeconds},
     * as {@code LocalDateTime.ofEpochSecond} computes them (proleptic ISO calendar; the day from the arithmetic of
     * {@code LocalDate.ofEpochDay}). Why not java.time: its calendar classes ({@code LocalDateTime}, {@code
     * LocalDate}, {@code ChronoField} with its 30 value ranges, {@code ChronoUnit}, zone rules...) are about fifteen
     * classes to load and initialise, a good part of a millisecond of every hook and statusline JVM, for three time
     * stamps. Any epoch second a {@link Instant} holds.
     */
    public static int[] localFields(long epochSecond, int offsetSeconds) {
        long local = epochSecond + offsetSeconds;
        long epochDay = Math.floorDiv(local, 86_400);
        int secondOfDay = (int) Math.floorMod(local, 86_400);
        long zeroDay = epochDay + DAYS_0000_TO_1970 - 60; // from 0000-03-01: the leap day ends each 4-year cycle
        long adjust = 0;
        if (zeroDay < 0) {
            long adjustCycles = (zeroDay + 1) / DAYS_PER_CYCLE - 1;
            adjust = adjustCycles * 400;
            zeroDay += -adjustCycles * DAYS_PER_CYCLE;
        }
        long yearEst = (400 * zeroDay + 591) / DAYS_PER_CYCLE;
        long doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
        if (doyEst < 0) {
            yearEst--;
            doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
        }
        yearEst += adjust;
        int marchDoy0 = (int) doyEst;
        int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
        int month = (marchMonth0 + 2) % 12 + 1;
        int day = marchDoy0 - (marchMonth0 * 306 + 5) / 10 + 1;
        yearEst += marchMonth0 / 10;
        return new int[] {(int) yearEst, month, day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60};
    }

    /**
     * {@link #localFields(long, int)} in {@code zone}: by that arithmetic for a fixed offset (the hot path's zone: no
     * calendar classes), else through {@code LocalDateTime} and the zone's rules.
     */
    public static int[] localFields(long epochSecond, ZoneId zone) {
        if (zone instanceof ZoneOffset fixed) {
            return localFields(epochSecond, fixed.getTotalSeconds());
        }
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
        return new int[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()};
    }

    /** Days from 0000-01-01 to 1970-01-01 in the proleptic ISO calendar (as {@code LocalDate}'s own constant). */
    static final long DAYS_0000_TO_1970 = 719_528;
    private static final long DAYS_PER_CYCLE = 146_097;

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}
