package dev.agentpool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.main.InstanceRow;
import dev.agentpool.ui.stale.StaleCleaner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window fed with fixture snapshots through the real poller. */
@ExtendWith(ApplicationExtension.class)
class MonitorWindowTest {

    private static final Path DIR = Path.of("/state");
    private final AtomicReference<Snapshot> current = new AtomicReference<>(Fixtures.liveAndStale(DIR));
    private final java.util.concurrent.atomic.AtomicInteger scans = new java.util.concurrent.atomic.AtomicInteger();
    private MonitorWindow window;

    @Start
    void start(Stage stage) {
        StaleCleaner unused = FxWait.noCleanup();
        window = new MonitorWindow(stage, new MonitorServices(DIR, this::scan, unused, Duration.ofMillis(300),
                0.80, 0.95, ZoneOffset.UTC, folder -> { }));
        stage.show();
    }

    private Snapshot scan() throws java.io.IOException {
        int scan = scans.incrementAndGet();
        Snapshot snapshot = current.get();
        if (snapshot == null) {
            throw new java.io.IOException("state directory is gone");
        }
        // a scan of the same files a little later, as the aggregator returns (records: equal scans fire no change)
        return Fixtures.later(snapshot, Duration.ofMillis(scan));
    }

    /** Virtualised tables keep spare, invisible cells around with the id of their last item: skip those. */
    private static Node visible(FxRobot robot, String query) {
        return robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).query();
    }

    @AfterEach
    void close() throws Exception {
        FxWait.closeAll(window);
    }

    @Test
    void rendersTotalsBarsColoursAndBothKindsOfInstances(FxRobot robot) {
        FxWait.until("the first scan on screen", () -> text(robot, "#total-label").equals("140 / 500 · 28 %"));

        assertThat(text(robot, "#stale-held")).isEqualTo("+ 145 held by 5 stale");
        ProgressBar total = robot.lookup("#total-bar").queryAs(ProgressBar.class);
        assertThat(total.getProgress()).isEqualTo(0.28);
        assertThat(total.getStyleClass()).contains("tone-ok");
        TableView<InstanceRow> table = robot.lookup("#instances").queryTableView();
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).extracting(r -> r.nameProperty().get())
                .containsExactly("api-server", "frontend", "docs");
        Node apiStatus = robot.from(visible(robot, "#row-" + Fixtures.API.value())).lookup(".status-word").query();
        assertThat(((Label) apiStatus).getText()).isEqualTo("WARNING");
        assertThat(apiStatus.getStyleClass()).contains("tone-warning");
        Node webStatus = robot.from(visible(robot, "#row-" + Fixtures.WEB.value())).lookup(".status-word").query();
        assertThat(webStatus.getStyleClass()).contains("tone-active");
        Label waiting = robot.from(visible(robot, "#row-" + Fixtures.API.value())).lookup(".waiting-badge")
                .queryAs(Label.class);
        assertThat(waiting.isVisible()).isTrue();
        assertThat(waiting.getText()).isEqualTo("waiting for you: permission: Bash");
        assertThat(robot.lookup("#stale-list").queryListView().getItems()).hasSize(5);
        assertThat(text(robot, "#stale-heading")).isEqualTo("5 stale instances hold 145 agents");
        assertThat(robot.lookup("#clean-up-all").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#empty-state").query().isVisible()).isFalse();
        assertThat(text(robot, "#status-line")).startsWith("Watching /state · 3 live");
    }

    @Test
    void unchangedRescansLeaveTheFxThreadAloneAndAChangeReachesTheWindow(FxRobot robot) throws Exception {
        FxWait.until("first scan", () -> window.snapshotProperty().get() != null);
        List<Snapshot> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> window.snapshotProperty().addListener((o, old, now) -> shown.add(now))).get();
        int from = scans.get();

        // scan from + 4 has started, so three whole rescans of the same files are done: none reached the FX thread
        FxWait.until("three more scans", () -> scans.get() >= from + 4);
        assertThat(shown).isEmpty();

        current.set(Fixtures.snapshot(DIR, Fixtures.liveThree(DIR))); // the stale instances were cleaned up
        FxWait.until("the change on screen", () -> text(robot, "#stale-held").isEmpty());
        assertThat(shown).hasSize(1);
    }

    @Test
    void anOpenDetailsWindowGetsEveryScanUntilItCloses(FxRobot robot) throws Exception {
        FxWait.until("first scan", () -> window.snapshotProperty().get() != null);
        List<Snapshot> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> window.snapshotProperty().addListener((o, old, now) -> shown.add(now))).get();

        WaitForAsyncUtils.asyncFx(() -> window.showDetails(Fixtures.WEB)).get();
        FxWait.until("two scans on screen while the details are open", () -> shown.size() >= 2);

        WaitForAsyncUtils.asyncFx(() -> detailsWindow().orElseThrow().close()).get();
        int from = scans.get();
        FxWait.until("two more scans", () -> scans.get() >= from + 2);
        int settled = shown.size();
        int next = scans.get();
        FxWait.until("three more scans", () -> scans.get() >= next + 4);
        assertThat(shown).hasSize(settled);
    }

    @Test
    void clickingARowOpensThatInstancesDetails(FxRobot robot) {
        FxWait.until("rows", () -> robot.lookup("#row-" + Fixtures.WEB.value())
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());

        robot.clickOn(visible(robot, "#row-" + Fixtures.WEB.value()));

        FxWait.until("the details window", () -> detailsWindow().isPresent());
        Stage details = detailsWindow().orElseThrow();
        assertThat(details.getTitle()).startsWith("frontend — live");
        Label id = robot.from(details.getScene().getRoot()).lookup("#detail-id").queryAs(Label.class);
        assertThat(id.getText()).isEqualTo(Fixtures.WEB.value());
        Label subagent = robot.from(details.getScene().getRoot()).lookup("#details-subagents").lookup(".label")
                .queryAs(Label.class);
        assertThat(subagent.getText()).contains("Explore").contains("agent-1");
        ListView<Path> files = robot.from(details.getScene().getRoot()).lookup("#details-files").queryListView();
        assertThat(files.getItems()).hasSize(4);
    }

    @Test
    void showDetailsOfAStaleInstanceSaysWhyItIsStale(FxRobot robot) throws Exception {
        FxWait.until("first scan", () -> window.snapshotProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> window.showDetails(
                dev.agentpool.core.id.InstanceId.of(Fixtures.LEGACY_IDS[2]))).get();

        FxWait.until("the details window", () -> detailsWindow().isPresent());
        Stage details = detailsWindow().orElseThrow();
        assertThat(details.getTitle()).startsWith("window 3 — stale");
        assertThat(robot.from(details.getScene().getRoot()).lookup("#detail-state").queryAs(Label.class).getText())
                .isEqualTo("stale: process 11009 is gone");
    }

    @Test
    void selectionSurvivesARefreshThatReordersRows(FxRobot robot) {
        FxWait.until("rows", () -> robot.lookup("#row-" + Fixtures.DOCS.value())
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(visible(robot, "#row-" + Fixtures.DOCS.value()));
        TableView<InstanceRow> table = robot.lookup("#instances").queryTableView();
        FxWait.until("selection", () -> table.getSelectionModel().getSelectedItem() != null);
        InstanceRow selected = table.getSelectionModel().getSelectedItem();

        List<InstanceSnapshot> moved = new ArrayList<>(Fixtures.liveThree(DIR));
        moved.set(2, Fixtures.live(DIR, Fixtures.DOCS, "docs", 90, 5_000, "🟢 OPTIMAL").build());
        current.set(Fixtures.snapshot(DIR, moved));

        FxWait.until("the refresh", () -> text(robot, "#total-label").equals("210 / 500 · 42 %"));
        assertThat(table.getItems().get(1)).isSameAs(selected);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
        assertThat(selected.agentsLabelProperty().get()).isEqualTo("90 · 18 %");
    }

    @Test
    void emptyDirectoryShowsHowToConnectClaudeCodeAndTheDemo(FxRobot robot) {
        current.set(Fixtures.empty(DIR));

        FxWait.until("the empty state", () -> robot.lookup("#empty-state").query().isVisible());

        assertThat(robot.lookup("#instances").query().isVisible()).isFalse();
        assertThat(robot.lookup("#setup-command").queryTextInputControl().getText()).isEqualTo("agentpool setup claude");
        assertThat(robot.lookup("#demo-command").queryTextInputControl().getText()).isEqualTo("agentpool --demo");
        assertThat(robot.lookup("#empty-stale-note").query().isVisible()).isFalse();
        assertThat(text(robot, "#total-label")).isEqualTo("0 / 500 · 0 %");
        assertThat(robot.lookup("#total-bar").query().getStyleClass()).contains("tone-neutral");
        assertThat(robot.lookup("#clean-up-all").query().isDisabled()).isTrue();
        assertThat(text(robot, "#stale-heading")).isEqualTo("No stale instances");
    }

    @Test
    void failedScanIsShownInTheStatusLineAndOldDataStays(FxRobot robot) {
        FxWait.until("first scan", () -> text(robot, "#total-label").equals("140 / 500 · 28 %"));
        current.set(null);
        WaitForAsyncUtils.waitForFxEvents();

        FxWait.until("the error", () -> robot.lookup("#status-line").query().getStyleClass().contains("error"));
        assertThat(text(robot, "#status-line")).startsWith("Cannot read the state directory:");
        assertThat(text(robot, "#total-label")).isEqualTo("140 / 500 · 28 %");
    }

    private static java.util.Optional<Stage> detailsWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().endsWith("— Agent Pool Monitor")).map(w -> (Stage) w).findFirst();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
