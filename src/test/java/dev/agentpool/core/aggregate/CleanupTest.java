package dev.agentpool.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.aggregate.CleanupPlan.Deletion;
import dev.agentpool.core.model.Problem;
import dev.agentpool.testing.FakeProcesses;
import dev.agentpool.testing.LegacyDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanupTest {

    private static final String FIRST = "20261127_225532_11009_db0cb426";
    private static final String LIVE = "20261127_230000_4242_0badf00d";

    @TempDir
    Path dir;
    @TempDir
    Path outside;
    private final FakeProcesses processes = new FakeProcesses();
    /** 30 hours ahead: every freshly copied file is 30 h old. */
    private final Clock later = Clock.offset(Clock.system(ZoneId.systemDefault()), Duration.ofHours(30));
    private Cleanup cleanup;

    @BeforeEach
    void legacyDirectoryWithOneLiveInstance() throws IOException {
        LegacyDirs.copyLegacyFixture(dir);
        processes.alive(4242, null);
        Files.writeString(dir.resolve("instances/instance_" + LIVE + ".lock"),
                "{\"instance_id\": \"" + LIVE + "\", \"pid\": 4242, \"start_time\": \"2026-11-27T23:00:00\","
                        + " \"last_heartbeat\": \"2026-11-27T23:00:00\", \"metadata\": {}}");
        Files.writeString(dir.resolve("agent_usage_counter_" + LIVE + ".txt"), "12");
        Files.createDirectories(dir.resolve("locks"));
        Files.writeString(dir.resolve("locks/" + FIRST + ".lck"), "");
        Files.writeString(dir.resolve("locks/" + LIVE + ".lck"), "");
        Files.writeString(dir.resolve("notes.txt"), "mine, not agentpool's");
        cleanup = new Cleanup(dir, TestLiveness.RULE, processes, later);
    }

    @Test
    void planListsOldMetricFilesAndLocksOfStaleInstancesAndDeletesNothing() {
        CleanupPlan plan = cleanup.plan(Duration.ofHours(24));
        // 5 stale legacy instances × (lock + counter + realtime + state) + 1 sidecar
        assertThat(plan.deletions()).hasSize(21);
        assertThat(plan.files()).allSatisfy(f -> assertThat(f).exists());
        assertThat(plan.deletions()).extracting(Deletion::why).anySatisfy(w -> assertThat(w).contains("process 11009"));
    }

    @Test
    void executeRemovesExactlyThePlannedFilesAndNothingOfTheLiveInstance() throws IOException {
        CleanupResult result = cleanup.execute(cleanup.plan(Duration.ofHours(24)));
        assertThat(result.removed()).hasSize(21).allSatisfy(f -> assertThat(f).doesNotExist());
        assertThat(result.notRemoved()).isEmpty();
        assertThat(dir.resolve("instances/instance_" + LIVE + ".lock")).exists();
        assertThat(dir.resolve("agent_usage_counter_" + LIVE + ".txt")).exists();
        assertThat(dir.resolve("locks/" + LIVE + ".lck")).exists();
        assertThat(result.leftAlone()).extracting(Problem::file).contains(dir.resolve("agent_usage_counter_" + LIVE + ".txt"));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("instances", "locks",
                    "notes.txt", "agent_usage_counter.txt", "statusline_state.json",
                    "agent_usage_counter_" + LIVE + ".txt");
        }
    }

    @Test
    void youngMetricFilesOfStaleInstancesStayButTheirLocksGo() {
        CleanupPlan plan = cleanup.plan(Duration.ofHours(48));
        assertThat(plan.files()).extracting(p -> p.getParent().getFileName().toString())
                .containsOnly("instances", "locks");
        assertThat(plan.deletions()).hasSize(6);
    }

    @Test
    void anInstanceThatBecomesLiveAfterPlanningIsKept() {
        CleanupPlan plan = cleanup.plan(Duration.ofHours(24));
        processes.alive(11009, null);
        CleanupResult result = cleanup.execute(plan);
        assertThat(result.removed()).isEmpty();
        assertThat(result.notRemoved()).hasSize(21).allSatisfy(p -> assertThat(p.reason()).contains("is live now"));
        assertThat(plan.files()).allSatisfy(f -> assertThat(f).exists());
    }

    @Test
    void aFileChangedSincePlanningIsKept() throws IOException {
        CleanupPlan plan = cleanup.plan(Duration.ofHours(24));
        Path counter = dir.resolve("agent_usage_counter_" + FIRST + ".txt");
        Files.setLastModifiedTime(counter, FileTime.from(Instant.now().plusSeconds(5)));
        CleanupResult result = cleanup.execute(plan);
        assertThat(counter).exists();
        assertThat(result.notRemoved()).extracting(Problem::file).containsExactly(counter);
        assertThat(result.removed()).hasSize(20);
    }

    @Test
    void aSymlinkNamedLikeOursIsLeftAloneAndItsOutsideTargetSurvives() throws IOException {
        Path precious = Files.writeString(outside.resolve("precious.txt"), "42");
        Files.setLastModifiedTime(precious, FileTime.from(Instant.now().minus(Duration.ofDays(10))));
        String victim = "20261127_225599_11009_deadbeef";
        Path link = Files.createSymbolicLink(dir.resolve("agent_usage_counter_" + victim + ".txt"), precious);
        Path lockLink = Files.createSymbolicLink(dir.resolve("instances/instance_" + victim + ".lock"), precious);

        CleanupResult result = cleanup.execute(cleanup.plan(Duration.ofHours(1)));

        assertThat(precious).exists().hasContent("42");
        assertThat(link).isSymbolicLink();
        assertThat(lockLink).isSymbolicLink();
        assertThat(result.leftAlone()).extracting(Problem::file).contains(link, lockLink);
        assertThat(result.removed()).doesNotContain(link, lockLink);
    }

    @Test
    void filesThatAreNotOursAreNeverTouched() {
        CleanupResult result = cleanup.execute(cleanup.plan(Duration.ZERO));
        assertThat(dir.resolve("notes.txt")).exists();
        assertThat(dir.resolve("agent_usage_counter.txt")).exists();
        assertThat(dir.resolve("statusline_state.json")).exists();
        assertThat(result.removed()).extracting(p -> p.getFileName().toString())
                .allSatisfy(n -> assertThat(n).containsPattern("\\d{8}_\\d{6}_\\d+_[0-9a-f]+"));
    }

    @Test
    void anEmptyPlanDoesNothing() {
        Cleanup onEmpty = new Cleanup(outside, TestLiveness.RULE, processes, later);
        CleanupPlan plan = onEmpty.plan(Duration.ofHours(1));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(onEmpty.execute(plan).removed()).isEqualTo(List.of());
    }
}
