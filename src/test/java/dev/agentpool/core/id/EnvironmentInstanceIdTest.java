package dev.agentpool.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentInstanceIdTest {

    private static final String ID = "20261127_225532_11009_db0cb426";
    private static final String OTHER = "20261127_225533_11009_5b34d339";

    @Test
    void isEmptyWhenNeitherVariableIsSet() {
        assertThat(EnvironmentInstanceId.from(Map.of())).isEmpty();
        assertThat(EnvironmentInstanceId.from(Map.of("AGENTPOOL_INSTANCE_ID", ""))).isEmpty();
    }

    @Test
    void ourVariableWinsOverTheLegacyOne() {
        assertThat(EnvironmentInstanceId.from(Map.of("AGENTPOOL_INSTANCE_ID", ID, "ULTRATHINK_INSTANCE_ID", OTHER)))
                .contains(InstanceId.of(ID));
        assertThat(EnvironmentInstanceId.from(Map.of("ULTRATHINK_INSTANCE_ID", OTHER))).contains(InstanceId.of(OTHER));
    }

    @Test
    void aBadValueIsAnErrorNamingTheVariable() {
        assertThatThrownBy(() -> EnvironmentInstanceId.from(Map.of("ULTRATHINK_INSTANCE_ID", "../../etc")))
                .isInstanceOf(InvalidInstanceIdException.class)
                .hasMessageStartingWith("ULTRATHINK_INSTANCE_ID: instance ID must not contain path separators");
    }

    @Test
    void generatesFromTheLocalTimeOfTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T21:55:32Z"), ZoneOffset.ofHours(1));
        assertThat(InstanceId.generate(clock, 11009).value()).matches("20261127_225532_11009_[0-9a-f]{8}");
    }
}
