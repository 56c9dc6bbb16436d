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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Long.parseLong(text));
    }

    /** A finite decimal number like {@code 99.2} or {@code -3} (no hex, no NaN, no exponent tricks); empty otherwise. */
    public static Optional<Double> parseDecimal(String text) {
        return isDecimal(text) ? Optional.of(Double.parseDouble(text)) : Optional.empty();
    }

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
