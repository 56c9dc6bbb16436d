package dev.agentpool.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.testing.FakeProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Aggregator#reusingUnchangedFiles()}: unchanged files are not read again, changed and deleted ones are. */
class AggregatorReuseTest {

    private static final String A = "20261127_225532_11009_db0cb426";
    private static final String B = "20261127_225533_11009_5b34d339";

    @TempDir
    Path dir;
    private Aggregator aggregator;
    private Path counterA;

    @BeforeEach
    void twoInstances() throws IOException {
        Files.createDirectories(dir.resolve("instances"));
        counterA = dir.resolve("agent_usage_counter_" + A + ".txt");
        Files.writeString(counterA, "25");
        Files.writeString(dir.resolve("agent_usage_counter_" + B + ".txt"), "30");
        Files.writeString(dir.resolve("realtime_metrics_" + A + ".json"), "{\"agents\": 25, \"confidence\": 97.5}");
        Files.writeString(dir.resolve("statusline_state_" + B + ".json"), "{not json");
        aggregator = new Aggregator(dir, AgentPoolConfig.defaults(), TestLiveness.RULE, new FakeProcesses(),
                Clock.system(ZoneId.systemDefault()), ParallelReads.sequential()).reusingUnchangedFiles();
    }

    @Test
    void aSteadyRescanGivesTheSameSnapshotFromRememberedFiles() {
        Snapshot first = aggregator.scan();
        assertThat(aggregator.reusableFiles()).as("the corrupt state file is not kept").isEqualTo(3);
        Snapshot second = aggregator.scan();
        assertThat(second.legacy().totalAgents()).isEqualTo(first.legacy().totalAgents()).isEqualTo(55);
        assertThat(second.legacy().avgConfidence()).isEqualTo(97.5);
        assertThat(second.instances()).extracting(i -> i.agents().value()).containsExactly(25, 30);
        assertThat(second.problems()).as("a bad file stays reported").isEqualTo(first.problems()).hasSize(1);
    }

    @Test
    void anUnchangedStatIsTrustedWithoutReading() throws IOException {
        aggregator.scan();
        FileTime was = Files.getLastModifiedTime(counterA);
        Files.writeString(counterA, "99"); // same size, same inode, modification time put back: not noticed
        Files.setLastModifiedTime(counterA, was);
        assertThat(agentsOfA(aggregator.scan())).isEqualTo(25);
        // a fresh aggregator does read it: the reuse was the cache's, not the disk's
        assertThat(agentsOfA(new Aggregator(dir, AgentPoolConfig.defaults(), TestLiveness.RULE, new FakeProcesses(),
                Clock.system(ZoneId.systemDefault()), ParallelReads.sequential()).scan())).isEqualTo(99);
    }

    @Test
    void aSameSizeRewriteWithAnotherModificationTimeIsReadAgain() throws IOException {
        aggregator.scan();
        FileTime was = Files.getLastModifiedTime(counterA);
        Files.writeString(counterA, "35");
        Files.setLastModifiedTime(counterA, FileTime.fromMillis(was.toMillis() + 1000));
        assertThat(agentsOfA(aggregator.scan())).isEqualTo(35);
    }

    @Test
    void aFileRenamedOverTheOldOneIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
        aggregator.scan();
        FileTime was = Files.getLastModifiedTime(counterA);
        Path tmp = dir.resolve(".counter.tmp");
        Files.writeString(tmp, "45");
        Files.setLastModifiedTime(tmp, was);
        Files.move(tmp, counterA, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(agentsOfA(aggregator.scan())).as("new inode").isEqualTo(45);
    }

    @Test
    void aDeletedFileDropsOut() throws IOException {
        aggregator.scan();
        Files.delete(dir.resolve("agent_usage_counter_" + B + ".txt"));
        Files.delete(dir.resolve("statusline_state_" + B + ".json"));
        Snapshot s = aggregator.scan();
        assertThat(s.legacy().totalAgents()).isEqualTo(25);
        assertThat(s.instances()).extracting(i -> i.id().value()).containsExactly(A);
        assertThat(s.problems()).isEmpty();
        assertThat(aggregator.reusableFiles()).isEqualTo(2);
    }

    @Test
    void aFileThatFailedToDecodeIsTriedAgainEvenWithAnUnchangedStat() throws IOException {
        Path state = dir.resolve("statusline_state_" + B + ".json");
        assertThat(aggregator.scan().problems()).hasSize(1);
        FileTime was = Files.getLastModifiedTime(state);
        Files.writeString(state, "{\"x\": 12}"); // same size as "{not json", same inode, same mtime
        Files.setLastModifiedTime(state, was);
        assertThat(aggregator.scan().problems()).isEmpty();
    }

    @Test
    void aFileThatBecomesUnreadableIsReportedNotServedFromMemory() throws IOException {
        aggregator.scan();
        Files.delete(counterA);
        Files.createDirectory(counterA);
        Snapshot s = aggregator.scan();
        assertThat(s.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(counterA);
            assertThat(p.reason()).contains("directory");
        });
        assertThat(s.legacy().totalAgents()).isEqualTo(30);
    }

    private static int agentsOfA(Snapshot s) {
        return s.instances().stream().filter(i -> i.id().value().equals(A)).findFirst().orElseThrow().agents().value();
    }
}
