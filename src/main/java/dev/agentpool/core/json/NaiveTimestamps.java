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
        try {
            return LocalDateTime.of(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10), num(t, 11, 13), num(t, 14, 16),
                    num(t, 17, 19), nanos).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
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
        try {
            return LocalDateTime.of(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10), num(t, 11, 13), num(t, 14, 16),
                    num(t, 17, 19), nanos).toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null;
        }
    }

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
