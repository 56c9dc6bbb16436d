package dev.agentpool.core.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

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
