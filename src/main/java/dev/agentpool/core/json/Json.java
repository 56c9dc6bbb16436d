package dev.agentpool.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader. Core keeps its own instead of Jackson so the hook/statusline hot path loads a few
 * classes, not a framework.
 *
 * <p>Values map to: object → {@code LinkedHashMap<String,Object>} (key order kept), array → {@code ArrayList},
 * string → {@code String}, integer → {@code Long} (or {@code Double} when out of long range), other number →
 * {@code Double}, {@code true/false} → {@code Boolean}, {@code null} → {@code null}. Python's {@code NaN},
 * {@code Infinity} and {@code -Infinity} are read as doubles because the legacy tools can write them; callers
 * decide whether to accept them. Nesting deeper than {@value #MAX_DEPTH} is refused.
 *
 * <p>Cold-code costs (a scan runs this in a fresh JVM, mostly interpreted, for thousands of small files): the reader
 * works on bytes, so a character is one array load instead of a chain of {@code String.charAt} calls. Pure-ASCII
 * input (nearly every state file) is read as it is, straight from the read buffer ({@link #parseAscii}); any other
 * text is first encoded one UTF-16 unit to one to three bytes (no four-byte forms, so every char, even a lone
 * surrogate, round-trips, and error offsets are counted back in chars). Keys of our file formats come back as shared
 * constants (no String per key), small integers and plain decimals are converted without {@code Long.parseLong} or
 * {@code Double.parseDouble} (same values: a decimal of at most 15 significant digits and 22 fraction digits divided
 * by an exact power of ten is correctly rounded). Errors say the same as before, at the same char offsets.
 */
public final class Json {

    public static final int MAX_DEPTH = 64;

    /** Input: ASCII bytes, or chars encoded 1–3 bytes each ({@link #encode}) when {@code !ascii}. */
    private final byte[] in;
    private final int end;
    private final boolean ascii;
    private int pos;

    private Json(byte[] in, int end, boolean ascii) {
        this.in = in;
        this.end = end;
        this.ascii = ascii;
    }

    /** Parses one JSON value; throws {@link JsonException} with the position on malformed input. */
    public static Object parse(String text) {
        return of(text).readDocument();
    }

    /** Parses a JSON object; throws {@link JsonException} when the text is valid JSON but not an object. */
    public static Map<String, Object> parseObject(String text) {
        return asObject(parse(text));
    }

    /**
     * {@link #parseObject(String)} of the text held by {@code bytes[0, length)}, which must be pure ASCII (every byte
     * in 0–127; the caller has checked, e.g. while reading). Same values, same errors, no String of the whole text.
     */
    public static Map<String, Object> parseAscii(byte[] bytes, int length) {
        if (length < 0 || length > bytes.length) {
            throw new IllegalArgumentException("length " + length + " outside 0–" + bytes.length);
        }
        return asObject(new Json(bytes, length, true).readDocument());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        if (!(value instanceof Map)) {
            throw new JsonException("expected a JSON object, found " + typeName(value));
        }
        return (Map<String, Object>) value;
    }

    public static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "number";
    }

    private static Json of(String text) {
        int n = text.length();
        byte[] utf8 = text.getBytes(Charsets.UTF_8); // the JDK's copy for ASCII text
        if (utf8.length == n && noReplacedChars(text, utf8)) {
            return new Json(utf8, n, true);
        }
        byte[] encoded = encode(text);
        return new Json(encoded, encoded.length, false);
    }

    /** Same length in bytes as in chars: ASCII, unless a lone surrogate was replaced by '?'. */
    private static boolean noReplacedChars(String text, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '?' && text.charAt(i) != '?') {
                return false;
            }
        }
        return true;
    }

    /** Each char as one (ASCII), two (< U+0800) or three bytes, lead byte first, like UTF-8 of a BMP char. */
    private static byte[] encode(String text) {
        int n = text.length();
        byte[] out = new byte[n * 3];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[k++] = (byte) c;
            } else if (c < 0x800) {
                out[k++] = (byte) (0xC0 | (c >> 6));
                out[k++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[k++] = (byte) (0xE0 | (c >> 12));
                out[k++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[k++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private Object readDocument() {
        skipWhitespace();
        Object value = readValue(0);
        skipWhitespace();
        if (pos != end) {
            throw error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object readValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested too deeply");
        }
        if (pos >= end) {
            throw error("unexpected end of input");
        }
        byte c = in[pos];
        switch (c) {
            case '{':
                return readObject(depth);
            case '[':
                return readArray(depth);
            case '"':
                return readString();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            case 'N':
                return literal("NaN", Double.NaN);
            case 'I':
                return literal("Infinity", Double.POSITIVE_INFINITY);
            default:
                if (c == '-' && startsWith("-Infinity")) {
                    return literal("-Infinity", Double.NEGATIVE_INFINITY);
                }
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw error("unexpected character '" + charAt(pos) + "'");
        }
    }

    private Map<String, Object> readObject(int depth) {
        Map<String, Object> map = new LinkedHashMap<>(32); // our files have up to 13 keys: no resize
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            String key = readString();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            map.put(key, readValue(depth + 1));
            skipWhitespace();
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> readArray(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(readValue(depth + 1));
            skipWhitespace();
            char c = next();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String readString() {
        pos++;
        StringBuilder out = null;
        int start = pos;
        int hash = 0; // String.hashCode of an ASCII run, for the key table
        boolean plain = true; // only ASCII bytes since start
        byte[] b = in;
        while (true) {
            if (pos >= end) {
                throw error("unterminated string");
            }
            byte c = b[pos];
            if (c == '"') {
                String result;
                if (out != null) {
                    result = append(out, start, pos).toString();
                } else if (plain) {
                    String known = JsonKeys.lookup(b, start, pos - start, hash);
                    result = known != null ? known : new String(b, start, pos - start, Charsets.ISO_8859_1);
                } else {
                    result = decode(start, pos);
                }
                pos++;
                return result;
            }
            if (c >= 0 && c < 0x20) {
                throw error("control character in string");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                append(out, start, pos);
                pos++;
                out.append(readEscape());
                start = pos;
            } else {
                if (c < 0) {
                    plain = false;
                }
                hash = 31 * hash + c;
                pos++;
            }
        }
    }

    /** {@code in[from, to)} (whole chars) appended as chars. */
    private StringBuilder append(StringBuilder out, int from, int to) {
        int i = from;
        while (i < to) {
            int b0 = in[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
            } else {
                out.append(charAt(i));
                i += (b0 & 0xE0) == 0xC0 ? 2 : 3;
            }
        }
        return out;
    }

    /** {@code in[from, to)} (whole chars, some not ASCII) as a String. */
    private String decode(int from, int to) {
        return append(new StringBuilder(to - from), from, to).toString();
    }

    /** The char whose encoding starts at {@code i} (< {@link #end}). */
    private char charAt(int i) {
        int b0 = in[i] & 0xFF;
        if (b0 < 0x80) {
            return (char) b0;
        }
        if ((b0 & 0xE0) == 0xC0) {
            return (char) (((b0 & 0x1F) << 6) | (in[i + 1] & 0x3F));
        }
        return (char) (((b0 & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F));
    }

    /** Bytes of the char whose encoding starts at {@code i}. */
    private int width(int i) {
        int b0 = in[i] & 0xFF;
        return b0 < 0x80 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : 3;
    }

    private char readEscape() {
        char c = next();
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                return readUnicodeEscape();
            default:
                throw error("bad escape '\\" + c + "'");
        }
    }

    /** The four chars after {@code \\u}, with {@code Integer.parseInt(s, 16)}'s rules (a sign, any Unicode digit). */
    private char readUnicodeEscape() {
        if (pos + 4 <= end) {
            int v = 0;
            for (int i = pos; i < pos + 4; i++) {
                int d = hexDigit(in[i]);
                if (d < 0) {
                    v = -1;
                    break;
                }
                v = (v << 4) | d;
            }
            if (v >= 0) {
                pos += 4;
                return (char) v;
            }
        }
        // not four ASCII hex digits: the four chars as text, through Integer.parseInt as before
        int i = pos;
        for (int k = 0; k < 4; k++) {
            if (i >= end) {
                throw error("short \\u escape");
            }
            i += width(i);
        }
        try {
            char decoded = (char) Integer.parseInt(decode(pos, i), 16);
            pos = i;
            return decoded;
        } catch (NumberFormatException e) {
            throw error("bad \\u escape");
        }
    }

    private static int hexDigit(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private Object readNumber() {
        int start = pos;
        byte[] b = in;
        boolean negative = b[pos] == '-';
        if (negative) {
            pos++;
        }
        boolean integral = true;
        // the shape -?D+(.D+)? with its digits as one long, for the conversions without parseLong/parseDouble
        long digits = 0;
        int count = 0; // digits seen
        int dot = -1; // position of the one '.', if any
        boolean simple = true;
        while (pos < end) {
            byte c = b[pos];
            if (c >= '0' && c <= '9') {
                if (++count <= 18) {
                    digits = digits * 10 + (c - '0');
                }
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                integral = false;
                if (c == '.' && dot < 0 && count > 0) {
                    dot = pos;
                } else {
                    simple = false;
                }
                pos++;
            } else {
                break;
            }
        }
        if (simple && count > 0) {
            if (integral && count <= 18) {
                return negative ? -digits : digits; // = Long.parseLong
            }
            int fraction = dot < 0 ? 0 : pos - dot - 1;
            if (!integral && fraction > 0 && Numbers.exactDecimal(count, fraction)) {
                double v = Numbers.decimalValue(digits, fraction); // = Double.parseDouble
                return negative ? -v : v;
            }
        }
        String number = new String(b, start, pos - start, Charsets.ISO_8859_1); // ASCII
        try {
            if (integral) {
                try {
                    return Long.parseLong(number);
                } catch (NumberFormatException tooBig) {
                    return Double.parseDouble(number);
                }
            }
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw error("bad number '" + number + "'");
        }
    }

    private boolean startsWith(String word) {
        int n = word.length();
        if (pos + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (in[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private Object literal(String word, Object value) {
        if (!startsWith(word)) {
            throw error("unexpected token");
        }
        pos += word.length();
        return value;
    }

    private void skipWhitespace() {
        byte[] b = in;
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    /** The byte at the position (a non-ASCII lead byte never equals a structural char). */
    private int peek() {
        if (pos >= end) {
            throw error("unexpected end of input");
        }
        return in[pos];
    }

    /** The char at the position, stepping over it. */
    private char next() {
        if (pos >= end) {
            throw error("unexpected end of input");
        }
        char c = charAt(pos);
        pos += width(pos);
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private JsonException error(String message) {
        return new JsonException(message + " at offset " + charOffset(pos));
    }

    /** Chars before byte {@code p}: every byte but the continuation bytes starts one. */
    private int charOffset(int p) {
        if (ascii) {
            return p;
        }
        int chars = 0;
        for (int i = 0; i < p && i < end; i++) {
            if ((in[i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        return chars;
    }
}
