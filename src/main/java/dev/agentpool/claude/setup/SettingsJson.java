package dev.agentpool.claude.setup;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a settings file the way Claude Code does ({@code JSON.stringify(value, null, indent)}): non-ASCII kept as
 * is, integral numbers without a fraction, the indent of the file it replaces, and a final newline when that file
 * had one. A user's file we merge into keeps its look.
 */
public final class SettingsJson {

    private final StringBuilder out = new StringBuilder(1024);
    private final String indent;

    private SettingsJson(String indent) {
        this.indent = indent;
    }

    public static String write(Object value, String indent, boolean finalNewline) {
        SettingsJson w = new SettingsJson(indent);
        w.value(value, 0);
        return finalNewline ? w.out.append('\n').toString() : w.out.toString();
    }

    /** The indent unit of {@code text}: the leading whitespace of its first indented line; two spaces if none. */
    public static String detectIndent(String text) {
        for (String line : text.split("\n", 50)) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i > 0 && i < line.length()) {
                return line.substring(0, i);
            }
        }
        return "  ";
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Double d) {
            number(d);
        } else if (v instanceof Number n) {
            out.append(n.longValue());
        } else if (v instanceof Map<?, ?> m) {
            object(m, depth);
        } else if (v instanceof List<?> l) {
            array(l, depth);
        } else {
            string(v.toString());
        }
    }

    private void number(double d) {
        if (!Double.isFinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            out.append(new BigDecimal(d).toPlainString());
        } else {
            out.append(BigDecimal.valueOf(d).stripTrailingZeros().toString().replace("E+", "e+").replace("E-", "e-"));
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            newline(depth + 1);
            string(String.valueOf(e.getKey()));
            out.append(": ");
            value(e.getValue(), depth + 1);
            out.append(it.hasNext() ? "," : "");
        }
        newline(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newline(depth + 1);
            value(list.get(i), depth + 1);
            out.append(i < list.size() - 1 ? "," : "");
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        out.append('\n');
        out.append(indent.repeat(depth));
    }

    private void string(String s) {
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
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
