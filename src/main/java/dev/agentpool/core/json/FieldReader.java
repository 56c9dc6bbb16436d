package dev.agentpool.core.json;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, hostile-input safe access to the values of one parsed JSON object. A missing key or JSON {@code null}
 * gives an empty value silently; a value of the wrong type, NaN, infinity or a negative count gives an empty value
 * plus a problem ("confidence: NaN is not a number"), collected in {@link #problems()}. Nothing throws.
 */
public final class FieldReader {

    private final Map<String, Object> map;
    /** Created at the first problem: nearly every file has none. */
    private List<String> problems;

    public FieldReader(Map<String, Object> map) {
        this.map = map;
    }

    /** Problems found so far, one line each, in the order the keys were read. */
    public List<String> problems() {
        return problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean has(String key) {
        return map.get(key) != null;
    }

    /** Records a problem found by the caller (e.g. a value of the right type but out of range). */
    public void reject(String key, String why) {
        if (problems == null) {
            problems = new ArrayList<>(4);
        }
        problems.add(key + ": " + why);
    }

    public Optional<String> string(String key) {
        Object v = map.get(key);
        if (v == null || v instanceof String) {
            return Optional.ofNullable((String) v);
        }
        return wrongType(key, "a string", v);
    }

    public Optional<Boolean> bool(String key) {
        Object v = map.get(key);
        if (v == null || v instanceof Boolean) {
            return Optional.ofNullable((Boolean) v);
        }
        return wrongType(key, "true or false", v);
    }

    /** A finite number (NaN and infinities are rejected). */
    public Optional<Double> number(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Number n)) {
            return wrongType(key, "a number", v);
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            reject(key, d + " is not a finite number");
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** A finite number ≥ 0. */
    public Optional<Double> nonNegativeNumber(String key) {
        Optional<Double> n = number(key);
        if (n.isPresent() && n.get() < 0) {
            reject(key, "negative (" + n.get() + ")"); // message built only when needed: Double.toString is dear
            return Optional.empty();
        }
        return n;
    }

    /** A whole number ≥ 0 (an integral float like {@code 25.0} is accepted; a numeric string is not). */
    public Optional<Long> count(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Long l) {
            if (l < 0) {
                reject(key, "negative (" + l + ")");
                return Optional.empty();
            }
            return Optional.of(l);
        }
        if (v instanceof Double d) {
            return integralDouble(key, d);
        }
        return wrongType(key, "a whole number", v);
    }

    /**
     * A whole number ≥ 0 given as a number or as a numeric string ({@code "25"}); the strings {@code "N/A"},
     * {@code "--"} and {@code ""} mean "no value" and are not a problem.
     */
    public Optional<Long> countOrNumericString(String key) {
        Object v = map.get(key);
        if (!(v instanceof String s)) {
            return count(key);
        }
        String t = s.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("N/A") || t.equals("--")) {
            return Optional.empty();
        }
        Optional<Long> parsed = Numbers.parseCount(t);
        if (parsed.isEmpty()) {
            reject(key, "not a whole number ≥ 0: " + Numbers.printable(s));
        }
        return parsed;
    }

    /** A timestamp with or without offset (naive = local time in {@code zone}). */
    public Optional<Instant> timestamp(String key, ZoneId zone) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> parsed = Timestamps.parse(text.get(), zone);
        if (parsed.isEmpty()) {
            reject(key, "not an ISO-8601 timestamp: " + Numbers.printable(text.get()));
        }
        return parsed;
    }

    /** A JSON object value. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> object(String key) {
        Object v = map.get(key);
        if (v == null || v instanceof Map) {
            return Optional.ofNullable((Map<String, Object>) v);
        }
        return wrongType(key, "an object", v);
    }

    private Optional<Long> integralDouble(String key, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            reject(key, d + " is not a finite number");
        } else if (d != Math.rint(d) || Math.abs(d) >= 9.0e15) {
            reject(key, "not a whole number (" + d + ")");
        } else if (d < 0) {
            reject(key, "negative (" + (long) d + ")");
        } else {
            return Optional.of((long) d);
        }
        return Optional.empty();
    }

    private <T> Optional<T> wrongType(String key, String expected, Object found) {
        reject(key, "expected " + expected + ", found " + Json.typeName(found));
        return Optional.empty();
    }
}
