package dev.agentpool.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RealtimeMetricsCodecTest {

    private static final ZoneId ZONE = ZoneOffset.UTC;

    private static Path fixture(String id) {
        return Fixtures.legacyStateDir().resolve("realtime_metrics_" + id + ".json");
    }

    @Test
    void readsTheLegacyFixtureFiles() {
        RealtimeMetrics first = RealtimeMetricsCodec.read(fixture("20261127_225532_11009_db0cb426"), ZONE).value();
        assertThat(first.agents()).contains(25L);
        assertThat(first.confidence()).contains(99.2);
        assertThat(first.executing()).contains(true);
        assertThat(first.tokensUsed()).contains(15000L);
        assertThat(first.tokensTotal()).isEqualTo(200000);
        assertThat(first.tokensPct()).contains(7.5);
        assertThat(RealtimeMetricsCodec.read(fixture("20261127_225534_11009_61ccaf3d"), ZONE).value().confidence())
                .contains(97.0);
        assertThat(RealtimeMetricsCodec.read(fixture("20261127_225537_11009_f45c2b15"), ZONE).value().confidence())
                .isEmpty();
    }

    @Test
    void writesTheLegacyFixtureBackByteIdentical() throws Exception {
        Path f = fixture("20261127_225532_11009_db0cb426");
        RealtimeMetrics m = RealtimeMetricsCodec.read(f, ZONE).value();
        assertThat(JsonWriter.pretty(RealtimeMetricsCodec.toMap(m, ZONE))).isEqualTo(Files.readString(f));
    }

    @Test
    void agentsTotalWinsOverAgents() {
        assertThat(parse("{\"agents\": 3, \"agents_total\": 9}").value().agents()).contains(9L);
        assertThat(parse("{\"agents\": 3}").value().agents()).contains(3L);
        assertThat(parse("{\"agents_total\": \"12\"}").value().agents()).contains(12L);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            99.2,       99.2
            '\"99.2\"', 99.2
            '\"97.0%\"', 97.0
            '\"--\"',   -1
            """)
    void acceptsEveryLegacyConfidenceForm(String json, double expected) {
        Optional<Double> c = parse("{\"confidence\": " + json + "}").value().confidence();
        assertThat(c).isEqualTo(expected < 0 ? Optional.empty() : Optional.of(expected));
    }

    @Test
    void rejectsHostileValuesOneByOneAndKeepsTheRest() {
        Outcome<RealtimeMetrics> read = parse("{\"agents\": -5, \"confidence\": NaN, \"executing\": \"yes\","
                + " \"tokens_used\": 1.5, \"tokens_pct\": Infinity, \"tokens_total\": 100000}");
        RealtimeMetrics m = read.value();
        assertThat(m.agents()).isEmpty();
        assertThat(m.confidence()).isEmpty();
        assertThat(m.executing()).isEmpty();
        assertThat(m.tokensUsed()).isEmpty();
        assertThat(m.tokensPct()).isEmpty();
        assertThat(m.tokensTotal()).isEqualTo(100000);
        assertThat(read.warnings()).hasSize(5)
                .anyMatch(w -> w.equals("agents: negative (-5)"))
                .anyMatch(w -> w.startsWith("confidence: NaN"));
    }

    @Test
    void rejectsConfidenceTextThatIsNotANumberOrOutOfRange() {
        assertThat(parse("{\"confidence\": \"high\"}").warnings()).containsExactly("confidence: not a number: 'high'");
        assertThat(parse("{\"confidence\": 250}").warnings()).containsExactly("confidence: outside 0–100 (250.0)");
        assertThat(parse("{\"agents\": \"lots\"}").warnings()).containsExactly("agents: not a whole number ≥ 0: 'lots'");
    }

    @Test
    void roundTripsOurExtras() {
        RealtimeMetrics m = RealtimeMetrics.legacy(4, Optional.of(88.5), true, 30000, 200000)
                .withExtras("claude-opus", 1.25, "abc-123", 200000L, Instant.parse("2026-11-27T22:00:00Z"));
        Map<String, Object> map = RealtimeMetricsCodec.toMap(m, ZONE);
        assertThat(map).containsKeys("agents", "agents_total", "confidence", "executing", "tokens_used",
                "tokens_total", "tokens_pct", "context_pct", "model", "cost_usd", "session_id",
                "context_window_size", "updated");
        assertThat(parse(JsonWriter.pretty(map)).value()).isEqualTo(m);
    }

    @Test
    void writesNoConfidenceAsDoubleDash() {
        Map<String, Object> map = RealtimeMetricsCodec.toMap(RealtimeMetrics.legacy(1, Optional.empty(), false, 0, 200000), ZONE);
        assertThat(map.get("confidence")).isEqualTo("--");
        assertThat(map.get("agents")).isEqualTo(1L);
        assertThat(map.get("tokens_total")).isEqualTo(200000L);
    }

    private static Outcome<RealtimeMetrics> parse(String json) {
        return RealtimeMetricsCodec.parse(Json.parseObject(json), ZONE);
    }
}
