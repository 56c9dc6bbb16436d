package dev.agentpool.claude;

import static dev.agentpool.claude.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.claude.Windows.Window;
import dev.agentpool.claude.statusline.StatuslineRunner;
import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.registry.ProcessInfo;
import dev.agentpool.core.sessions.ClaudeSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hook replays for several windows, then the aggregate the monitor and the statusline see. */
class SnapshotReplayTest {

    static final String STATUS_LINE = "{\"cwd\":\"/home/u/app\",\"session_id\":\"s-a\",\"model\":{\"id\":\"claude-opus-4-1\","
            + "\"display_name\":\"Opus\"},\"workspace\":{\"current_dir\":\"/home/u/app\",\"project_dir\":\"/home/u/app\"},"
            + "\"version\":\"2.1.240\",\"cost\":{\"total_cost_usd\":0.0123},\"context_window\":{\"total_input_tokens\":"
            + "15500,\"total_output_tokens\":1200,\"context_window_size\":200000,\"used_percentage\":22.5,"
            + "\"remaining_percentage\":77.5,\"current_usage\":null}}";

    @TempDir
    Path dir;

    @Test
    void totalsWaitingLifecycleAndStalenessAcrossWindows() {
        Windows w = new Windows(dir);
        Window a = w.open(1101).send(sessionStart("s-a", "startup")).send(prompt("s-a"));
        Window b = w.open(1102).send(sessionStart("s-b", "startup")).send(prompt("s-b"));
        Window c = w.open(1103).send(sessionStart("s-c", "startup"));
        Window d = w.open(1104).send(sessionStart("s-d", "startup"));
        Stream.of("a1", "a2", "a3").forEach(id -> a.send(subagentStart("s-a", id, "Explore")));
        b.send(subagentStart("s-b", "b1", "Plan")).send(permissionRequest("s-b", "Bash"));
        c.send(subagentStart("s-c", "c1", "Plan"));
        d.send(subagentStart("s-d", "d1", "Plan")).send(sessionEnd("s-d", "prompt_input_exit"));
        w.tree.kill(c.pid);

        Snapshot s = Aggregation.snapshot(w.base);

        assertThat(s.live()).extracting(InstanceSnapshot::id).containsExactlyInAnyOrder(a.id, b.id);
        assertThat(s.liveAgents()).isEqualTo(4);
        assertThat(s.staleAgents()).isEqualTo(1);
        assertThat(instance(s, c).stale()).map(StaleReason::kind).contains(StaleReason.Kind.PROCESS_GONE);
        assertThat(instance(s, d).stale()).map(StaleReason::kind).contains(StaleReason.Kind.SESSION_ENDED);
        InstanceSnapshot bs = instance(s, b);
        assertThat(bs.claude().waitingForUser()).isTrue();
        assertThat(bs.claude().waitingReason()).isEqualTo("permission: Bash");
        assertThat(bs.claude().saidBy()).containsEntry("waiting", Source.HOOK_ACTIVITY);
        assertThat(instance(s, a).claude().waitingForUser()).isFalse();
        assertThat(instance(s, a).lifecycle().value()).isEqualTo(Lifecycle.ACTIVE);
        assertThat(instance(s, a).claude().runningSubagents()).hasSize(3);
        assertThat(instance(s, a).claude().cwd()).isEqualTo("/home/u/app");

        w.clock.advance(Duration.ofMinutes(61));
        a.send(prompt("s-a"));
        assertThat(instance(Aggregation.snapshot(w.base), b).stale()).map(StaleReason::kind)
                .contains(StaleReason.Kind.HEARTBEAT_TOO_OLD);
    }

