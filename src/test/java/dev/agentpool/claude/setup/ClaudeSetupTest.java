package dev.agentpool.claude.setup;

import dev.agentpool.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaudeSetupTest {

    /** A user's settings: own hooks (one on an event we also use), a statusLine, unknown keys, odd formatting. */
    static final String USER_SETTINGS = """
            {
                "$schema": "https://json.schemastore.org/claude-code-settings.json",
                "model": "opus",
                "permissions": {"allow": ["Bash(npm run test:*)"], "deny": []},
                "hooks": {
                    "PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "~/bin/guard.sh", "timeout": 5}]}],
                    "Stop": [{"hooks": [{"type": "command", "command": "notify-send 'Claude is done'"}]}]
                },
                "statusLine": {"type": "command", "command": "~/.claude/sl.sh", "padding": 1},
                "futureSetting": {"nested": [1, 2.5, true, null, "ü"]}
            }""";

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T23:00:00Z"));
    final LaunchCommand launch = LaunchCommand.checkout(Path.of("/usr/lib/jvm/java-17/bin/java"),
            Path.of("/home/u/my checkout/target/agentpool.jar"));

    ClaudeSetup.Result run(Path file, boolean dryRun, boolean uninstall, boolean force) {
        clock.advance(Duration.ofSeconds(1));
        return new ClaudeSetup(clock, launch).run(new ClaudeSetup.Options(file, dryRun, uninstall, force));
    }

    @Test
    void installReinstallAndUninstallGiveBackTheOriginalBytes() throws IOException {
        Path file = write(USER_SETTINGS);

        ClaudeSetup.Result first = run(file, false, false, true);
        String installed = Files.readString(file);
        assertThat(first.exitCode()).isZero();
        assertThat(installed).contains("futureSetting", "~/bin/guard.sh", "notify-send", launch.hookCommand());
        Map<String, Object> json = Json.parseObject(installed);
        assertThat(json).containsEntry("model", "opus").containsKey("$schema").containsKey("permissions");
        assertThat(backups()).hasSize(1);

        ClaudeSetup.Result again = run(file, false, false, true);
        assertThat(Files.readString(file)).isEqualTo(installed);
        assertThat(again.lines()).contains("already set up: nothing changed");
        assertThat(backups()).hasSize(1);

        ClaudeSetup.Result undo = run(file, false, true, false);
        assertThat(undo.exitCode()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(USER_SETTINGS.getBytes(StandardCharsets.UTF_8));
        assertThat(SetupManifest.pathFor(file)).doesNotExist();
        assertThat(backups()).as("only the install's backup of the user's file").hasSize(1);
    }

    @Test
    void installAddsEveryEventWithTheRightMatcherAndAsyncFlag() throws IOException {
        Path file = dir.resolve("settings.json");
        run(file, false, false, false);
        Map<String, Object> hooks = Payloads.object(Json.parseObject(Files.readString(file)), "hooks");
        assertThat(hooks).containsOnlyKeys("SessionStart", "SessionEnd", "UserPromptSubmit", "Stop", "StopFailure",
                "SubagentStart", "SubagentStop", "Notification", "PermissionRequest", "PreToolUse", "PostToolUse");
        assertThat(handler(hooks, "PostToolUse")).containsEntry("async", true);
        assertThat(group(hooks, "PostToolUse")).containsEntry("matcher", "Agent|Task");
        assertThat(group(hooks, "SubagentStart")).doesNotContainKey("matcher");
        assertThat(handler(hooks, "SessionEnd")).doesNotContainKey("async");
        assertThat(handler(hooks, "SessionStart")).doesNotContainKey("async")
                .containsEntry("command", launch.hookCommand());
        assertThat(launch.hookCommand()).contains("'/home/u/my checkout/target/agentpool.jar'",
                "'-XX:SharedArchiveFile=/home/u/my checkout/target/agentpool-cli.jsa'", "-Xshare:auto");
    }

    @Test
    void userStatusLineIsKeptWithoutForce() throws IOException {
        Path file = write(USER_SETTINGS);
        ClaudeSetup.Result r = run(file, false, false, false);
        Map<String, Object> json = Json.parseObject(Files.readString(file));
        assertThat(Payloads.object(json, "statusLine")).containsEntry("command", "~/.claude/sl.sh");
        assertThat(String.join("\n", r.lines())).contains("kept your statusLine (~/.claude/sl.sh)");
        assertThat(Payloads.object(json, "hooks")).containsKey("SubagentStart");
    }

    @Test
    void forcedStatusLineComesBackOnUninstallEvenAfterTheUserEditedTheFile() throws IOException {
        Path file = write(USER_SETTINGS);
        run(file, false, false, true);
        String edited = Files.readString(file).replace("\"model\": \"opus\"", "\"model\": \"sonnet\"");
        Files.writeString(file, edited);

        run(file, false, true, false);

        Map<String, Object> expected = Json.parseObject(USER_SETTINGS.replace("\"opus\"", "\"sonnet\""));
        assertThat(Json.parseObject(Files.readString(file))).isEqualTo(expected);
    }

    @Test
    void dryRunReportsAndWritesNothing() throws IOException {
        Path file = write(USER_SETTINGS);
        ClaudeSetup.Result r = run(file, true, false, true);
        assertThat(Files.readString(file)).isEqualTo(USER_SETTINGS);
        assertThat(r.lines()).anyMatch(l -> l.startsWith("+ hooks.SubagentStart: "))
                .anyMatch(l -> l.startsWith("! statusLine: ")).contains("dry run: nothing written");
        assertThat(backups()).isEmpty();
        assertThat(SetupManifest.pathFor(file)).doesNotExist();
    }

    @Test
    void reinstallFromAMovedCheckoutReplacesTheOldCommandInsteadOfAddingOne() throws IOException {
        Path file = write(USER_SETTINGS);
        run(file, false, false, true);
        LaunchCommand moved = LaunchCommand.installed(Path.of("/opt/agentpool/bin/agentpool"));
        new ClaudeSetup(clock, moved).run(new ClaudeSetup.Options(file, false, false, true));

        String text = Files.readString(file);
        assertThat(text).contains("\"/opt/agentpool/bin/agentpool hook\"").doesNotContain("my checkout");
        run(file, false, true, false);
        assertThat(Files.readString(file)).isEqualTo(USER_SETTINGS);
    }

    @Test
    void uninstallOfAFileSetupCreatedRemovesIt() {
        Path file = dir.resolve("new").resolve("settings.json");
        run(file, false, false, false);
        assertThat(file).exists();
        run(file, false, true, false);
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).isEmptyDirectory();
    }

    @Test
    void brokenSettingsAreRefusedAndLeftAlone() throws IOException {
        Path file = write("{\"hooks\": [1, 2]}");
        ClaudeSetup.Result r = run(file, false, false, false);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.lines().get(0)).startsWith("refused: \"hooks\" in the settings is not a JSON object");
        assertThat(Files.readString(file)).isEqualTo("{\"hooks\": [1, 2]}");
        assertThat(run(write("{ not json"), false, false, false).exitCode()).isEqualTo(1);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, text);
        return file;
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".agentpool-backup-")).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> hooks, String event) {
        return (Map<String, Object>) ((List<Object>) hooks.get(event)).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> handler(Map<String, Object> hooks, String event) {
        return (Map<String, Object>) ((List<Object>) group(hooks, event).get("hooks")).get(0);
    }

    /** Local lenient access (tests read what the setup wrote). */
    static final class Payloads {
        @SuppressWarnings("unchecked")
        static Map<String, Object> object(Map<String, Object> m, String key) {
            return (Map<String, Object>) m.get(key);
        }
    }
}
