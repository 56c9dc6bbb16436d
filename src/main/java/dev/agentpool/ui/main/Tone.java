package dev.agentpool.ui.main;

import dev.agentpool.core.verify.StatusWord;
import java.util.Locale;

/**
 * The colour family of a status word, a bar or a health state. The view maps it to a CSS style class
 * ({@link #styleClass()}); the ViewModel decides which tone applies.
 */
public enum Tone {
    /** Fine: green. */
    OK,
    /** Busy but fine (the seed's ✅ ACTIVE): blue. */
    ACTIVE,
    /** Needs attention soon: amber. */
    WARNING,
    /** Needs attention now: red. */
    CRITICAL,
    /** Unknown, stale or no data: grey. */
    NEUTRAL;

    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }

    /** The tone of one of the seed's status words ("🔴 CRITICAL", "🟡 WARNING", "✅ ACTIVE", "🟢 OPTIMAL"...). */
    public static Tone ofStatusWord(String status) {
        return StatusWord.fromText(status).map(word -> switch (word) {
            case CRITICAL -> CRITICAL;
            case WARNING -> WARNING;
            case ACTIVE -> ACTIVE;
            case OPTIMAL, READY -> OK;
        }).orElse(NEUTRAL);
    }

    /** Tone of a pool fraction against the warning and critical thresholds (e.g. 0.80 and 0.95). */
    public static Tone ofPoolUse(double fraction, double warning, double critical) {
        if (fraction >= critical) {
            return CRITICAL;
        }
        return fraction >= warning ? WARNING : OK;
    }
}
