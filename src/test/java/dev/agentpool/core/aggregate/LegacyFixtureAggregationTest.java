package dev.agentpool.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.testing.FakeProcesses;
import dev.agentpool.testing.LegacyDirs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyFixtureAggregationTest {

    @TempDir
    Path dir;
    private final FakeProcesses processes = new FakeProcesses();
    private Snapshot snapshot;

    @BeforeEach
    void scanTheLegacyFixture() {
        LegacyDirs.copyLegacyFixture(dir);
        snapshot = new Aggregator(dir, AgentPoolConfig.defaults(), LivenessRule.standard(Duration.ofHours(1), "testhost"), processes,
                Clock.system(ZoneId.systemDefault()), ParallelReads.sequential()).scan();
    }

    @Test
    void legacyFixtureAggregatesTo145AgentsOverFiveInstances() {
        assertThat(snapshot.legacy().totalAgents()).isEqualTo(145);
        assertThat(snapshot.legacy().instanceCount()).isEqualTo(5);
        assertThat(snapshot.legacy().maxAgents()).isEqualTo(35);
        assertThat(snapshot.legacy().minAgents()).isEqualTo(25);
        assertThat(snapshot.problems()).isEmpty();
    }

    @Test
    void instancesKeepTheirFullIdsIncludingTheRandomPart() {
        assertThat(snapshot.instances()).extracting(i -> i.id().value()).containsExactly(
                "20261127_225532_11009_db0cb426", "20261127_225533_11009_5b34d339", "20261127_225534_11009_61ccaf3d",
                "20261127_225535_11009_e8a6c58c", "20261127_225537_11009_f45c2b15");
        assertThat(snapshot.legacy().agentBreakdown()).extracting(e -> e.instanceId())
                .contains("20261127_225532_11009_db0cb426");
    }

    @Test
    void allFiveAreStaleBecauseTheirProcessIsGone() {
        assertThat(snapshot.instances()).allSatisfy(i -> {
            assertThat(i.stale()).isPresent();
            assertThat(i.stale().get().kind()).isEqualTo(StaleReason.Kind.PROCESS_GONE);
            assertThat(i.stale().get().detail()).contains("11009");
        });
        assertThat(snapshot.liveAgents()).isZero();
        assertThat(snapshot.staleAgents()).isEqualTo(145);
    }

    @Test
    void theProcessIsLookedUpOncePerScanNotOncePerInstance() {
        assertThat(processes.lookups()).isEqualTo(1);
    }

    @Test
    void sharedModeFilesAreNotCountedAsInstances() {
        assertThat(snapshot.instances()).hasSize(5);
        assertThat(snapshot.instances()).flatExtracting(InstanceSnapshot::files).extracting(Path::getFileName)
                .extracting(Path::toString).doesNotContain("agent_usage_counter.txt", "statusline_state.json");
    }

    @Test
    void legacyConfidenceExcludesTheDashedInstanceAndWeighsByRecency() {
        assertThat(snapshot.legacy().confidenceBreakdown()).hasSize(4);
        assertThat(snapshot.legacy().maxConfidence()).isEqualTo(99.9);
        assertThat(snapshot.legacy().minConfidence()).isEqualTo(97.0);
        // all files have (nearly) the same fresh age, so the weights are equal: the plain mean
        assertThat(snapshot.legacy().avgConfidence()).isBetween(98.64, 98.66);
    }

    @Test
    void legacyStateCountsFollowTheStateFiles() {
        assertThat(snapshot.legacy().activeInstances()).isEqualTo(3);
        assertThat(snapshot.legacy().completingInstances()).isEqualTo(1);
        assertThat(snapshot.legacy().idleInstances()).isEqualTo(1);
        assertThat(snapshot.legacy().totalInstances()).isEqualTo(5);
        assertThat(snapshot.legacy().totalRequests()).isEqualTo(2);
    }

    @Test
    void eachInstanceSaysWhereItsValuesCameFrom() {
        InstanceSnapshot first = snapshot.instances().get(0);
        assertThat(first.agents().value()).isEqualTo(25);
        assertThat(first.agents().source()).isEqualTo(Source.COUNTER_FILE);
        assertThat(first.agents().confidence()).isGreaterThanOrEqualTo(85);
        assertThat(first.confidence().value()).isEqualTo(99.2);
        assertThat(first.tokensUsed().value()).isEqualTo(15000L);
        assertThat(first.status()).isEqualTo("🟢 OPTIMAL");
        assertThat(first.files()).hasSize(4);
        assertThat(first.lock()).isPresent();
        assertThat(first.displayName()).isEqualTo("window 1");
    }

    @Test
    void poolUtilisationCountsOnlyLiveAgents() {
        assertThat(snapshot.poolSize()).isEqualTo(500);
        assertThat(snapshot.poolUtilisation()).isZero();
        assertThat(List.copyOf(snapshot.stale())).hasSize(5);
    }
}
