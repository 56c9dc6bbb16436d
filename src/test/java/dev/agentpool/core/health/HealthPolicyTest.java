package dev.agentpool.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.Sourced;
import dev.agentpool.core.model.StaleReason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthPolicyTest {

    private static final Path DIR = Path.of("/state");
    private final HealthPolicy policy = new HealthPolicy(0.80, 0.95);
    private int next = 1;

    private InstanceSnapshot instance(int agents, boolean live, String status) {
        InstanceId id = InstanceId.of("20261127_225532_" + (next++) + "_abcdef01");
        Optional<StaleReason> stale = live ? Optional.empty() : Optional.of(StaleReason.processGone(1));
        return new InstanceSnapshot(id, Optional.empty(), stale, Sourced.fallback(agents), Sourced.fallback(0L),
                Sourced.fallback(200_000L), Sourced.fallback(0.0), Sourced.fallback(0.0),
                Sourced.fallback(Lifecycle.IDLE), 0, false, status, Optional.empty(), ClaudeDetails.none(), List.of());
    }

    private Snapshot snapshot(List<InstanceSnapshot> instances, Problem... problems) {
        LegacyAggregate legacy = new LegacyAggregate(0, 0, 0, 0, List.of(), 0, 0, 0, List.of(), 0, 0, 0, 0, 0,
                List.of());
        return new Snapshot(DIR, Instant.EPOCH, 100, instances, List.of(problems), legacy, Duration.ZERO);
    }

    @ParameterizedTest(name = "{0} live agents of 100 → {1}")
    @CsvSource(textBlock = """
            1,   GREEN
            79,  GREEN
            80,  YELLOW
            94,  YELLOW
            95,  RED
            120, RED
            """)
    void poolUseDecidesTheColourWhenAllInstancesAreOptimal(int agents, OverallHealth expected) {
        assertThat(policy.evaluate(snapshot(List.of(instance(agents, true, "🟢 OPTIMAL"))))).isEqualTo(expected);
    }

    @Test
    void aLiveCriticalInstanceTurnsHealthRedEvenWithALowPool() {
        assertThat(policy.evaluate(snapshot(List.of(instance(1, true, "🔴 CRITICAL"), instance(1, true, "🟡 WARNING")))))
                .isEqualTo(OverallHealth.RED);
    }

    @Test
    void aLiveWarningInstanceTurnsHealthYellow() {
        assertThat(policy.evaluate(snapshot(List.of(instance(1, true, "🟡 WARNING"))))).isEqualTo(OverallHealth.YELLOW);
    }

    @Test
    void staleInstancesDoNotChangeTheColourNorCountAsPoolUse() {
        List<InstanceSnapshot> all = new ArrayList<>(List.of(instance(99, false, "🔴 CRITICAL")));
        all.add(instance(5, true, "🟢 OPTIMAL"));
        assertThat(policy.evaluate(snapshot(all))).isEqualTo(OverallHealth.GREEN);
    }

    @Test
    void noLiveInstanceIsGrey() {
        assertThat(policy.evaluate(snapshot(List.of(instance(10, false, "🟢 OPTIMAL"))))).isEqualTo(OverallHealth.GREY);
        assertThat(policy.evaluate(snapshot(List.of()))).isEqualTo(OverallHealth.GREY);
    }

    @Test
    void anUnreadableDirectoryIsGreyWhateverElseIsKnown() {
        Snapshot s = snapshot(List.of(instance(99, true, "🔴 CRITICAL")), new Problem(DIR, "permission denied"));
        assertThat(policy.evaluate(s)).isEqualTo(OverallHealth.GREY);
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new HealthPolicy(0.9, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
