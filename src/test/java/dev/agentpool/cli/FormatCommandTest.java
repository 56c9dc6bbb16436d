package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatCommandTest {

    private static final String[] INSTANCE = {"format", "--instance-mode", "--current-agents", "25",
            "--total-agents", "145", "--instance-count", "5", "--tokens-used", "15000", "--tokens-total", "200000",
            "--confidence", "99.2", "--status", "🟢 OPTIMAL"};

    private static String[] with(String... extra) {
        String[] all = java.util.Arrays.copyOf(INSTANCE, INSTANCE.length + extra.length);
        System.arraycopy(extra, 0, all, INSTANCE.length, extra.length);
        return all;
    }

    @Test
    void fullInstanceModePrintsTheExactLegacyString() {
        CliRun run = CliRun.run(INSTANCE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip())
                .isEqualTo("Agents: 25/145 (5) | Tokens: 15k/200k (7.5%) | Conf: 99.2% | Status: 🟢 OPTIMAL");
    }

    @Test
    void compactPrintsTheExactLegacyString() {
        assertThat(CliRun.run(with("--compact")).out().strip()).isEqualTo("A:25/145(5) T:7.5% C:99.2%");
    }

    @Test
    void sharedModeWithoutConfidencePrintsDashes() {
        CliRun run = CliRun.run("format", "--current-agents", "145", "--tokens-used", "15000");
        assertThat(run.out().strip())
                .isEqualTo("Agents: 145 | Tokens: 15k/200k (7.5%) | Conf: -- | Status: 🟢 OPTIMAL");
    }

    @Test
    void jsonHasTheLegacyShape() {
        Map<String, Object> json = Json.parseObject(CliRun.run(with("--json")).out());
        assertThat(json.keySet()).containsExactly("agents", "tokens", "confidence", "status");
        assertThat(CliRun.obj(json.get("agents"))).containsEntry("instance_count", 5L);
    }

    @Test
    void compactAndJsonTogetherAreAUserError() {
        CliRun run = CliRun.run(with("--compact", "--json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be combined");
    }

    @Test
    void negativeAgentsAreAUserError() {
        assertThat(CliRun.run("format", "--current-agents", "-1").exitCode()).isEqualTo(2);
    }
}
