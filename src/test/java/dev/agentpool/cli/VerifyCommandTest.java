package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.json.Json;
import dev.agentpool.testing.LegacyDirs;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    private static final String FOURTH = "20261127_225535_11009_e8a6c58c";

    @TempDir
    Path dir;

    @BeforeEach
    void legacyDirectory() {
        LegacyDirs.copyLegacyFixture(dir);
    }

    @Test
    void instanceJsonHasTheLegacyVerifierShape() {
        CliRun run = CliRun.run("verify", "--instance", FOURTH, "--json", "--dir", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = Json.parseObject(run.out());
        assertThat(json).containsKeys("agents", "tokens_used", "tokens_total", "tokens_pct", "tokens_display",
                "confidence", "status", "executing", "verification_confidence").doesNotContainKey("verification_report");
        assertThat(json).containsEntry("agents", 35L).containsEntry("tokens_used", 60000L)
                .containsEntry("tokens_display", "60k/200k").containsEntry("confidence", 99.9)
                .containsEntry("executing", false).containsEntry("status", "🟢 READY");
        assertThat(CliRun.obj(json.get("verification_confidence")).keySet())
                .containsExactly("tokens", "agents", "confidence", "overall");
    }

    @Test
    void theEnvironmentOverrideSelectsTheInstance() {
        CliRun run = CliRun.run(Map.of("AGENTPOOL_INSTANCE_ID", FOURTH), "verify", "--json", "--dir", dir.toString());
        assertThat(Json.parseObject(run.out())).containsEntry("instance_id", FOURTH);
    }

    @Test
    void withoutAnInstanceItVerifiesTheSharedModeFiles() {
        Map<String, Object> json = Json.parseObject(CliRun.run("verify", "--json", "--dir", dir.toString()).out());
        assertThat(json).containsEntry("agents", 145L).containsEntry("instance_id", null);
    }

    @Test
    void verboseAddsTheReportNamingTheSourceOfEachValue() {
        Map<String, Object> json = Json.parseObject(CliRun.run("verify", "--instance", FOURTH, "--json", "--verbose",
                "--dir", dir.toString()).out());
        Map<?, ?> values = (Map<?, ?>) ((Map<?, ?>) json.get("verification_report")).get("values");
        assertThat(CliRun.obj(values.get("agents"))).containsEntry("source", "counter_file");
        assertThat(CliRun.obj(values.get("lifecycle_state"))).containsEntry("value", "completing");
    }

    @Test
    void textOutputSaysWhereValuesCameFromWhenVerbose() {
        CliRun run = CliRun.run("verify", "--instance", FOURTH, "--verbose", "--dir", dir.toString());
        assertThat(run.out()).contains("Agents: 35 [agent counter file").contains("Status: 🟢 READY");
    }
}
