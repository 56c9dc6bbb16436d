package dev.agentpool.core.json;

import java.util.Optional;

/** Strict parsing of the numbers that appear as text in state files (counter files, "97.0%"). */
public final class Numbers {

    private static final int MAX_DIGITS = 18;

    private Numbers() {
    }

    /** A decimal whole number ≥ 0 of at most 18 digits (no sign, no fraction, no exponent); empty otherwise. */
    public static Optional<Long> parseCount(String text) {
        if (text.isEmpty() || text.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        long value = 0; // at most 18 digits: no overflow, the value of Long.parseLong
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            value = value * 10 + (c - '0');
        }
        return Optional.of(value);
    }

    /** A finite decimal number like {@code 99.2} or {@code -3} (no hex, no NaN, no exponent tricks); empty otherwise. */
    public static Optional<Double> parseDecimal(String text) {
        if (!isDecimal(text)) {
            return Optional.empty();
        }
        // "99.2" in every state file: Double.parseDouble's general machinery is dear in a cold JVM (see exactDecimal).
        long digits = 0;
        int count = 0;
        int fraction = -1;
        boolean negative = text.charAt(0) == '-';
        for (int i = negative ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                fraction = 0;
            } else {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            }
        }
        if (!exactDecimal(count, Math.max(fraction, 0))) {
            return Optional.of(Double.parseDouble(text));
        }
        double value = fraction > 0 ? decimalValue(digits, fraction) : (double) digits;
        return Optional.of(negative ? -value : value);
    }

    /**
     * Whether a decimal of {@code digitCount} significant digits, {@code fractionDigits} of them after the point, is
     * converted exactly by {@link #decimalValue}: at most 15 digits and 22 fraction digits, so the digits and the
     * power of ten are both exact doubles and one division is correctly rounded (the value of
     * {@code Double.parseDouble}). Shared by this class and {@link Json}'s number reader.
     */
    static boolean exactDecimal(int digitCount, int fractionDigits) {
        return digitCount <= 15 && fractionDigits <= 22;
    }

    /** {@code digits / 10^fractionDigits}; only where {@link #exactDecimal} holds. */
    static double decimalValue(long digits, int fractionDigits) {
        return digits / POW10[fractionDigits];
    }

    /** Powers of ten up to the largest that is an exact double. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * {@code -?\d+(\.\d+)?} of at most 32 characters, checked by hand: every state file's confidence passes here
     * and {@link String#matches} compiles a pattern per call.
     */
    static boolean isDecimal(String text) {
        int n = text.length();
        if (n == 0 || n > 32) {
            return false;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int intStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == intStart) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fracStart = ++i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        return i == n && i > fracStart;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@code Double.toString(value)}, with the common case computed here: a value of at most 15 significant digits
     * between 0.001 and 10^7 (where Double.toString writes plain digits, not an exponent) prints as the shortest
     * decimal that reads back as the value, which is what Double.toString prints. Why: the statusline writes its cost
     * and percentages in every run, and Double.toString's FloatingDecimal is seven classes and a long interpreted
     * digit loop in a cold JVM. Anything else goes to Double.toString itself.
     */
    public static String javaString(double value) {
        return appendJavaString(new StringBuilder(24), value).toString();
    }

    /**
     * Appends {@link #javaString}{@code (value)} to {@code out} without an intermediate String: the JSON writer prints
     * an age or a confidence for every instance of an aggregate this way (10,000 instances: some 100,000 numbers).
     */
    public static StringBuilder appendJavaString(StringBuilder out, double value) {
        double a = Math.abs(value);
        if (!(a >= 1e-3 && a < 1e7)) {
            return out.append(value); // Double.toString; also NaN, infinities and zeros
        }
        for (int k = 1; k <= 15; k++) {
            double scaled = a * POW10[k];
            if (scaled >= 1e15) {
                break; // more than 15 digits: leave it to FloatingDecimal
            }
            // the nearest integer: a decimal of k fraction digits that reads back as a is within 0.25 of scaled
            long n = (long) (scaled + 0.5);
            if (decimalValue(n, k) == a) { // = Double.parseDouble of n·10^-k (exactDecimal holds: n < 10^15)
                return appendPlain(out, value < 0, n, k);
            }
        }
        return out.append(value);
    }

    /** n·10^-k as {@code [-]I.F} with exactly k fraction digits (leading zeros kept). */
    private static StringBuilder appendPlain(StringBuilder out, boolean negative, long n, int k) {
        long unit = POW10_LONG[k];
        long fraction = n % unit;
        if (negative) {
            out.append('-');
        }
        out.append(n / unit).append('.');
        for (long rest = unit / 10; rest > 1 && fraction < rest; rest /= 10) {
            out.append('0'); // the fraction's leading zeros: k digits in all
        }
        return out.append(fraction);
    }

    private static final long[] POW10_LONG = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L};

    /**
     * The lowest {@code digits} hex digits of {@code value}, lowercase, zero-padded: {@code HexFormat.of()
     * .toHexDigits} of an int (8 digits) or a long (16). Why not HexFormat: it makes its string through
     * StandardCharsets, whose first use initialises six charsets, three of them classes no hook or statusline JVM
     * needs otherwise (see {@link Charsets}).
     */
    public static String hexDigits(long value, int digits) {
        char[] out = new char[digits];
        long v = value;
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Hostile text quoted for a one-line message: control characters escaped, at most 40 characters. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder("'");
        text.codePoints().limit(40).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(text.length() > 40 ? "…'" : "'").toString();
    }
}
