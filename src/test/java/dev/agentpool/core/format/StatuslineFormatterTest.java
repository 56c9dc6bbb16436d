package dev.agentpool.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.json.Json;
import dev.agentpool.core.verify.StatusWord;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatuslineFormatterTest {

    private static StatuslineInput input(int current, Integer total, Integer count, long used, long tokTotal,
                                         double confidence, String status) {
        return new StatuslineInput(current, Optional.ofNullable(total),
                Optional.ofNullable(count), used, tokTotal, Optional.empty(),
                confidence, status);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "null", textBlock = """
            true  | 25  | 145  | 5    | 15000 | 200000 | 99.2 | 'Agents: 25/145 (5) | Tokens: 15k/200k (7.5%) | Conf: 99.2% | Status: 🟢 OPTIMAL'
            false | 145 | null | null | 15000 | 200000 | 99.2 | 'Agents: 145 | Tokens: 15k/200k (7.5%) | Conf: 99.2% | Status: 🟢 OPTIMAL'
            true  | 25  | 145  | 5    | 15000 | 200000 | 0.0  | 'Agents: 25/145 (5) | Tokens: 15k/200k (7.5%) | Conf: -- | Status: 🟢 OPTIMAL'
            true  | 25  | 145  | 5    | 15000 | 200000 | -3.0 | 'Agents: 25/145 (5) | Tokens: 15k/200k (7.5%) | Conf: -- | Status: 🟢 OPTIMAL'
            true  | 25  | 145  | null | 15999 | 200000 | 97.0 | 'Agents: 25/145 | Tokens: 15k/200k (8.0%) | Conf: 97.0% | Status: 🟢 OPTIMAL'
            true  | 25  | null | null | 0     | 200000 | 50.5 | 'Agents: 25 | Tokens: 0k/200k (0.0%) | Conf: 50.5% | Status: 🟢 OPTIMAL'
            """)
    void fullFormatPrintsTheLegacyStrings(boolean instanceMode, int current, Integer total, Integer count, long used,
                                         long tokTotal, double conf, String expected) {
        String line = new StatuslineFormatter(instanceMode).full(input(current, total, count, used, tokTotal, conf,
                "🟢 OPTIMAL"));
        assertThat(line).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            true  | 25  | 145  | 5    | 99.2 | A:25/145(5) T:7.5% C:99.2%
            false | 145 | null | null | 99.2 | A:145 T:7.5% C:99.2%
            false | 145 | 145  | 5    | 99.2 | A:145 T:7.5% C:99.2%
            true  | 25  | 145  | 5    | 0    | A:25/145(5) T:7.5% C:--
            """)
    void compactFormatPrintsTheLegacyStrings(boolean instanceMode, int current, Integer total, Integer count,
                                            double conf, String expected) {
        String line = new StatuslineFormatter(instanceMode).compact(input(current, total, count, 15000, 200000, conf,
                "🟢 OPTIMAL"));
        assertThat(line).isEqualTo(expected);
    }

    @Test
    void jsonHasTheLegacyShapeInInstanceMode() {
        String json = new StatuslineFormatter(true).json(input(25, 145, 5, 15000, 200000, 99.2, "🟢 OPTIMAL"));
        Map<String, Object> root = Json.parseObject(json);
        assertThat(root).containsOnlyKeys("agents", "tokens", "confidence", "status");
        assertThat(root.get("agents")).isEqualTo(Map.of("current", 25L, "total", 145L, "instance_count", 5L));
        assertThat(root.get("tokens")).isEqualTo(Map.of("used", 15000L, "total", 200000L, "percentage", 7.5));
        assertThat(root.get("confidence")).isEqualTo(99.2);
        assertThat(root.get("status")).isEqualTo("🟢 OPTIMAL");
        assertThat(json).contains("\\ud83d\\udfe2 OPTIMAL");
    }

    @Test
    void jsonOmitsTotalAndInstanceCountInSharedMode() {
        Map<String, Object> root = Json.parseObject(new StatuslineFormatter(false)
                .json(input(145, 145, 5, 15000, 200000, 99.2, "🟢 OPTIMAL")));
        assertThat(root.get("agents")).isEqualTo(Map.of("current", 145L));
    }

    @Test
    void givenTokenPercentageWinsOverTheComputedOne() {
        StatuslineInput in = new StatuslineInput(1, Optional.empty(), Optional.empty(), 15000, 200000,
                Optional.of(12.25), 90, "x");
        assertThat(new StatuslineFormatter(false).compact(in)).isEqualTo("A:1 T:12.2% C:90.0%");
    }

    @Test
    void ansiColourWrapsOnlyTheStatusWord() {
        String line = new StatuslineFormatter(true, true).full(input(25, 145, 5, 190000, 200000, 99.2, "🔴 CRITICAL"));
        assertThat(line).endsWith("Status: \u001b[31m🔴 CRITICAL\u001b[0m")
                .startsWith("Agents: 25/145 (5) | Tokens: 190k/200k (95.0%)");
    }

    @Test
    void ansiColourLeavesUnknownStatusPlain() {
        String line = new StatuslineFormatter(false, true).full(input(1, null, null, 0, 200000, 1, "custom"));
        assertThat(line).endsWith("Status: custom").doesNotContain("\u001b");
    }

    @Test
    void everyStatusWordHasItsColour() {
        // the mapping of the former switch expression, whose exhaustiveness the compiler checked
        Map<StatusWord, String> expected = Map.of(StatusWord.CRITICAL, "\u001b[31m", StatusWord.WARNING, "\u001b[33m",
                StatusWord.ACTIVE, "\u001b[36m", StatusWord.OPTIMAL, "\u001b[32m", StatusWord.READY, "\u001b[32m");
        assertThat(expected.keySet()).containsExactlyInAnyOrder(StatusWord.values());
        for (StatusWord w : StatusWord.values()) {
            assertThat(StatuslineFormatter.AnsiStatus.colour(w)).isEqualTo(expected.get(w));
        }
    }
}
