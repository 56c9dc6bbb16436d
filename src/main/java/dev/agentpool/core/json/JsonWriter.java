package dev.agentpool.core.json;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON model of {@link Json} (maps, lists, strings, numbers, booleans, null). {@link #pretty} indents by
 * two spaces like the legacy tools' {@code json.dump(indent=2)}; non-ASCII is escaped as {@code \\uXXXX} like
 * Python's default, so files we write look like theirs. NaN and infinities are written as {@code null} (they are
 * not JSON). Records are not supported: convert to a map first. {@link #javascript} writes the way Claude Code's
 * {@code JSON.stringify(value, null, indent)} does, for files of Claude Code's that we merge into.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(256);
    /** Indent unit; null writes one line. */
    private final String indent;
    private final boolean asciiOnly;
    /** JavaScript number style (15, not 15.0) instead of Python's. */
    private final boolean jsNumbers;

    private JsonWriter(String indent, boolean asciiOnly, boolean jsNumbers) {
        this.indent = indent;
        this.asciiOnly = asciiOnly;
        this.jsNumbers = jsNumbers;
    }

    public static String pretty(Object value) {
        return new JsonWriter("  ", true, false).render(value);
    }

    /** One line, non-ASCII kept as is (for terminal output and statusline JSON). */
    public static String compact(Object value) {
        return new JsonWriter(null, false, false).render(value);
    }

    /** Like JavaScript's {@code JSON.stringify(value, null, indent)}: non-ASCII kept, integral numbers bare. */
    public static String javascript(Object value, String indent) {
        return new JsonWriter(indent, false, true).render(value);
    }

    private String render(Object value) {
        write(value, 0);
        return out.toString();
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
        } else if (jsNumbers) {
            writeJavascriptNumber(d);
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d).append(".0");
        } else {
            out.append(d);
        }
    }

    private void writeJavascriptNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            out.append(new BigDecimal(d).toPlainString());
        } else {
            out.append(BigDecimal.valueOf(d).stripTrailingZeros().toString().replace("E+", "e+").replace("E-", "e-"));
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
            out.append(indent != null ? ": " : ":");
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
        if (indent != null) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append(indent);
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
