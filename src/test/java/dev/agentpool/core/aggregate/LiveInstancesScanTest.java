package dev.agentpool.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.testing.FakeProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Aggregator#liveInstancesAnd}: what a status line adds up is the same as from a full scan, and the leftovers
 * cost their lock file only.
 */
class LiveInstancesScanTest {

    private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    private static final Instant STARTED = NOW.minus(Duration.ofHours(1));

    private static final String LIVE = "20261202_000000_101_aaaa0001";
    private static final String ENDED = "20261202_000000_102_aaaa0002";
    private static final String GONE = "20261202_000000_103_aaaa0003";
    private static final String OLD_BEAT = "20261202_000000_104_aaaa0004";
    private static final String NO_LOCK = "20261202_000000_105_aaaa0005";
    private static final String SELF_GONE = "20261202_000000_106_aaaa0006";
    private static final String BAD_LOCK = "20261202_000000_107_aaaa0007";
    private static final String REUSED = "20261202_000000_108_aaaa0008";
    private static final String ELSEWHERE = "20261202_000000_109_aaaa0009";
    private static final String ELSEWHERE_OLD = "20261202_000000_110_aaaa0010";
    private static final String LIVE_TOO = "20261202_000000_111_aaaa0011";

    @TempDir
    Path dir;
    private Aggregator full;

    @BeforeEach
    void directoryOfLiveAndLeftoverInstances() throws IOException {
        Files.createDirectories(dir.resolve("instances"));
        instance(LIVE, 101, NOW.minusSeconds(5), 3, false);
        instance(LIVE_TOO, 111, NOW.minusSeconds(90), 4, false);
        instance(REUSED, 108, NOW.minusSeconds(5), 5, false); // its pid now belongs to a later process
        instance(ELSEWHERE, 109, NOW.minusSeconds(5), 6, false, "other-host"); // judged by heartbeat only
        instance(ELSEWHERE_OLD, 110, NOW.minus(Duration.ofMinutes(20)), 8, false, "other-host");
        instance(ENDED, 102, NOW.minusSeconds(5), 0, true);
        instance(GONE, 103, NOW.minusSeconds(5), 7, false);
        instance(OLD_BEAT, 104, NOW.minus(Duration.ofHours(1)), 9, false);
        Files.writeString(dir.resolve("agent_usage_counter_" + NO_LOCK + ".txt"), "11");
        instance(SELF_GONE, 106, NOW.minusSeconds(5), 2, false);
        Files.writeString(dir.resolve("instances/instance_" + BAD_LOCK + ".lock"), "{not json");
        Files.writeString(dir.resolve("agent_usage_counter_" + BAD_LOCK + ".txt"), "13");
        // a leftover's corrupt file: a full scan reports it, a scan of the live ones never reads it
        Files.writeString(dir.resolve("statusline_state_" + GONE + ".json"), "{broken");
        processes = new FakeProcesses().alive(101, STARTED).alive(102, STARTED).gone(103).alive(104, STARTED)
                .gone(106).alive(108, STARTED.plus(Duration.ofMinutes(30))).gone(109).gone(110).alive(111, STARTED);
        full = aggregator(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private FakeProcesses processes;

    private Aggregator aggregator(Clock clock) {
        return new Aggregator(dir, AgentPoolConfig.defaults(), LivenessRule.standard(Duration.ofMinutes(5), "here"),
                processes, clock, ParallelReads.sequential());
    }

    @Test
    void listsTheLiveInstancesTheEndedOneAndSelfOnly() {
        Snapshot lean = full.liveInstancesAnd(InstanceId.of(SELF_GONE)).scan();

        assertThat(lean.instances()).extracting(i -> i.id().toString())
                .containsExactly(LIVE, ENDED, SELF_GONE, ELSEWHERE, LIVE_TOO);
        assertThat(stale(lean, ENDED)).isEqualTo(StaleReason.Kind.SESSION_ENDED);
        assertThat(stale(lean, SELF_GONE)).isEqualTo(StaleReason.Kind.PROCESS_GONE);
        assertThat(agents(lean, SELF_GONE)).as("self is read whole, live or not").isEqualTo(2);
    }

    @Test
    void addsUpTheLiveInstancesExactlyAsAFullScanDoes() {
        Snapshot all = full.scan();
        Snapshot lean = full.liveInstancesAnd(InstanceId.of(LIVE)).scan();

        assertThat(all.instances()).hasSize(11);
        assertThat(lean.live()).extracting(i -> i.id().toString()).isEqualTo(ids(all.live()))
                .containsExactly(LIVE, ELSEWHERE, LIVE_TOO);
        assertThat(lean.liveAgents()).isEqualTo(all.liveAgents()).isEqualTo(3 + 6 + 4);
        for (InstanceSnapshot i : lean.live()) {
            assertThat(i).as("read whole, like a full scan").isEqualTo(find(all, i.id().toString()));
        }
    }

    @Test
    void readsNoFileOfALeftoverButItsLock() {
        assertThat(full.scan().problems()).extracting(Problem::file).contains(
                dir.resolve("statusline_state_" + GONE + ".json"), dir.resolve("instances/instance_" + BAD_LOCK + ".lock"));

        Snapshot lean = full.liveInstancesAnd(InstanceId.of(LIVE)).scan();

        assertThat(lean.problems()).as("nor the leftover with a corrupt lock").isEmpty();
    }

    @Test
    void aClockSteppedBackDuringTheScanDropsNoInstanceTheFullScanCountsLive() {
        // LIVE_TOO's heartbeat is 90 s old at NOW: 5 min 30 s before the first reading, 4 min 30 s at the later ones
        Clock steppedBack = new Clock() {
            private int readings;

            @Override
            public Instant instant() {
                return readings++ == 0 ? NOW.plus(Duration.ofMinutes(4)) : NOW;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };

        Snapshot lean = aggregator(steppedBack).liveInstancesAnd(InstanceId.of(LIVE)).scan();

        assertThat(ids(lean.live())).containsExactly(LIVE, ELSEWHERE, LIVE_TOO);
    }

    private void instance(String id, long pid, Instant heartbeat, int agents, boolean ended) throws IOException {
        instance(id, pid, heartbeat, agents, ended, "here");
    }

    private void instance(String id, long pid, Instant heartbeat, int agents, boolean ended, String host)
            throws IOException {
        Files.writeString(dir.resolve("instances/instance_" + id + ".lock"), "{\"instance_id\": \"" + id
                + "\", \"pid\": " + pid + ", \"start_time\": \"2026-12-02T00:00:00\", \"last_heartbeat\": \""
                + heartbeat.toString().replace("Z", "") + "\", \"process_start\": \"" + STARTED + "\", \"host\": \""
                + host + "\"}");
        Files.writeString(dir.resolve("agent_usage_counter_" + id + ".txt"), Integer.toString(agents));
        if (ended) {
            Files.writeString(dir.resolve("claude_activity_" + id + ".json"), "{\"running_subagents\": {}, "
                    + "\"launched_total\": 4, \"ended\": true, \"updated\": \"" + heartbeat + "\"}");
        }
    }

    private static List<String> ids(List<InstanceSnapshot> instances) {
        return instances.stream().map(i -> i.id().toString()).toList();
    }

    private static InstanceSnapshot find(Snapshot s, String id) {
        return s.instances().stream().filter(i -> i.id().toString().equals(id)).findFirst().orElseThrow();
    }

    private static StaleReason.Kind stale(Snapshot s, String id) {
        return find(s, id).stale().orElseThrow().kind();
    }

    private static int agents(Snapshot s, String id) {
        return find(s, id).agents().value();
    }
}
