package dev.agentpool.ui.main;

import java.time.Duration;
import java.util.Locale;

/** How numbers, ages and token counts read on screen. Pure functions, used by every ViewModel. */
public final class Formats {

    private Formats() {
    }

    /** "12 s ago", "4 min ago", "2 h ago", "3 d ago"; "never" for an unknown age. */
    public static String ago(Duration age) {
        if (age == null) {
            return "never";
        }
        return compact(age) + " ago";
    }

    /**
     * A heartbeat age for the main table, coarse on purpose: "< 1 min ago", then "4 min ago", "2 h 5 min ago".
     * Heartbeats come every 30 s, so a healthy instance always reads "< 1 min ago" and its row does not change
     * (no relayout, no repaint) on every refresh; the details window keeps the exact age.
     */
    public static String agoCoarse(Duration age) {
        if (age == null) {
            return "never";
        }
        return age.toSeconds() < 60 ? "< 1 min ago" : compact(age) + " ago";
    }

    /** "12 s", "4 min", "2 h 5 min", "3 d"; negative ages (clock skew) read as "0 s". */
    public static String compact(Duration age) {
        long s = Math.max(0, age.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min";
        }
        if (s < 86_400) {
            long minutes = s % 3600 / 60;
            return s / 3600 + " h" + (minutes == 0 ? "" : " " + minutes + " min");
        }
        return s / 86_400 + " d";
    }

    /** Whole percent of a fraction: 0.29 → "29 %"; below 1 % but above 0 shows one decimal ("0.4 %"). */
    public static String percent(double fraction) {
        double pct = fraction * 100;
        if (pct > 0 && pct < 1) {
            return String.format(Locale.ROOT, "%.1f %%", pct);
        }
        return Math.round(pct) + " %";
    }

    /** A percent value already 0–100 with at most one decimal: 7.5 → "7.5 %", 30.0 → "30 %". */
    public static String percentValue(double pct) {
        if (pct == Math.rint(pct)) {
            return (long) pct + " %";
        }
        return String.format(Locale.ROOT, "%.1f %%", pct);
    }

    /** Token counts the seed's way: 15000 → "15k", 1500 → "1.5k", 1200000 → "1.2M", 900 → "900". */
    public static String tokens(long count) {
        if (count >= 1_000_000) {
            return trim(count / 1_000_000.0) + "M";
        }
        if (count >= 1_000) {
            return trim(count / 1_000.0) + "k";
        }
        return Long.toString(count);
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /**
     * The status word without its emoji ("🟡 WARNING" → "WARNING"): many desktops have no colour emoji font and
     * would draw boxes; views show the colour as a dot or text colour instead.
     */
    public static String statusWord(String status) {
        int start = 0;
        while (start < status.length() && !Character.isLetterOrDigit(status.codePointAt(start))) {
            start += Character.charCount(status.codePointAt(start));
        }
        return status.substring(start).trim();
    }
}
