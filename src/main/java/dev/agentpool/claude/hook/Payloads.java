package dev.agentpool.claude.hook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lenient access to Claude Code payload maps: every field except the event name is optional and may have a type
 * other than documented; a wrong type reads as absent instead of failing the whole event.
 */
public final class Payloads {

    private Payloads() {
    }

    /** The string at {@code key}, or "" when absent or not a string. */
    public static String string(Map<String, Object> map, String key) {
        return map != null && map.get(key) instanceof String s ? s : "";
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> map, String key) {
        return map != null && map.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The list at {@code key}, or empty when the key is absent or not a list (callers can tell the two apart). */
    public static Optional<List<Object>> list(Map<String, Object> map, String key) {
        if (map != null && map.get(key) instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) l;
            return Optional.of(list);
        }
        return Optional.empty();
    }

    /** A finite number at {@code key}; booleans and numeric strings are not numbers here. */
    public static Optional<Double> number(Map<String, Object> map, String key) {
        if (map != null && map.get(key) instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        }
        return Optional.empty();
    }
}
