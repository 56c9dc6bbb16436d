package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Strings are written exactly as by the char-by-char escaping they were written with before the no-escape scan
 * ({@link #oldString}, kept here as the oracle), in every writer style.
 */
class JsonWriterStringProperties {

    @Property(tries = 3000)
    void stringsAreWrittenAsBefore(@ForAll("texts") String text) {
        assertThat(JsonWriter.pretty(List.of(text))).isEqualTo("[\n  " + oldString(text, true) + "\n]");
        assertThat(JsonWriter.compact(Map.of(text, text)))
                .isEqualTo("{" + oldString(text, false) + ":" + oldString(text, false) + "}");
        assertThat(JsonWriter.prettyStream(16).beginObject().name(text).value(text).endObject().text())
                .isEqualTo(JsonWriter.pretty(Map.of(text, text)));
    }

    private static String oldString(String s, boolean asciiOnly) {
        StringBuilder out = new StringBuilder("\"");
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
                        out.append("\\u").append(HexFormat.of().toHexDigits(c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().withChars("ab\"\\\n\r\t\b\f\u0001\u001f\u007e\u007f\u0080é中\ud83d\udfe2 /")
                        .ofMaxLength(20),
                Arbitraries.of("", "instance_id", "/tmp/agentpool/realtime_metrics_x.json", "🟢 OPTIMAL"));
    }
}
