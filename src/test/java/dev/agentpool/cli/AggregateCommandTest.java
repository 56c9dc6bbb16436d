package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.json.Json;
import dev.agentpool.testing.LegacyDirs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateCommandTest {

    private static final String FIRST = "20261127_225532_11009_db0cb426";

    @TempDir
    Path dir;

    @BeforeEach
    void legacyDirectory() {
        LegacyDirs.copyLegacyFixture(dir);
    }

    private Map<String, Object> json(String... args) {
        CliRun run = CliRun.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.parseObject(run.out());
    }

    @Test
    void allJsonKeepsEveryLegacyKeyWithTheLegacyNumbersAndAddsOurs() {
        Map<String, Object> all = json("aggregate", "--all", "--json", "--dir", dir.toString());
        assertThat(all).containsKeys("total_agents", "instance_count", "max_agents", "min_agents", "agent_breakdown",
                "avg_confidence", "max_confidence", "min_confidence", "confidence_breakdown", "active_instances",
                "completing_instances", "idle_instances", "total_instances", "total_requests", "state_breakdown",
                "timestamp", "aggregation_method");
        assertThat(all).containsKeys("live_instances", "stale_instances", "live_agents", "stale_agents", "pool_size",
                "pool_utilization", "instances", "problems");
        assertThat(all.get("total_agents")).isEqualTo(145L);
        assertThat(all.get("instance_count")).isEqualTo(5L);
        assertThat(all.get("max_agents")).isEqualTo(35L);
        assertThat(all.get("min_agents")).isEqualTo(25L);
        assertThat(all.get("pool_size")).isEqualTo(500L);
        assertThat((long) all.get("live_instances") + (long) all.get("stale_instances")).isEqualTo(5L);
        List<?> instances = (List<?>) all.get("instances");
        assertThat(instances).hasSize(5);
        assertThat(CliRun.obj(instances.get(0))).containsKeys("instance_id", "live", "stale_reason", "agents")
                .containsEntry("instance_id", FIRST);
        assertThat(CliRun.obj(((List<?>) all.get("agent_breakdown")).get(0)).keySet())
                .containsExactly("instance_id", "agents", "age_seconds");
    }

    @Test
    void withoutJsonItPrintsTheLegacyHumanLine() {
        CliRun run = CliRun.run("aggregate", "--dir", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Total Agents: 145 across 5 instances").contains("Pool: ");
    }

    @Test
    void agentsConfidenceAndStateHaveTheLegacyShapes() {
        assertThat(json("aggregate", "--agents", "--json", "--dir", dir.toString()).keySet())
                .containsExactly("total_agents", "instance_counts", "instance_count", "max_agents", "min_agents");
        assertThat(json("aggregate", "--confidence", "--json", "--dir", dir.toString()).keySet())
                .containsExactly("avg_confidence", "instance_confidences", "max_confidence", "min_confidence");
        Map<String, Object> state = json("aggregate", "--state", "--json", "--dir", dir.toString());
        assertThat(state.keySet()).containsExactly("active_instances", "completing_instances", "idle_instances",
                "total_instances", "total_requests", "instance_states");
        assertThat(CliRun.obj(((List<?>) state.get("instance_states")).get(0)).keySet()).containsExactly(
                "instance_id", "lifecycle_state", "executing", "agents", "tokens_display", "confidence", "age_seconds");
    }

    @Test
    void instanceQueryIsJsonEvenWithoutTheFlag() {
        Map<String, Object> one = json("aggregate", "--instance", FIRST, "--dir", dir.toString());
        assertThat(one).containsEntry("instance_id", FIRST).containsEntry("agents", 25L)
                .containsEntry("confidence", 99.2).containsKey("state").containsKey("live");
    }

    @Test
    void anUnknownInstanceIsAPlainNotFoundLine() {
        CliRun run = CliRun.run("aggregate", "--instance", "20261127_225532_1_00000000", "--dir", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().strip()).isEqualTo("Instance 20261127_225532_1_00000000 not found");
    }

    @Test
    void aTraversalIdIsAUserErrorWithOneLineOnStderr() {
        CliRun run = CliRun.run("aggregate", "--instance", "../../etc/passwd", "--dir", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("agentpool: ").doesNotContain("\n");
    }

    @Test
    void aMissingDirectoryIsAUserError() {
        CliRun run = CliRun.run("aggregate", "--all", "--dir", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void cleanupDryRunPrintsTheLegacyKeysAndDeletesNothing() {
        Map<String, Object> plan = json("aggregate", "--cleanup", "--dry-run", "--max-age", "0", "--json", "--dir",
                dir.toString());
        assertThat(plan).containsKeys("cleaned_count", "cleaned_files", "max_age_hours", "not_removed", "left_alone");
        assertThat(plan.get("max_age_hours")).isEqualTo(0.0);
        ((List<?>) plan.get("cleaned_files")).forEach(f -> assertThat(Path.of((String) f)).exists());
    }

    @Test
    void twoModesAtOnceAreRefused() {
        CliRun run = CliRun.run("aggregate", "--agents", "--state", "--dir", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
