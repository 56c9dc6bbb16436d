package dev.agentpool.claude.setup;

import dev.agentpool.core.json.JsonWriter;

/**
 * Writes a settings file the way Claude Code does ({@code JSON.stringify(value, null, indent)}): non-ASCII kept as
 * is, integral numbers without a fraction, the indent of the file it replaces, and a final newline when that file
 * had one. A user's file we merge into keeps its look.
 */
public final class SettingsJson {

    private SettingsJson() {
    }

    public static String write(Object value, String indent, boolean finalNewline) {
        String text = JsonWriter.javascript(value, indent);
        return finalNewline ? text + "\n" : text;
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
}
