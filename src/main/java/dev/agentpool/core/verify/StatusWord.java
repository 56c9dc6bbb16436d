package dev.agentpool.core.verify;

import java.util.Optional;

/**
 * The legacy verifier's status words and thresholds. While a request executes: token use ≥ 95 % is
 * {@link #CRITICAL}, ≥ 85 % {@link #WARNING}, ≥ 50 % {@link #ACTIVE}, else {@link #OPTIMAL}. Not executing:
 * {@link #OPTIMAL} below 10 %, else {@link #READY}.
 */
public enum StatusWord {
    CRITICAL("🔴", "CRITICAL"),
    WARNING("🟡", "WARNING"),
    ACTIVE("✅", "ACTIVE"),
    OPTIMAL("🟢", "OPTIMAL"),
    READY("🟢", "READY");

    private final String emoji;
    private final String word;

    StatusWord(String emoji, String word) {
        this.emoji = emoji;
        this.word = word;
    }

    /** The status for a token use in percent (0–100) and whether a request is executing. NaN counts as 0. */
    public static StatusWord of(boolean executing, double tokensPct) {
        double pct = Double.isNaN(tokensPct) ? 0 : tokensPct;
        if (executing) {
            if (pct >= 95) {
                return CRITICAL;
            }
            if (pct >= 85) {
                return WARNING;
            }
            return pct >= 50 ? ACTIVE : OPTIMAL;
        }
        return pct < 10 ? OPTIMAL : READY;
    }

    /** Recognises a status text such as {@code "🟡 WARNING"} or {@code "warning"} by its word. */
    public static Optional<StatusWord> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(java.util.Locale.ROOT);
        for (StatusWord s : values()) {
            if (upper.equals(s.word) || upper.endsWith(" " + s.word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public String emoji() {
        return emoji;
    }

    public String word() {
        return word;
    }

    /** The text the legacy tools write and print, e.g. {@code "🟢 OPTIMAL"}. */
    public String display() {
        return emoji + " " + word;
    }
}
