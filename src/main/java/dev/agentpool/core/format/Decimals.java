package dev.agentpool.core.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number text exactly as the legacy Python tools print it. Python's {@code f"{x:.1f}"} rounds the exact binary
 * value half-to-even; {@link BigDecimal#BigDecimal(double)} keeps that exact value, so the results agree digit for
 * digit (plain {@code String.format} rounds half-up on the decimal text and differs, e.g. for 0.25).
 */
public final class Decimals {

    private Decimals() {
    }

    /** One decimal place, e.g. 7.5 → "7.5", 99.0 → "99.0". NaN and infinities print as Python does. */
    public static String oneDecimal(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        return text.equals("-0.0") ? "-0.0" : text;
    }

    /** Integer thousands, truncated like Python's {@code n // 1000}: 15000 → "15k", 200000 → "200k". */
    public static String thousands(long value) {
        return Math.floorDiv(value, 1000) + "k";
    }

    /** The legacy {@code tokens_display}: {@code "15k/200k"}. */
    public static String tokensDisplay(long used, long total) {
        return thousands(used) + "/" + thousands(total);
    }
}
