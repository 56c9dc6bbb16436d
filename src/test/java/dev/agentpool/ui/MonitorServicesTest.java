package dev.agentpool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.sessions.ClaudeSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor's real wiring ({@link MonitorServices#forDirectory}) on real files: a live instance owned by this test
 * process, Claude Code's session registry as a source (as the command line has it), and a long-lived scan that keeps
 * decoded files yet sees every rewrite.
 */
class MonitorServicesTest {

    private static final long PID = ProcessHandle.current().pid();
    private static final String ID = "20261201_120000_" + PID + "_abcd0123";

    @TempDir
    Path tmp;
    private Path dir;
    private Path claudeDir;

    @BeforeEach
    void liveInstanceWithClaudeSession() throws Exception {
        dir = Files.createDirectories(tmp.resolve("state/instances")).getParent();
        String now = LocalDateTime.now().toString(); // legacy lock: naive local time, no process start time
        Files.writeString(dir.resolve("instances/instance_" + ID + ".lock"), "{\"instance_id\": \"" + ID
                + "\", \"pid\": " + PID + ", \"start_time\": \"" + now + "\", \"last_heartbeat\": \"" + now
                + "\", \"metadata\": {}}");
        Files.writeString(dir.resolve("agent_usage_counter_" + ID + ".txt"), "3\n");
        claudeDir = Files.createDirectories(tmp.resolve("claude/sessions")).getParent();
        Files.writeString(claudeDir.resolve("sessions/" + PID + ".json"),
                "{\"pid\": " + PID + ", \"status\": \"busy\", \"name\": \"refactor\"}");
    }

    @Test
    void claudeCodesSessionRegistryIsASourceOfTheMonitorsScan() throws Exception {
        InstanceSnapshot live = only(services().source().load());

        assertThat(live.isLive()).isTrue();
        assertThat(live.claude().sessionName()).isEqualTo("refactor");
        assertThat(live.claude().saidBy()).containsEntry("status", Source.CLAUDE_SESSIONS);
    }

    @Test
    void theLongLivedScanSeesARewrittenFile() throws Exception {
        MonitorServices services = services();
        assertThat(only(services.source().load()).agents().value()).isEqualTo(3);

        // as the hook writes it: a temp file renamed over the old one, same size
        Path temp = dir.resolve(".counter.tmp");
        Files.writeString(temp, "7\n");
        Files.move(temp, dir.resolve("agent_usage_counter_" + ID + ".txt"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(only(services.source().load()).agents().value()).isEqualTo(7);
    }

    private MonitorServices services() {
        return MonitorServices.forDirectory(dir, AgentPoolConfig.defaults(), Duration.ofSeconds(2), p -> { },
                ClaudeSessions.in(claudeDir));
    }

    private static InstanceSnapshot only(Snapshot s) {
        assertThat(s.instances()).hasSize(1);
        return s.instances().get(0);
    }
}
