package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The byte-based {@link Json} reads every input exactly as the String-based reader it replaced ({@link LegacyJson},
 * kept here as the oracle): the same values with the same types and key order, or the same error message at the
 * same offset. Inputs: JSON-ish noise (structural chars, escapes, numbers, non-ASCII, lone surrogates, control
 * chars), real-looking state files, and those files cut short or with one char changed.
 */
class JsonProperties {

    @Property(tries = 4000)
    void noiseReadsAsBefore(@ForAll("noise") String text) {
        assertSame(text);
    }

    @Property(tries = 3000)
    void stateFilesAndTheirMutationsReadAsBefore(@ForAll("mutatedDocuments") String text) {
        assertSame(text);
    }

    @Property(tries = 2000)
    void numbersReadAsBefore(@ForAll("numbers") String number) {
        assertSame(number);
        assertSame("{\"n\": " + number + "}");
        assertSame("[" + number + "," + number + "]");
    }

    @Example
    void knownEdgeCases() {
        String[] cases = {"", " ", "{", "}", "{}", "[]", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "\"\\u12\"",
            "\"\\u-fff\"", "\"\\u+fff\"", "\"\\u٣٣٣٣\"", "\"\\uＡＢＣＤ\"", "\"\\u1é\"", "\"\\u1éé\"", "\"\\é\"",
            "\"\\\"", "\"a\u0001b\"", "\"\ud83d\udfe2 OPTIMAL\"", "\"\ud83d\"", "\udc00", "é", "{\"é\": 1é}",
            "{\"a\":1}x", "-", "-0", "-0.0", "0.1", "1.", ".5", "-.5", "1e5", "1E-5", "1.5e3", "01", "1-2", "1..2",
            "123456789012345678", "1234567890123456789", "99999999999999999999", "0.30000000000000004",
            "123456789012345.6", "1.2345678901234567", "9007199254740993.0", "NaN", "-Infinity", "Infinity", "-Inf",
            "nul", "tru", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]"
                + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "{\"agents\": 1, \"agents\": 2}",
            "{\"status\": \"\\ud83d\\udfe2 OPTIMAL\"}", "\t\n\r {\"a\"\t:\n[true,false,null]}\r\n"};
        for (String c : cases) {
            assertSame(c);
        }
    }

    private static void assertSame(String text) {
        String expected = outcome(text, true);
        assertThat(outcome(text, false)).as("parse of <%s>", text).isEqualTo(expected);
        String expectedObject = objectOutcome(text, true);
        assertThat(objectOutcome(text, false)).as("parseObject of <%s>", text).isEqualTo(expectedObject);
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            ascii &= text.charAt(i) < 0x80;
        }
        if (ascii) {
            byte[] bytes = (text + "trailing bytes not part of the text").getBytes(StandardCharsets.ISO_8859_1);
            String fromBytes;
            try {
                fromBytes = describe(Json.parseAscii(bytes, text.length()));
            } catch (JsonException e) {
                fromBytes = "error: " + e.getMessage();
            }
            assertThat(fromBytes).as("parseAscii of <%s>", text).isEqualTo(expectedObject);
        }
    }

    private static String outcome(String text, boolean legacy) {
        try {
            return describe(legacy ? LegacyJson.parse(text) : Json.parse(text));
        } catch (JsonException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String objectOutcome(String text, boolean legacy) {
        try {
            return describe(legacy ? LegacyJson.parseObject(text) : Json.parseObject(text));
        } catch (JsonException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Value, Java type and key order, so equal descriptions mean equal results. */
    private static String describe(Object value) {
        StringBuilder out = new StringBuilder();
        describe(value, out);
        return out.toString();
    }

    private static void describe(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append(value.getClass().getSimpleName()).append('{');
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append('<').append(e.getKey()).append(">=");
                describe(e.getValue(), out);
                out.append(';');
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append(value.getClass().getSimpleName()).append('[');
            for (Object o : list) {
                describe(o, out);
                out.append(',');
            }
            out.append(']');
        } else if (value == null) {
            out.append("null");
        } else {
            out.append(value.getClass().getSimpleName()).append(':').append(value);
            if (value instanceof Double d) {
                out.append('/').append(Double.doubleToRawLongBits(d));
            }
        }
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> atoms = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "\\u00e9", "\\ud83d",
                "\\n", "\\x", " ", "\n", "\t", "true", "false", "null", "NaN", "Infinity", "-Infinity", "-", "+", ".",
                "e", "E", "0", "1", "7", "42", "3.25", "-0.5", "1e3", "a", "key", "agents", "status", "é", "中", "\ud83d",
                "\udfe2", "\ud83d\udfe2", "\u0000", "\u001f", "\u007f", "٣", "Ａ", "?");
        return atoms.list().ofMinSize(0).ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.strings().withChars("0123456789.-+eE").ofMinLength(1).ofMaxLength(26);
    }

    @Provide
    Arbitrary<String> mutatedDocuments() {
        Arbitrary<String> docs = Arbitraries.of(
                "{\n  \"instance_id\": \"20261127_000000_1000000_00000000\",\n  \"pid\": 1000000,\n  \"start_time\": "
                        + "\"2026-12-01T20:01:49.083031487\",\n  \"last_heartbeat\": \"2026-12-01T20:01:49.083031\",\n"
                        + "  \"metadata\": {\n    \"window\": 0\n  }\n}",
                "{\n  \"agents\": 10,\n  \"agents_total\": 10,\n  \"confidence\": 90.5,\n  \"executing\": true,\n"
                        + "  \"tokens_used\": 0,\n  \"tokens_total\": 200000,\n  \"tokens_pct\": 0.0,\n"
                        + "  \"context_pct\": 0.0\n}",
                "{\n  \"lifecycle_state\": \"active\",\n  \"agents\": \"10\",\n  \"tokens_used\": 15000,\n"
                        + "  \"tokens_display\": \"15k/200k\",\n  \"confidence\": \"99.2\",\n"
                        + "  \"status\": \"\\ud83d\\udfe2 OPTIMAL\",\n  \"executing\": false,\n"
                        + "  \"frozen_at\": null,\n  \"request_count\": 3\n}",
                "{\"status\": \"\ud83d\udfe2 OPTIMAL é\", \"agents\": \"N/A\", \"confidence\": \"--\", \"x\": [1, -2.5e-3,"
                        + " {\"y\": []}], \"cost_usd\": 0.0123}",
                "{\"running_subagents\": {\"a\": {\"started\": \"2026-12-01T20:01:49+01:00\"}}, \"waiting_for_user\":"
                        + " false, \"launched_total\": 12345678901234567890}");
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 400);
        Arbitrary<String> with = Arbitraries.of("", "\"", "}", ",", ":", "\\", "x", "é", "\ud83d", "\u0001", " ", "-",
                ".", "9", "{", "]");
        Arbitrary<Integer> how = Arbitraries.integers().between(0, 3);
        return Combinators.combine(docs, where, with, how).as((doc, at, s, mode) -> {
            int i = Math.min(at, doc.length());
            return switch (mode) {
                case 0 -> doc;
                case 1 -> doc.substring(0, i); // cut short
                case 2 -> doc.substring(0, i) + s + doc.substring(i); // inserted
                default -> doc.substring(0, i) + s + (i < doc.length() ? doc.substring(i + 1) : ""); // replaced
            };
        });
    }
}
