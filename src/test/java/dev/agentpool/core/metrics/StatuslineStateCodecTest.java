package dev.agentpool.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatuslineStateCodecTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Test
    void readsACompletingLegacyState() {
        Path f = Fixtures.legacyStateDir().resolve("statusline_state_20261127_225535_11009_e8a6c58c.json");
        Outcome<StatuslineState> read = StatuslineStateCodec.read(f, ZONE);
        assertThat(read.warnings()).isEmpty();
        StatuslineState s = read.value();
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.COMPLETING);
        assertThat(s.agents()).isEqualTo("35");
        assertThat(s.agentCount()).contains(35L);
        assertThat(s.tokensDisplay()).isEqualTo("60k/200k");
        assertThat(s.confidence()).isEqualTo("99.2");
        assertThat(s.status()).isEqualTo("🟢 OPTIMAL");
        assertThat(s.executing()).isFalse();
        assertThat(s.frozenAt()).contains(LocalDateTime.parse("2026-11-27T22:55:35.995846").atZone(ZONE).toInstant());
        assertThat(s.requestCount()).isEqualTo(1);
    }

    @Test
    void writesEveryLegacyStateFileBackByteIdentical() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.list(Fixtures.legacyStateDir())) {
            files = all.filter(p -> p.getFileName().toString().startsWith("statusline_state")).toList();
        }
        assertThat(files).hasSize(6);
        for (Path f : files) {
            StatuslineState s = StatuslineStateCodec.read(f, ZONE).value();
            assertThat(JsonWriter.pretty(StatuslineStateCodec.toMap(s, ZONE))).as(f.toString())
                    .isEqualTo(Files.readString(f));
        }
    }

    @Test
    void writesExactlyTheLegacyKeysAndTypes() {
        Map<String, Object> map = StatuslineStateCodec.toMap(StatuslineState.initial(), ZONE);
        assertThat(map).containsOnlyKeys("lifecycle_state", "agents", "tokens_used", "tokens_total", "tokens_pct",
                "tokens_display", "confidence", "status", "executing", "last_update", "last_active_update",
                "frozen_at", "request_count");
        assertThat(map.get("agents")).isEqualTo("N/A");
        assertThat(map.get("tokens_used")).isInstanceOf(Long.class);
        assertThat(map.get("tokens_pct")).isInstanceOf(Double.class);
        assertThat(map.get("frozen_at")).isNull();
        assertThat(map.get("request_count")).isEqualTo(0L);
    }

    @Test
    void turnsNumericAgentsAndConfidenceIntoTheLegacyStrings() {
        StatuslineState s = parse("{\"agents\": 25, \"confidence\": 97.5}").value();
        assertThat(s.agents()).isEqualTo("25");
        assertThat(s.confidence()).isEqualTo("97.5");
    }

    @Test
    void replacesHostileValuesByDefaultsWithWarnings() {
        Outcome<StatuslineState> read = parse("{\"lifecycle_state\": \"exploding\", \"request_count\": -1,"
                + " \"tokens_pct\": NaN, \"frozen_at\": 12, \"agents\": \"../../x\"}");
        StatuslineState s = read.value();
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.IDLE);
        assertThat(s.requestCount()).isZero();
        assertThat(s.tokensPct()).isZero();
        assertThat(s.frozenAt()).isEmpty();
        assertThat(s.agents()).isEqualTo("N/A");
        assertThat(read.warnings()).hasSize(5);
    }

    @Test
    void formatsTokensInTruncatedThousands() {
        assertThat(StatuslineState.tokensDisplay(15999, 200000)).isEqualTo("15k/200k");
        assertThat(StatuslineState.tokensDisplay(999, 200000)).isEqualTo("0k/200k");
    }

    private static Outcome<StatuslineState> parse(String json) {
        return StatuslineStateCodec.parse(Json.parseObject(json), ZONE);
    }
}
