package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupCommandTest {

    @TempDir
    Path home;

    @Test
    void setupClaudeWritesToTheHomeClaudeCodeUsesAndUndoes() throws Exception {
        Map<String, String> env = Map.of("HOME", home.toString());
        CliRun dry = CliRun.run(env, "setup", "claude", "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("settings: " + home.resolve(".claude/settings.json"), "dry run: nothing written");
        assertThat(home.resolve(".claude")).doesNotExist();

        assertThat(CliRun.run(env, "setup", "claude").exitCode()).isZero();
        assertThat(Files.readString(home.resolve(".claude/settings.json"))).contains("dev.agentpool.Main hook");

        CliRun undo = CliRun.run(env, "setup", "claude", "--uninstall");
        assertThat(undo.exitCode()).isZero();
        assertThat(home.resolve(".claude/settings.json")).doesNotExist();
    }

    @Test
    void brokenSettingsExitNonZeroWithTheReasonOnStderr() throws Exception {
        Files.createDirectories(home.resolve("p/.claude"));
        Files.writeString(home.resolve("p/.claude/settings.json"), "{\"statusLine\": ");
        CliRun r = CliRun.run(Map.of("HOME", home.toString()), "setup", "claude", "--project", home.resolve("p").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("refused: the settings file is not a JSON object");
    }
}
