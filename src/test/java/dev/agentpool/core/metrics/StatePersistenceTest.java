package dev.agentpool.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatePersistenceTest {

    private static final InstanceId ID = InstanceId.of("20261127_230000_4242_0123abcd");
    private static final DisplayValues VALUES = new DisplayValues(Optional.of(25L), 15000, 200000, Optional.of(99.2), true);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T22:00:00.5Z"), ZoneId.of("Europe/Berlin"));

    private StatePersistence state() {
        return new StatePersistence(new StateLayout(dir), Optional.of(ID), clock);
    }

    @Test
    void anUpdateWritesExactlyTheLegacyKeysAndValues() throws Exception {
        state().update(VALUES);
        Map<String, Object> json = Json.parseObject(Files.readString(dir.resolve("statusline_state_" + ID + ".json")));
        assertThat(json).containsExactly(Map.entry("lifecycle_state", "active"), Map.entry("agents", "25"),
                Map.entry("tokens_used", 15000L), Map.entry("tokens_total", 200000L), Map.entry("tokens_pct", 7.5),
                Map.entry("tokens_display", "15k/200k"), Map.entry("confidence", "99.2"),
                Map.entry("status", "🟢 OPTIMAL"), Map.entry("executing", true),
                Map.entry("last_update", "2026-11-27T23:00:00.500000"),
                Map.entry("last_active_update", "2026-11-27T23:00:00.500000"), new java.util.AbstractMap.SimpleEntry<>("frozen_at", null),
                Map.entry("request_count", 0L));
    }

    @Test
    void goesActiveThenCompletingThenIdleCountingOneRequest() throws Exception {
        StatePersistence state = state();
        state.update(VALUES);
        clock.advance(Duration.ofSeconds(5));
        StatuslineState frozen = state.freeze().value();
        assertThat(frozen.lifecycle()).isEqualTo(Lifecycle.COMPLETING);
        assertThat(frozen.requestCount()).isEqualTo(1);
        assertThat(frozen.frozenAt()).contains(clock.instant());
        assertThat(frozen.executing()).isFalse();
        assertThat(frozen.tokensDisplay()).isEqualTo("15k/200k");
        clock.advance(Duration.ofSeconds(5));
        StatuslineState idle = state.idle().value();
        assertThat(idle.lifecycle()).isEqualTo(Lifecycle.IDLE);
        assertThat(idle.agents()).isEqualTo("25");
        assertThat(idle.frozenAt()).isEqualTo(frozen.frozenAt());
        assertThat(state.current().value()).isEqualTo(idle);
    }

    @Test
    void aSecondFreezeDoesNotCountTheRequestAgain() throws Exception {
        StatePersistence state = state();
        state.update(VALUES);
        state.freeze();
        assertThat(state.freeze().value().requestCount()).isEqualTo(1);
        state.idle();
        assertThat(state.freeze().value().requestCount()).isEqualTo(1);
    }

    @Test
    void theNextUpdateMakesItActiveAgainAndKeepsTheCount() throws Exception {
        StatePersistence state = state();
        state.update(VALUES);
        state.freeze();
        state.idle();
        StatuslineState again = state.update(VALUES).value();
        assertThat(again.lifecycle()).isEqualTo(Lifecycle.ACTIVE);
        assertThat(again.requestCount()).isEqualTo(1);
        assertThat(again.frozenAt()).isEmpty();
    }

    @Test
    void aCorruptStateFileIsReplacedWithAWarning() throws Exception {
        Files.writeString(dir.resolve("statusline_state_" + ID + ".json"), "{\"lifecycle_state\": ");
        var result = state().update(VALUES);
        assertThat(result.warnings()).singleElement().asString().contains("replaced unreadable state");
        assertThat(state().current().isOk()).isTrue();
    }

    @Test
    void sharedModeUsesTheLegacySharedFile() throws Exception {
        new StatePersistence(new StateLayout(dir), Optional.empty(), clock).update(VALUES);
        assertThat(dir.resolve("statusline_state.json")).exists();
    }

    @Test
    void displayValuesFollowTheLegacyFormats() {
        DisplayValues none = new DisplayValues(Optional.empty(), 190000, 200000, Optional.of(0.0), true);
        assertThat(none.agentsText()).isEqualTo("N/A");
        assertThat(none.confidenceText()).isEqualTo("--");
        assertThat(none.tokensPct()).isEqualTo(95.0);
        assertThat(none.status()).isEqualTo("🔴 CRITICAL");
    }
}
