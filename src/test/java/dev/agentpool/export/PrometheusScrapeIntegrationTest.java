package dev.agentpool.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, all real: a Claude Code window (a live child process) reports through {@code agentpool hook}, the
 * legacy fixture's five dead instances sit beside it, {@code agentpool serve} runs as its own process, and Debian's
 * Prometheus scrapes it every second. The totals are read back through Prometheus' HTTP API.
 */
class PrometheusScrapeIntegrationTest {

    private static final Path LEGACY_FIXTURE = Path.of("src/test/resources/legacy-state-dir");
    private static final String SESSION = "8f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";
    private static final List<String> SUBAGENTS = List.of("a4d2c8f1e0b3a297", "b5e3d9a2f1c4b308", "c6f4eab3a2d5c419");

    @TempDir
    Path tmp;

    @Test
    void prometheusReadsTheHostsLiveAgentsAndStaleInstancesFromServe() throws Exception {
        Path state = copyLegacyFixture();
        Process claudeWindow = null;
        Process serve = null;
        try {
            claudeWindow = new ProcessBuilder("sleep", "600").start();
            reportThroughHooks(state, claudeWindow.pid());
            int port = PrometheusProcess.freePort();
            Path serveLog = tmp.resolve("serve.log");
            serve = AgentpoolProcesses.start(List.of("serve", "--dir", state.toString(), "--port",
                    Integer.toString(port), "--host", "it-host"), Map.of(), serveLog);
            AgentpoolProcesses.awaitHealthy(serve, "http://127.0.0.1:" + port + "/-/healthy", serveLog,
                    Duration.ofSeconds(60));
            try (PrometheusProcess prometheus = PrometheusProcess.start(tmp, "127.0.0.1:" + port)) {
                assertThat(prometheus.awaitSingleValue("agentpool_live_agents{host=\"it-host\"}",
                        Duration.ofSeconds(60))).isEqualTo(3.0);
                assertThat(prometheus.awaitSingleValue("agentpool_stale_instances{host=\"it-host\"}",
                        Duration.ofSeconds(10))).isEqualTo(5.0);
                assertThat(prometheus.awaitSingleValue("agentpool_stale_agents{host=\"it-host\"}",
                        Duration.ofSeconds(10))).isEqualTo(145.0);
                assertThat(prometheus.awaitSingleValue("agentpool_live_instances{host=\"it-host\"}",
                        Duration.ofSeconds(10))).isEqualTo(1.0);
                assertThat(prometheus.awaitSingleValue("up{job=\"agentpool\"}", Duration.ofSeconds(10)))
                        .isEqualTo(1.0);
                assertThat(prometheus.awaitSingleValue("agentpool_instance_agents{host=\"it-host\"} * on (host,"
                        + " instance_id) group_left (name, model)"
                        + " agentpool_instance_info{stale_reason=\"\",name=\"app\",model=\"claude-sonnet-4-5\"}",
                        Duration.ofSeconds(10))).isEqualTo(3.0);
                assertThat(prometheus.awaitSingleValue("sum(agentpool_instance_agents_launched_total{host=\"it-host\"})",
                        Duration.ofSeconds(10))).isEqualTo(3.0);
                assertThat(prometheus.awaitSingleValue("count(agentpool_instance_stale{host=\"it-host\"} == 1)",
                        Duration.ofSeconds(10))).isEqualTo(5.0);
            }
        } finally {
            AgentpoolProcesses.stop(serve);
            if (claudeWindow != null) {
                claudeWindow.destroyForcibly().waitFor();
            }
        }
    }

    /** SessionStart then three SubagentStart events, payloads as in the integration doc, CLAUDE_PID set. */
    private void reportThroughHooks(Path state, long claudePid) throws IOException, InterruptedException {
        Map<String, String> env = Map.of("CLAUDE_PID", Long.toString(claudePid), "AGENTPOOL_HOME", state.toString());
        String common = "\"session_id\":\"" + SESSION + "\",\"transcript_path\":\"/home/u/.claude/projects/"
                + "-home-u-app/" + SESSION + ".jsonl\",\"cwd\":\"/home/u/app\"";
        AgentpoolProcesses.run(List.of("hook"), env, "{" + common
                + ",\"hook_event_name\":\"SessionStart\",\"source\":\"startup\",\"model\":\"claude-sonnet-4-5\"}");
        for (String agent : SUBAGENTS) {
            AgentpoolProcesses.run(List.of("hook"), env, "{" + common + ",\"permission_mode\":\"default\","
                    + "\"hook_event_name\":\"SubagentStart\",\"agent_id\":\"" + agent + "\",\"agent_type\":\"Explore\"}");
        }
    }

    private Path copyLegacyFixture() throws IOException {
        Path state = tmp.resolve("state");
        try (Stream<Path> files = Files.walk(LEGACY_FIXTURE)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = state.resolve(LEGACY_FIXTURE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return state;
    }
}
