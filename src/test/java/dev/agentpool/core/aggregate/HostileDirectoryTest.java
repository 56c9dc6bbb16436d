package dev.agentpool.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.testing.FakeProcesses;
import dev.agentpool.testing.LegacyDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file is skipped and reported; nothing escapes as an exception; good files still count. */
class HostileDirectoryTest {

    private static final String A = "20261127_225532_11009_db0cb426";
    private static final String NEW = "20261127_230000_777_aaaabbbb";

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    @BeforeEach
    void startFromTheLegacyFixture() {
        LegacyDirs.copyLegacyFixture(dir);
    }

    private Snapshot scan() {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Aggregator(dir, AgentPoolConfig.defaults(),
                TestLiveness.RULE, new FakeProcesses(), Clock.system(ZoneId.systemDefault()),
                ParallelReads.sequential()).scan());
    }

    private static String reasonFor(Snapshot s, Path file) {
        return s.problems().stream().filter(p -> p.file().equals(file)).map(Problem::reason).findFirst()
                .orElse("(no problem reported for " + file.getFileName() + ")");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void corruptJsonIsSkippedAndReportedWhileTheInstanceStillCounts() throws IOException {
        Path bad = write("realtime_metrics_" + A + ".json", "{\"agents\": 25, \"confidence\": ");
        Snapshot s = scan();
        assertThat(reasonFor(s, bad)).contains("not valid JSON");
        assertThat(s.legacy().totalAgents()).isEqualTo(145);
        assertThat(s.legacy().confidenceBreakdown()).hasSize(3);
    }

    @Test
    void binaryContentIsRefusedAsNotText() throws IOException {
        byte[] garbage = new byte[300];
        Arrays.fill(garbage, (byte) 0xFF);
        Path bad = Files.write(dir.resolve("agent_usage_counter_" + A + ".txt"), garbage);
        Snapshot s = scan();
        assertThat(reasonFor(s, bad)).contains("not UTF-8");
        assertThat(s.legacy().totalAgents()).isEqualTo(120);
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("statusline_state_" + A + ".json");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(0);
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), 50L * 1024 * 1024);
        }
        Snapshot s = scan();
        assertThat(reasonFor(s, huge)).contains("too large");
        assertThat(s.legacy().totalInstances()).isEqualTo(4);
    }

    @Test
    void negativeAndNonNumericCountsAreSkipped() throws IOException {
        Path negative = write("agent_usage_counter_" + A + ".txt", "-25");
        Path words = write("agent_usage_counter_20261127_225533_11009_5b34d339.txt", "lots");
        Snapshot s = scan();
        assertThat(reasonFor(s, negative)).contains("negative");
        assertThat(reasonFor(s, words)).contains("not a whole number");
        assertThat(s.legacy().totalAgents()).isEqualTo(85);
    }

    @Test
    void nanConfidenceIsAValueSkippedNotAFileLost() throws IOException {
        Path nan = write("realtime_metrics_" + A + ".json", "{\"agents\": 25, \"confidence\": NaN, \"executing\": true}");
        Snapshot s = scan();
        assertThat(reasonFor(s, nan)).contains("confidence");
        assertThat(s.legacy().avgConfidence()).isNotNaN();
        assertThat(s.legacy().confidenceBreakdown()).extracting(e -> e.instanceId()).doesNotContain(A);
    }

    @Test
    void traversalIdsInNamesAndContentAreRefused() throws IOException {
        Path dots = write("agent_usage_counter_..txt", "99");
        Path sneaky = write("realtime_metrics_20261127_225532_1_abc..json", "{\"agents\": 99}");
        Path lock = Files.writeString(dir.resolve("instances/instance_" + NEW + ".lock"),
                "{\"instance_id\": \"../../etc/passwd\", \"pid\": 777}");
        Snapshot s = scan();
        assertThat(reasonFor(s, dots)).contains("no valid instance ID");
        assertThat(reasonFor(s, sneaky)).contains("no valid instance ID");
        assertThat(reasonFor(s, lock)).contains("instance_id");
        assertThat(s.instances()).extracting(i -> i.id().value()).contains(NEW).hasSize(6);
        assertThat(s.legacy().totalAgents()).isEqualTo(145);
    }

    @Test
    void symlinksToFilesOutsideAreNotFollowed() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "999");
        Path link = dir.resolve("agent_usage_counter_" + NEW + ".txt");
        Files.createSymbolicLink(link, secret);
        Path lockLink = dir.resolve("instances/instance_" + NEW + ".lock");
        Files.createSymbolicLink(lockLink, secret);
        Snapshot s = scan();
        assertThat(reasonFor(s, link)).contains("symbolic link");
        assertThat(reasonFor(s, lockLink)).contains("symbolic link");
        assertThat(s.legacy().totalAgents()).isEqualTo(145);
        assertThat(secret).hasContent("999");
    }

    @Test
    void aSymlinkedInstancesDirectoryIsNotListed() throws IOException {
        Path real = Files.createDirectories(outside.resolve("elsewhere"));
        Files.writeString(real.resolve("instance_" + NEW + ".lock"), "{}");
        LegacyDirs.deleteTree(dir.resolve("instances"));
        Files.createSymbolicLink(dir.resolve("instances"), real);
        Snapshot s = scan();
        assertThat(reasonFor(s, dir.resolve("instances"))).contains("symbolic link");
        assertThat(s.instances()).extracting(i -> i.id().value()).doesNotContain(NEW);
    }

    @Test
    void unreadableFilesAreReportedOrReadWhenRunningAsRoot() throws IOException {
        Path locked = dir.resolve("agent_usage_counter_" + A + ".txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean rootCanStillRead = Files.isReadable(locked);
        Snapshot s = scan();
        if (rootCanStillRead) {
            assertThat(s.legacy().totalAgents()).isEqualTo(145);
            assertThat(s.problems()).extracting(Problem::file).doesNotContain(locked);
        } else {
            assertThat(reasonFor(s, locked)).contains("permission denied");
            assertThat(s.legacy().totalAgents()).isEqualTo(120);
        }
    }

    @Test
    void aFifoNamedLikeOursIsSkippedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("agent_usage_counter_" + NEW + ".txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        Snapshot s = scan();
        assertThat(reasonFor(s, fifo)).contains("not a regular file");
        assertThat(s.legacy().totalAgents()).isEqualTo(145);
    }

    @Test
    void aDirectoryNamedLikeOursIsSkipped() throws IOException {
        Path d = Files.createDirectory(dir.resolve("realtime_metrics_" + NEW + ".json"));
        assertThat(reasonFor(scan(), d)).contains("directory");
    }

    @Test
    void aMissingDirectoryIsOneProblemNotAnException() {
        Snapshot s = new Aggregator(outside.resolve("nope"), AgentPoolConfig.defaults(), TestLiveness.RULE,
                new FakeProcesses(), Clock.systemUTC(), ParallelReads.sequential()).scan();
        assertThat(s.instances()).isEmpty();
        assertThat(s.directoryUnreadable()).isTrue();
    }

    @Test
    void parallelReadsGiveTheSameSnapshotAsSequentialOnes() throws IOException {
        write("realtime_metrics_" + A + ".json", "garbage");
        Snapshot sequential = scan();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Snapshot parallel = new Aggregator(dir, AgentPoolConfig.defaults(), TestLiveness.RULE, new FakeProcesses(),
                    Clock.system(ZoneId.systemDefault()), new ParallelReads(pool, 3)).scan();
            assertThat(parallel.instances()).extracting(InstanceSnapshot::id)
                    .isEqualTo(sequential.instances().stream().map(InstanceSnapshot::id).toList());
            assertThat(parallel.problems()).isEqualTo(sequential.problems());
            assertThat(parallel.legacy().totalAgents()).isEqualTo(sequential.legacy().totalAgents());
        } finally {
            pool.shutdownNow();
        }
    }
}
