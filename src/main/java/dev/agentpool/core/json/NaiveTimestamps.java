package dev.agentpool.core.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A fast path for the timestamp every legacy file carries, {@code yyyy-MM-ddTHH:mm:ss[.fraction]} without offset.
 * The general parser tries an offset first and pays for a thrown exception on every naive value; at 10,000
 * instances × 5 timestamps that dominated the scan. Returns null for anything else (the caller falls back).
 *
 * <p>No {@code LocalDateTime}/{@code ZonedDateTime} per value either (in a cold JVM, {@code atZone} and its zone
 * rules lookups were the dearest part of decoding a state file): the fields become local epoch seconds by the
 * arithmetic of {@code LocalDate.toEpochDay}, and the zone's offset comes from a cached window of local times that all
 * have one valid offset (between two transitions, gaps and overlaps excluded). The first value, and any outside the
 * window, takes {@code atZone(zone)} as before and moves the window; the results are the same.
 */
final class NaiveTimestamps {

    private NaiveTimestamps() {
    }

    static Instant parseOrNull(String t, ZoneId zone) {
        int n = t.length();
        if (n < 19 || n > 29 || (n > 19 && (t.charAt(19) != '.' || n == 20)) || !shape(t)) {
            return null;
        }
        int nanos = 0;
        for (int i = 20; i < 29; i++) {
            int digit = i < n ? digit(t, i) : 0;
            if (digit < 0) {
                return null;
            }
            nanos = nanos * 10 + digit;
        }
        long local = localSeconds(t);
        if (local == INVALID) {
            return null;
        }
        if (zone instanceof ZoneOffset fixed) {
            // a fixed offset has no gaps or overlaps: atZone(fixed).toInstant() is local − offset (the hot path's
            // zone; no LocalDateTime, no zone rules, no window)
            return Instant.ofEpochSecond(local - fixed.getTotalSeconds(), nanos);
        }
        OffsetWindow w = window;
        if (w == null || !w.covers(zone, local)) {
            Instant slow; // the general rules (gaps, overlaps) once, then the window around it serves the next ones
            try {
                slow = LocalDateTime.of(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10), num(t, 11, 13), num(t, 14, 16),
                        num(t, 17, 19), nanos).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
            window = OffsetWindow.around(zone, slow);
            return slow;
        }
        return Instant.ofEpochSecond(local - w.offsetSeconds, nanos);
    }

    /** No local time: a field out of range. */
    private static final long INVALID = Long.MIN_VALUE;

    /**
     * The local date-time of a checked shape as seconds since 1970-01-01T00:00 (the arithmetic of
     * {@code LocalDate.toEpochDay}), or {@link #INVALID} when a field is out of range (where {@code LocalDateTime.of}
     * throws).
     */
    private static long localSeconds(String t) {
        int year = num(t, 0, 4);
        int month = num(t, 5, 7);
        int day = num(t, 8, 10);
        int hour = num(t, 11, 13);
        int minute = num(t, 14, 16);
        int second = num(t, 17, 19);
        if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
            return INVALID;
        }
        boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        int monthLength = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
        if (day > monthLength) {
            return INVALID;
        }
        long y = year; // 0–9999
        long days = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 + (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            days -= leap ? 1 : 2;
        }
        days -= Timestamps.DAYS_0000_TO_1970;
        return days * 86_400 + hour * 3_600 + minute * 60 + second;
    }

    /** The last window used (immutable, so a plain volatile is enough for the scan's reading threads). */
    private static volatile OffsetWindow window;

    /**
     * Local times {@code [from, to)} (seconds as {@link #localSeconds}) of {@code zone} that all have the one valid
     * offset {@code offsetSeconds}: between two transitions, without the gap or overlap at either end. Inside it,
     * {@code atZone(zone).toInstant()} is local − offset; outside, the caller takes the general path.
     */
    private static final class OffsetWindow {
        final ZoneId zone;
        final long from;
        final long to;
        final int offsetSeconds;

        private OffsetWindow(ZoneId zone, long from, long to, int offsetSeconds) {
            this.zone = zone;
            this.from = from;
            this.to = to;
            this.offsetSeconds = offsetSeconds;
        }

        boolean covers(ZoneId z, long local) {
            return (z == zone || z.equals(zone)) && local >= from && local < to;
        }

        /** The window of {@code instant}'s offset, or null when there is none to trust. */
        static OffsetWindow around(ZoneId zone, Instant instant) {
            java.time.zone.ZoneRules rules = zone.getRules();
            int offset = rules.getOffset(instant).getTotalSeconds();
            if (rules.isFixedOffset()) {
                return new OffsetWindow(zone, Long.MIN_VALUE, Long.MAX_VALUE, offset);
            }
            java.time.zone.ZoneOffsetTransition previous = rules.previousTransition(instant);
            java.time.zone.ZoneOffsetTransition next = rules.nextTransition(instant);
            long from = previous == null ? Long.MIN_VALUE
                    : Math.max(local(previous.getDateTimeBefore()), local(previous.getDateTimeAfter()));
            long to = next == null ? Long.MAX_VALUE
                    : Math.min(local(next.getDateTimeBefore()), local(next.getDateTimeAfter()));
            if ((previous != null && previous.getOffsetAfter().getTotalSeconds() != offset)
                    || (next != null && next.getOffsetBefore().getTotalSeconds() != offset)) {
                return null; // exactly on a transition: no window (the next call takes the general path again)
            }
            return new OffsetWindow(zone, from, to, offset);
        }

        private static long local(LocalDateTime t) {
            return t.toEpochSecond(ZoneOffset.UTC);
        }
    }

    /**
     * The same for our own offset form, {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} (what
     * {@link Timestamps#formatWithOffset} writes), without {@code OffsetDateTime.parse}: the DateTimeFormatter
     * machinery costs a short-lived hook JVM milliseconds. Null for any other shape (the caller falls back to the
     * general parser, which then decides).
     */
    static Instant parseOffsetOrNull(String t) {
        int n = t.length();
        if (n < 20 || n > 35 || !shape(t)) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (t.charAt(i) == '.') {
            int digits = 0;
            i++;
            while (i < n && digit(t, i) >= 0) {
                if (++digits > 9) {
                    return null;
                }
                nanos = nanos * 10 + digit(t, i);
                i++;
            }
            if (digits == 0) {
                return null;
            }
            for (int k = digits; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && t.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':'
                && digit(t, i + 1) >= 0 && digit(t, i + 2) >= 0 && digit(t, i + 4) >= 0 && digit(t, i + 5) >= 0) {
            int hours = num(t, i + 1, i + 3);
            int minutes = num(t, i + 4, i + 6);
            if (hours > 18 || minutes > 59) {
                return null;
            }
            offsetSeconds = (hours * 3600 + minutes * 60) * (t.charAt(i) == '-' ? -1 : 1);
        } else {
            return null;
        }
        long local = localSeconds(t);
        if (local == INVALID || Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) {
            return null; // where LocalDateTime.of or ZoneOffset.ofTotalSeconds would throw
        }
        return Instant.ofEpochSecond(local - offsetSeconds, nanos);
    }

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private static boolean shape(String t) {
        for (int i = 0; i < 19; i++) {
            char c = t.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T' || c == ' ';
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digit(String t, int i) {
        char c = t.charAt(i);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static int num(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }
}