    @Test
    void statuslinePrintsThisWindowAgainstAllLiveWindows() {
        Windows w = new Windows(dir);
        Window a = w.open(1201).send(sessionStart("s-a", "startup"));
        Window b = w.open(1202).send(sessionStart("s-b", "startup"));
        Stream.of("a1", "a2", "a3").forEach(id -> a.send(subagentStart("s-a", id, "Explore")));
        Stream.of("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9").forEach(id -> b.send(subagentStart("s-b", id, "Plan")));

        String line = new StatuslineRunner(w.base.withEnv(Map.of("CLAUDE_PID", "1201")), Aggregation::forStatusline)
                .run(STATUS_LINE, false, false);

        assertThat(line).isEqualTo("Agents: 3/12 (2) | Tokens: 45k/200k (22.5%) | Conf: -- | Status: 🟢 READY");
        assertThat(a.files().readMetrics()).hasValueSatisfying(m -> {
            assertThat(m.agents()).contains(3L);
            assertThat(m.model()).contains("claude-opus-4-1");
            assertThat(m.costUsd()).contains(0.0123);
        });
        String compact = new StatuslineRunner(w.base.withEnv(Map.of("CLAUDE_PID", "1201")), Aggregation::forStatusline)
                .run(STATUS_LINE, true, false);
        assertThat(compact).isEqualTo("A:3/12(2) T:22.5% C:--");
        assertThat(new StatuslineRunner(w.base, Aggregation::forStatusline).run("[1,2", false, false))
                .isEqualTo("agentpool: no data");
    }

    @Test
    void anAnsweredPermissionClearsOnceTheMainContextMovesAgain() {
        Windows w = new Windows(dir);
        Window a = w.open(1401).send(sessionStart("s-a", "startup")).send(prompt("s-a"));
        StatuslineRunner statusline = new StatuslineRunner(w.base.withEnv(Map.of("CLAUDE_PID", "1401")),
                Aggregation::forStatusline);
        statusline.run(STATUS_LINE, false, false);
        w.clock.advance(Duration.ofSeconds(2));
        a.send(permissionRequest("s-a", "Bash"));
        w.clock.advance(Duration.ofSeconds(2));
        statusline.run(STATUS_LINE, false, false); // a refresh while the dialog is open: same context
        statusline.run(STATUS_LINE, false, false);
        assertThat(a.activity().waitingForUser()).isPresent();

        w.clock.advance(Duration.ofSeconds(5));
        statusline.run(STATUS_LINE.replace("\"used_percentage\":22.5", "\"used_percentage\":23.5"), false, false);
        assertThat(a.activity().waitingForUser()).isEmpty();
    }

    @Test
    void claudeCodesOwnRegistrySaysBusyAndWaitingWhenHooksAreSilent() throws IOException {
        Windows w = new Windows(dir);
        Window a = w.open(1301).send(sessionStart("s-a", "startup"));
        Path claudeDir = dir.resolve("claude-home");
        Files.createDirectories(claudeDir.resolve("sessions"));
        Files.writeString(claudeDir.resolve("sessions").resolve("1301.json"), "{\"pid\":1301,\"sessionId\":\"s-a\","
                + "\"cwd\":\"/home/u/app\",\"startedAt\":" + Windows.start(1301).plusMillis(800).toEpochMilli()
                + ",\"procStart\":\"12345\",\"version\":\"2.1.240\",\"kind\":\"interactive\",\"status\":\"waiting\","
                + "\"waitingFor\":\"permission\",\"name\":\"refactor\",\"unknownKey\":[1,2]}");
        Files.writeString(claudeDir.resolve("sessions").resolve("1302.json"), "{\"pid\":9,\"status\":\"busy\"}");

        Snapshot s = new Aggregator(dir, w.base.config(), LivenessRule.standard(Duration.ofHours(1), "testhost"),
                pid -> w.tree.lookup(pid).map(n -> new ProcessInfo(n.pid(), n.startTime(), n.parentPid(), Optional.empty())),
                w.clock, ParallelReads.sequential(), ClaudeSessions.in(claudeDir)).scan();

        InstanceSnapshot as = instance(s, a);
        assertThat(as.claude().waitingForUser()).isTrue();
        assertThat(as.claude().waitingReason()).isEqualTo("permission");
        assertThat(as.claude().claudeStatus()).isEqualTo("waiting");
        assertThat(as.claude().sessionName()).isEqualTo("refactor");
        assertThat(as.claude().saidBy()).containsEntry("waiting", Source.CLAUDE_SESSIONS)
                .containsEntry("status", Source.CLAUDE_SESSIONS).containsEntry("session", Source.LOCK_FILE);
        assertThat(ClaudeSessions.in(claudeDir).forPid(1302)).as("pid in the file disagrees with its name").isEmpty();
    }

    private static InstanceSnapshot instance(Snapshot s, Window w) {
        return s.instances().stream().filter(i -> i.id().equals(w.id)).findFirst().orElseThrow();
    }
}
