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
        double magnitude = Math.abs(value);
        if (magnitude >= EXACT_INTEGERS) {
            // beyond 2^53 every double is an integer with up to 300 digits: left to BigDecimal, never a percentage
            return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        }
        // Below 2^53 the same rounding in integer arithmetic: the statusline prints a percentage in every run, and
        // BigDecimal with its MathContext and RoundingMode are three classes a cold JVM would initialise for it.
        long tenths = tenthsHalfEven(magnitude);
        // BigDecimal has no negative zero: a negative value that rounds to 0.0 prints "0.0", as before
        String sign = value < 0 && tenths != 0 ? "-" : "";
        return sign + tenths / 10 + "." + tenths % 10;
    }

    /** 2^53: from here on doubles are integers and m·10 below could overflow a long. */
    private static final double EXACT_INTEGERS = 9007199254740992.0;

    /**
     * The exact value of a non-negative double below 2^53, times ten, rounded half-to-even to an integer. The double
     * is m / 2^shift with m below 2^53 and shift at least 0, so m·10 fits a long and the remainder of the shift
     * decides the rounding exactly, like {@code BigDecimal.setScale(1, HALF_EVEN)} on its exact binary value.
     */
    static long tenthsHalfEven(double magnitude) {
        long bits = Double.doubleToRawLongBits(magnitude);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xfffffffffffffL;
        if (biased == 0) {
            biased = 1; // subnormal: no implicit leading bit
        } else {
            m |= 1L << 52;
        }
        int shift = 1075 - biased; // magnitude = m / 2^shift
        long n = m * 10;
        if (shift <= 0) {
            return n; // an integer (only shift 0 occurs below 2^53)
        }
        if (shift > 58) {
            return 0; // n < 2^57 < half of 2^shift: rounds to zero
        }
        long q = n >>> shift;
        long r = n & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        return r > half || (r == half && (q & 1) == 1) ? q + 1 : q;
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
