package dev.agentpool.core.json;

import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON model of {@link Json} (maps, lists, strings, numbers, booleans, null). {@link #pretty} indents by
 * two spaces like the legacy tools' {@code json.dump(indent=2)}; non-ASCII is escaped as {@code \\uXXXX} like
 * Python's default, so files we write look like theirs. NaN and infinities are written as {@code null} (they are
 * not JSON). Records are not supported: convert to a map first.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(256);
    private final boolean pretty;
    private final boolean asciiOnly;

    private JsonWriter(boolean pretty, boolean asciiOnly) {
        this.pretty = pretty;
        this.asciiOnly = asciiOnly;
    }

    public static String pretty(Object value) {
        JsonWriter w = new JsonWriter(true, true);
        w.write(value, 0);
        return w.out.toString();
    }

    /** One line, non-ASCII kept as is (for terminal output and statusline JSON). */
    public static String compact(Object value) {
        JsonWriter w = new JsonWriter(false, false);
        w.write(value, 0);
        return w.out.toString();
    }

    private void write(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Double || value instanceof Float) {
            writeDouble(((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            out.append(n.longValue());
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, depth);
        } else if (value instanceof List<?> list) {
            writeArray(list, depth);
        } else if (value instanceof Enum<?> e) {
            writeString(e.name());
        } else {
            writeString(value.toString());
        }
    }

    private void writeDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d).append(".0");
        } else {
            out.append(d);
        }
    }

    private void writeObject(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            newline(depth + 1);
            writeString(String.valueOf(e.getKey()));
            out.append(pretty ? ": " : ":");
            write(e.getValue(), depth + 1);
            if (it.hasNext()) {
                out.append(',');
            }
        }
        newline(depth);
        out.append('}');
    }

    private void writeArray(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newline(depth + 1);
            write(list.get(i), depth + 1);
            if (i < list.size() - 1) {
                out.append(',');
            }
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    private void writeString(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (asciiOnly && c > 0x7e)) {
                        out.append("\\u").append(HexFormat.of().toHexDigits(c)); // not String.format: hot path
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
