package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.json.Json;
import dev.agentpool.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateCommandTest {

    private static final String ID = "20261127_230000_4242_0123abcd";

    @TempDir
    Path tmp;

    private CliRun state(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "state";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--dir";
        all[args.length + 2] = tmp.resolve("state").toString();
        return CliRun.run(Map.of("AGENTPOOL_INSTANCE_ID", ID), all);
    }

    @Test
    void updateFreezeIdlePrintTheLegacyStatusObjects() {
        assertThat(Json.parseObject(state("--update", "--agents", "25", "--tokens-used", "15000", "--confidence", "99.2",
                "--json").out())).isEqualTo(Map.of("status", "updated"));
        assertThat(Json.parseObject(state("--freeze", "--json").out())).isEqualTo(Map.of("status", "frozen"));
        assertThat(Json.parseObject(state("--idle", "--json").out())).isEqualTo(Map.of("status", "idle"));
        Map<String, Object> summary = Json.parseObject(state("--summary", "--json").out());
        assertThat(summary).containsOnlyKeys("lifecycle_state", "executing", "request_count", "last_update",
                "last_active_update", "frozen_at", "current_metrics");
        assertThat(summary).containsEntry("lifecycle_state", "idle").containsEntry("request_count", 1L);
        assertThat(summary.get("current_metrics")).isEqualTo(Map.of("agents", "25", "tokens", "15k/200k",
                "confidence", "99.2", "status", "🟢 OPTIMAL"));
    }

    @Test
    void updateTakesUnsetValuesFromTheInstanceFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("state"));
        Files.writeString(dir.resolve("agent_usage_counter_" + ID + ".txt"), "35\n");
        Files.writeString(dir.resolve("realtime_metrics_" + ID + ".json"),
                "{\"tokens_used\": 180000, \"tokens_total\": 200000, \"confidence\": \"97.0%\", \"executing\": true}");
        state("--update");
        Map<String, Object> get = Json.parseObject(state("--get", "--json").out());
        assertThat(get).containsExactly(Map.entry("agents", "35"), Map.entry("tokens_used", 180000L),
                Map.entry("tokens_total", 200000L), Map.entry("tokens_pct", 90.0), Map.entry("tokens_display", "180k/200k"),
                Map.entry("confidence", "97.0"), Map.entry("status", "🟡 WARNING"), Map.entry("executing", true));
    }

    @Test
    void sharedModeReadsTheLegacySharedStateWithoutWritingToIt() {
        CliRun run = CliRun.run("state", "--get", "--dir", Fixtures.legacyStateDir().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Agents: 145 | Tokens: 0k/200k (0.0%) | Conf: -- | Status: 🟢 OPTIMAL");
    }

    @Test
    void readsALegacyInstanceStateByItsFullId() {
        CliRun run = CliRun.run("state", "--summary", "--json", "--instance", "20261127_225535_11009_e8a6c58c",
                "--dir", Fixtures.legacyStateDir().toString());
        assertThat(Json.parseObject(run.out())).containsEntry("lifecycle_state", "completing")
                .containsEntry("frozen_at", "2026-11-27T22:55:35.995846");
    }

    @Test
    void aBadInstanceIsExitTwoWithOneLine() {
        CliRun run = CliRun.run("state", "--get", "--instance", "abc\u0007def", "--dir", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).hasLineCount(1).contains("\\u0007");
    }

    @Test
    void aCorruptStateFileIsAOneLineErrorForGet() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("state"));
        Files.write(dir.resolve("statusline_state_" + ID + ".json"), new byte[] {(byte) 0xff, 0x00});
        CliRun run = state("--get");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not UTF-8").hasLineCount(1);
    }
}
