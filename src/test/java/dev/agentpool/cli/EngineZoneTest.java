package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Engine#systemZone()}: the UTC family without the rules provider, every other zone as the system's. */
class EngineZoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"Etc/UTC", "UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu", "Etc/GMT-0", "Etc/UCT"})
    void theUtcFamilyReadsEveryLocalTimeLikeTheFullZone(String id) {
        ZoneId fast = Engine.systemZone(id);
        ZoneId full = ZoneId.of(id);
        assertThat(fast).isEqualTo(ZoneId.of("UTC"));
        assertThat(full.getRules().isFixedOffset() || full.getRules().getTransitions().isEmpty()).isTrue();
        for (String local : new String[] {"1970-01-01T00:00:00", "1995-03-26T02:30:00", "2026-03-29T02:30:00",
            "2026-10-25T02:30:00", "2026-11-27T22:55:32.654372"}) {
            LocalDateTime t = LocalDateTime.parse(local);
            assertThat(t.atZone(fast).toInstant()).isEqualTo(t.atZone(full).toInstant());
        }
        Instant now = Instant.parse("2026-12-01T20:00:00Z");
        assertThat(LocalDateTime.ofInstant(now, fast)).isEqualTo(LocalDateTime.ofInstant(now, full));
    }

    @Test
    void anyOtherZoneIsTheSystemZoneWithItsRules() {
        assertThat(Engine.systemZone("Europe/Berlin")).isEqualTo(ZoneId.systemDefault());
        assertThat(Engine.systemZone("America/New_York")).isEqualTo(ZoneId.systemDefault());
    }
}
