package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static Map<String, Object> sample() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("agents", 25L);
        map.put("pct", 7.5);
        map.put("whole", 15.0);
        map.put("status", "🟢 OPTIMAL");
        map.put("list", List.of(1L, "a\"b"));
        map.put("none", null);
        map.put("nan", Double.NaN);
        return map;
    }

    @Test
    void prettyLooksLikePythonsJsonDumpWithIndentTwo() {
        assertThat(JsonWriter.pretty(sample())).isEqualTo("""
                {
                  "agents": 25,
                  "pct": 7.5,
                  "whole": 15.0,
                  "status": "\\ud83d\\udfe2 OPTIMAL",
                  "list": [
                    1,
                    "a\\"b"
                  ],
                  "none": null,
                  "nan": null
                }""");
    }

    @Test
    void compactIsOneLineAndKeepsNonAscii() {
        assertThat(JsonWriter.compact(sample())).isEqualTo(
                "{\"agents\":25,\"pct\":7.5,\"whole\":15.0,\"status\":\"🟢 OPTIMAL\",\"list\":[1,\"a\\\"b\"],"
                        + "\"none\":null,\"nan\":null}");
    }

    @Test
    void javascriptStyleUsesTheGivenIndentAndBareIntegralNumbers() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("n", 15.0);
        model.put("t", 1.5e-7);
        assertThat(JsonWriter.javascript(model, "\t")).isEqualTo("{\n\t\"n\": 15,\n\t\"t\": 1.5e-7\n}");
    }

    @Test
    void writtenJsonReadsBackToTheSameModel() {
        Map<String, Object> model = sample();
        model.remove("nan");
        assertThat(Json.parse(JsonWriter.pretty(model))).isEqualTo(model);
        assertThat(Json.parse(JsonWriter.javascript(model, "  "))).usingRecursiveComparison()
                .ignoringFields("whole").isEqualTo(model);
    }

    @Test
    void everyDepthIsIndentedByTwoSpacesPerLevel() {
        // below and beyond the precomputed indents (8 levels), against the indentation spelled out per level
        Object value = 7L;
        for (int i = 0; i < 12; i++) {
            value = List.of(value);
        }
        StringBuilder expected = new StringBuilder();
        for (int d = 0; d < 12; d++) {
            expected.append("[\n").append("  ".repeat(d + 1));
        }
        expected.append('7');
        for (int d = 11; d >= 0; d--) {
            expected.append('\n').append("  ".repeat(d)).append(']');
        }
        assertThat(JsonWriter.pretty(value)).isEqualTo(expected.toString());
        assertThat(JsonWriter.javascript(value, "  ")).isEqualTo(expected.toString());
        assertThat(JsonWriter.javascript(List.of(List.of(1L)), "\t")).isEqualTo("[\n\t[\n\t\t1\n\t]\n]");
    }
}
