package dev.agentpool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.aggregate.Aggregator;
import dev.agentpool.core.aggregate.Cleanup;
import dev.agentpool.core.aggregate.LivenessRule;
import dev.agentpool.core.aggregate.ParallelReads;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import dev.agentpool.core.registry.LockFileCodec;
import dev.agentpool.testing.FakeProcesses;
import dev.agentpool.testing.LegacyDirs;
import dev.agentpool.ui.stale.CoreStaleCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The cleanup flow end to end on real files: the legacy fixture (5 stale instances of the gone pid 11009) plus a
 * live instance, scanned by the real aggregator and deleted by the real core cleanup; only the process table is
 * faked so "which pid is alive" does not depend on this machine.
 */
@ExtendWith(ApplicationExtension.class)
class CleanupFlowTest {

    private static final InstanceId LIVE = InstanceId.of("20261127_230000_4242_0000aaaa");
    private static final InstanceId REVIVING = InstanceId.of("20261127_230100_4343_0000bbbb");

    @TempDir
    static Path root;
    private Path dir;
    private final FakeProcesses processes = new FakeProcesses().alive(4242, null);
    private MonitorWindow window;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory(root, "state");
        LegacyDirs.copyLegacyFixture(dir);
        writeInstance(LIVE, 4242, 7);
        AgentPoolConfig config = AgentPoolConfig.defaults();
        LivenessRule rule = MonitorServices.livenessRule(config);
        Clock clock = Clock.systemDefaultZone();
        Aggregator aggregator = new Aggregator(dir, config, rule, processes, clock, ParallelReads.sequential());
        Cleanup cleanup = new Cleanup(dir, rule, processes, clock);
        window = new MonitorWindow(stage, new MonitorServices(dir, aggregator::scan, new CoreStaleCleaner(cleanup),
                Duration.ofMillis(500), 0.80, 0.95, clock.getZone(), folder -> { }));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxWait.closeAll(window);
    }

    @Test
    void confirmedCleanupDeletesEveryStaleFileAndNothingOfTheLiveInstance(FxRobot robot) {
        FxWait.until("the stale list", () -> text(robot, "#stale-heading").equals("5 stale instances hold 145 agents"));
        assertThat(text(robot, "#total-label")).isEqualTo("7 / 500 · 1 %");

        robot.clickOn("#clean-up-all");
        FxWait.until("the confirmation", () -> robot.lookup("#cleanup-files").tryQuery().isPresent());
        String listed = robot.lookup("#cleanup-files").queryAs(TextArea.class).getText();
        for (Path file : legacyInstanceFiles()) {
            assertThat(listed).contains(file.toString());
        }
        assertThat(listed).doesNotContain(LIVE.value());
        robot.clickOn("#confirm-cleanup");

        FxWait.until("the files to go", () -> legacyInstanceFiles().stream().noneMatch(Files::exists));
        FxWait.until("the result", () -> text(robot, "#cleanup-result").equals("Removed 20 files."));
        FxWait.until("the report dialog", () -> robot.lookup("#cleanup-report").tryQuery().isPresent());
        assertThat(liveFiles()).allMatch(Files::exists);
        assertThat(dir.resolve("agent_usage_counter.txt")).as("shared-mode file is not an instance's").exists();
        FxWait.until("the rescan", () -> text(robot, "#stale-heading").equals("No stale instances"));
        assertThat(robot.lookup("#clean-up-all").query().isDisabled()).isTrue();
        assertThat(text(robot, "#stale-held")).isEmpty();
    }

    @Test
    void perRowCleanupRemovesOnlyThatInstanceAndCancelRemovesNothing(FxRobot robot) {
        InstanceId first = InstanceId.of(dev.agentpool.ui.Fixtures.LEGACY_IDS[0]);
        FxWait.until("the stale list", () -> robot.lookup("#clean-up-" + first.value()).tryQuery().isPresent());

        robot.clickOn("#clean-up-" + first.value());
        FxWait.until("the confirmation", () -> robot.lookup("#cancel-cleanup").tryQuery().isPresent());
        robot.clickOn("#cancel-cleanup");
        FxWait.until("the cancel", () -> text(robot, "#cleanup-result").equals("Cleanup cancelled; nothing was deleted."));
        assertThat(legacyInstanceFiles()).allMatch(Files::exists);

        robot.clickOn("#clean-up-" + first.value());
        FxWait.until("the confirmation", () -> robot.lookup("#confirm-cleanup").tryQuery().isPresent());
        assertThat(robot.lookup("#cleanup-files").queryAs(TextArea.class).getText())
                .contains(first.value()).doesNotContain(dev.agentpool.ui.Fixtures.LEGACY_IDS[1]);
        robot.clickOn("#confirm-cleanup");

        FxWait.until("the result", () -> text(robot, "#cleanup-result").equals("Removed 4 files."));
        assertThat(legacyInstanceFiles()).filteredOn(Files::exists).hasSize(16)
                .noneMatch(f -> f.toString().contains(first.value()));
        FxWait.until("the rescan", () -> text(robot, "#stale-heading").equals("4 stale instances hold 120 agents"));
    }

    @Test
    void anInstanceThatComesBackBeforeTheDeleteIsKeptAndTheReportSaysSo(FxRobot robot) throws IOException {
        writeInstance(REVIVING, 4343, 99); // most agents: first row of the stale list, no scrolling
        FxWait.until("the stale row", () -> robot.lookup("#clean-up-" + REVIVING.value()).tryQuery().isPresent());

        robot.clickOn("#clean-up-" + REVIVING.value());
        FxWait.until("the confirmation", () -> robot.lookup("#confirm-cleanup").tryQuery().isPresent());
        processes.alive(4343, null);
        robot.clickOn("#confirm-cleanup");

        FxWait.until("the result", () -> text(robot, "#cleanup-result").contains("kept"));
        assertThat(text(robot, "#cleanup-result"))
                .isEqualTo("Removed 0 files. 1 instance was kept (live again at deletion time).");
        assertThat(new StateLayout(dir).path(FileKind.LOCK, REVIVING)).exists();
        assertThat(new StateLayout(dir).path(FileKind.COUNTER, REVIVING)).exists();
    }

    private void writeInstance(InstanceId id, long pid, int agents) throws IOException {
        StateLayout layout = new StateLayout(dir);
        Instant now = Instant.now();
        LockRecord lock = new LockRecord(id, pid, now, now, null, "", Map.of("name", "instance " + pid));
        Files.writeString(layout.path(FileKind.LOCK, id), JsonWriter.pretty(LockFileCodec.toMap(lock,
                Clock.systemDefaultZone().getZone())));
        Files.writeString(layout.path(FileKind.COUNTER, id), Integer.toString(agents));
    }

    private List<Path> liveFiles() {
        StateLayout layout = new StateLayout(dir);
        return List.of(layout.path(FileKind.LOCK, LIVE), layout.path(FileKind.COUNTER, LIVE));
    }

    private List<Path> legacyInstanceFiles() {
        StateLayout layout = new StateLayout(dir);
        List<Path> files = new ArrayList<>();
        for (String value : dev.agentpool.ui.Fixtures.LEGACY_IDS) {
            InstanceId id = InstanceId.of(value);
            for (FileKind kind : List.of(FileKind.LOCK, FileKind.COUNTER, FileKind.REALTIME_METRICS, FileKind.STATE)) {
                files.add(layout.path(kind, id));
            }
        }
        return files;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
