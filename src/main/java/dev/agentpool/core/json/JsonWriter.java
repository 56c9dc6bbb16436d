package dev.agentpool.core.json;

import java.math.BigDecimal;
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

    private final StringBuilder out;
    /** Indent unit; null writes one line. */
    private final String indent;
    private final boolean asciiOnly;
    /** JavaScript number style (15, not 15.0) instead of Python's. */
    private final boolean jsNumbers;
    /** The indent is two spaces ({@link #PRETTY_NEWLINES} applies). */
    private final boolean twoSpaces;

    /** Streaming only: nesting depth and, per depth, whether the open object/array has no element yet. */
    private int depth;
    private boolean[] empty;
    private boolean afterName;

    private JsonWriter(String indent, boolean asciiOnly, boolean jsNumbers) {
        this(indent, asciiOnly, jsNumbers, 256);
    }

    private JsonWriter(String indent, boolean asciiOnly, boolean jsNumbers, int capacity) {
        this.out = new StringBuilder(capacity);
        this.indent = indent;
        this.asciiOnly = asciiOnly;
        this.jsNumbers = jsNumbers;
        this.twoSpaces = "  ".equals(indent);
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

    /**
     * A streaming writer with exactly the output of {@link #pretty}: {@code beginObject().name("a").value(1)
     * .endObject().text()} equals {@code pretty(Map.of("a", 1))}. For big outputs (the aggregate of 10,000 instances)
     * that should not be built as maps first. Not thread-safe.
     */
    public static JsonWriter prettyStream(int capacity) {
        JsonWriter w = new JsonWriter("  ", true, false, capacity);
        w.empty = new boolean[Json.MAX_DEPTH + 2];
        return w;
    }

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The key of the next value in the open object. */
    public JsonWriter name(String key) {
        element();
        writeString(key);
        out.append(indent != null ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter value(long v) {
        beforeValue();
        out.append(v);
        return this;
    }

    public JsonWriter value(double v) {
        beforeValue();
        writeDouble(v);
        return this;
    }

    public JsonWriter value(boolean v) {
        beforeValue();
        out.append(v);
        return this;
    }

    /** Any value of the JSON model ({@code null}, strings, boxed numbers, maps, lists), as {@link #pretty} writes it. */
    public JsonWriter value(Object v) {
        beforeValue();
        write(v, depth);
        return this;
    }

    /** The text written so far. */
    public String text() {
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        beforeValue();
        out.append(bracket);
        empty[++depth] = true;
        return this;
    }

    private JsonWriter close(char bracket) {
        if (!empty[depth]) {
            newline(depth - 1);
        }
        depth--;
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            element();
        }
    }

    private void element() {
        if (!empty[depth]) {
            out.append(',');
        }
        empty[depth] = false;
        newline(depth);
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
            Numbers.appendJavaString(out, d); // = append(d), mostly without FloatingDecimal (see javaString)
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

    /** "\n" and d two-space indents, for the usual depths: one append per line instead of one per level. */
    private static final String[] PRETTY_NEWLINES = new String[8];

    static {
        String line = "\n";
        for (int d = 0; d < PRETTY_NEWLINES.length; d++) {
            PRETTY_NEWLINES[d] = line;
            line += "  ";
        }
    }

    private void newline(int depth) {
        if (indent == null) {
            return;
        }
        if (twoSpaces && depth < PRETTY_NEWLINES.length) {
            out.append(PRETTY_NEWLINES[depth]);
            return;
        }
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(indent);
        }
    }

    private void writeString(String s) {
        out.append('"');
        // Most strings (keys, IDs, paths) need no escape: found by a scan, then appended whole, not char by char.
        int n = s.length();
        int first = 0;
        while (first < n) {
            char c = s.charAt(first);
            if (c < 0x20 || c == '"' || c == '\\' || (asciiOnly && c > 0x7e)) {
                break;
            }
            first++;
        }
        if (first == n) {
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, first);
        for (int i = first; i < n; i++) {
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
                        out.append("\\u").append(Numbers.hexDigits(c, 4)); // not String.format or HexFormat: hot path
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
