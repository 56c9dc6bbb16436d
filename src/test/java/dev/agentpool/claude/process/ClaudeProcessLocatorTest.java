package dev.agentpool.claude.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.claude.FakeProcessTree;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaudeProcessLocatorTest {

    static final Instant T = Instant.parse("2026-11-27T20:00:00Z");

    @Test
    void claudePidFromTheEnvironmentWins() {
        FakeProcessTree tree = new FakeProcessTree(500).add(500, 400, T, "/usr/bin/java", "java")
                .add(77, 1, T.minusSeconds(5), "/usr/bin/node", "node", "/usr/local/bin/claude");
        ClaudeProcess p = new ClaudeProcessLocator(tree).locate(Map.of("CLAUDE_PID", "77"));
        assertThat(p).isEqualTo(new ClaudeProcess(77, Optional.of(T.minusSeconds(5)), ClaudeProcess.FoundBy.CLAUDE_PID));
    }

    @Test
    void walksUpPastTheShellToNodeRunningClaude() {
        FakeProcessTree tree = new FakeProcessTree(500).add(500, 400, T, "/usr/bin/java", "java")
                .add(400, 300, T, "/bin/dash", "sh", "-c", "agentpool hook")
                .add(300, 200, T.minusSeconds(60), "/usr/bin/node", "node",
                        "/usr/lib/node_modules/@anthropic-ai/claude-code/cli.js")
                .add(200, 1, T.minusSeconds(99), "/bin/bash", "-bash");
        assertThat(new ClaudeProcessLocator(tree).locate(Map.of("CLAUDE_PID", "not a pid")))
                .isEqualTo(new ClaudeProcess(300, Optional.of(T.minusSeconds(60)), ClaudeProcess.FoundBy.PROCESS_TREE));
    }

    @Test
    void recognisesTheNativeInstallByItsVersionedExecutableOrArgvZero() {
        assertThat(ClaudeProcessRule.isClaude(node("/home/u/.local/share/claude/versions/2.1.240", "claude")))
                .isTrue();
        assertThat(ClaudeProcessRule.isClaude(node("/opt/homebrew/bin/claude", "claude", "--resume"))).isTrue();
        assertThat(ClaudeProcessRule.isClaude(node("/usr/bin/node", "node", "/srv/app/server.js"))).isFalse();
        assertThat(ClaudeProcessRule.isClaude(node("/usr/bin/python3", "python3", "claude.py"))).isFalse();
    }

    @Test
    void withoutClaudeTheNearestNonShellAncestorStandsIn() {
        FakeProcessTree tree = new FakeProcessTree(500).add(500, 400, T, "/usr/bin/java", "java")
                .add(400, 300, T, "/bin/sh", "sh", "-c", "x").add(300, 1, T.minusSeconds(3), "/usr/bin/tmux", "tmux");
        assertThat(new ClaudeProcessLocator(tree).locate(Map.of()))
                .isEqualTo(new ClaudeProcess(300, Optional.of(T.minusSeconds(3)), ClaudeProcess.FoundBy.PARENT));
    }

    @Test
    void theSameProcessAlwaysGetsTheSameIdAndAReusedPidAnother() {
        var zone = java.time.ZoneOffset.ofHours(1);
        var first = InstanceIdentity.derive(4242, Optional.of(T), zone);
        assertThat(InstanceIdentity.derive(4242, Optional.of(T.plusMillis(300)), zone)).isEqualTo(first);
        assertThat(InstanceIdentity.derive(4242, Optional.of(T.plusSeconds(3600)), zone)).isNotEqualTo(first);
        assertThat(first.value()).startsWith("20261127_210000_4242_").hasSize(29);
        assertThat(InstanceIdentity.of(new ClaudeProcess(1, Optional.of(T), ClaudeProcess.FoundBy.CLAUDE_PID),
                i -> zone, Map.of("AGENTPOOL_INSTANCE_ID", "20251116_031234_12345_abc123de")).value())
                .isEqualTo("20251116_031234_12345_abc123de");
    }

    private static ProcessNode node(String exe, String... argv) {
        return new ProcessNode(9, Optional.of(T), Optional.of(1L), exe, java.util.List.of(argv));
    }
}
