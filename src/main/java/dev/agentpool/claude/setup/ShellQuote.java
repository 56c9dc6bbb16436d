package dev.agentpool.claude.setup;

import java.util.regex.Pattern;

/**
 * Quotes one word for the POSIX shell Claude Code runs hook and statusLine commands with ({@code sh -c}; Git Bash
 * on Windows). Plain words stay as they are so the settings file stays readable.
 */
public final class ShellQuote {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuote() {
    }

    public static String quote(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
