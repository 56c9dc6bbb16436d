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
        if (text.isEmpty() || text.length() > 32 || !text.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(text));
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
