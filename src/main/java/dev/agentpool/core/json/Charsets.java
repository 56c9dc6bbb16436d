package dev.agentpool.core.json;

import java.nio.charset.Charset;

/**
 * The charsets of java.nio.charset.StandardCharsets, the same instances, looked up by name. Why: the first use of
 * StandardCharsets initialises all six of its charsets, three of them (the UTF-16s) classes that the hook and
 * statusline JVMs never use and would load for nothing; Charset.forName finds these three names without loading
 * anything more.
 */
public final class Charsets {

    public static final Charset UTF_8 = Charset.forName("UTF-8");
    public static final Charset ISO_8859_1 = Charset.forName("ISO-8859-1");
    public static final Charset US_ASCII = Charset.forName("US-ASCII");

    private Charsets() {
    }
}
