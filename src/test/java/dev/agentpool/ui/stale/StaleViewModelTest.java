package dev.agentpool.ui.stale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.ui.Fixtures;
import dev.agentpool.ui.SameThreadExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StaleViewModelTest {

    private static final Path DIR = Path.of("/state");
    private final List<CleanupRequest> planned = new ArrayList<>();
    private final List<CleanupRequest> executed = new ArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private CleanupReport answer = new CleanupReport(List.of(), List.of(), List.of());
    /** Plans the snapshot's files plus a sidecar, as the core planner would; records what it is asked. */
    private final StaleCleaner recording = new StaleCleaner() {
        @Override
        public CleanupRequest plan(CleanupRequest wanted) {
            planned.add(wanted);
            return new CleanupRequest(wanted.targets().stream().map(t -> t.withFiles(withSidecar(t))).toList(), "plan");
        }

        @Override
        public CleanupReport clean(CleanupRequest request) {
            executed.add(request);
            return answer;
        }
    };

    private static List<Path> withSidecar(CleanupRequest.Target target) {
        List<Path> files = new ArrayList<>(target.files());
        files.add(DIR.resolve("locks").resolve(target.id() + ".lck"));
        return files;
    }

    @Test
    void legacyDirectoryListsFiveStaleInstancesMostAgentsFirst() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.legacyOnly(DIR));

        assertThat(vm.rows()).extracting(r -> r.agentsProperty().get()).containsExactly(35, 35, 25, 25, 25);
        assertThat(vm.rows()).extracting(r -> r.nameProperty().get()).startsWith("window 2", "window 4");
        assertThat(vm.rows().get(0).reasonProperty().get()).isEqualTo("process 11009 is gone");
        assertThat(vm.rows().get(0).leftOnDiskProperty().get()).isEqualTo("4 files · holds 35 agents");
        assertThat(vm.headingProperty().get()).isEqualTo("5 stale instances hold 145 agents");
        assertThat(vm.cleanAllDisabledBinding().get()).isFalse();
    }

    @Test
    void cleanUpIsDisabledWhenNothingIsStale() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.snapshot(DIR, Fixtures.liveThree(DIR)));
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.cleanAllDisabledBinding().get()).isTrue();
        assertThat(vm.headingProperty().get()).isEqualTo("No stale instances");
    }

    @Test
    void cleanUpAllPlansEveryStaleInstanceAndNoLiveOneThenWaitsForConfirmation() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.liveAndStale(DIR));

        vm.prepareAll();

        assertThat(planned).singleElement().satisfies(r -> assertThat(r.ids()).hasSize(5)
                .doesNotContain(Fixtures.API, Fixtures.WEB, Fixtures.DOCS));
        CleanupRequest pending = vm.pendingProperty().get();
        assertThat(pending.fileCount()).as("4 snapshot files + 1 sidecar each").isEqualTo(25);
        assertThat(pending.question()).isEqualTo("Delete 25 files of 5 stale instances (145 agents)?");
        assertThat(executed).isEmpty();
        assertThat(vm.cleanAllDisabledBinding().get()).as("disabled while the question is open").isTrue();
    }

    @Test
    void perRowCleanupPlansOnlyThatInstanceAndNothingForALiveOne() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.liveAndStale(DIR));
        InstanceId first = InstanceId.of(Fixtures.LEGACY_IDS[0]);

        vm.prepareFor(Fixtures.API);
        assertThat(planned).isEmpty();
        vm.prepareFor(first);

        assertThat(vm.pendingProperty().get().targets()).singleElement().satisfies(t -> {
            assertThat(t.files()).hasSize(5).allMatch(f -> f.getFileName().toString().contains(first.value()));
            assertThat(t.reason()).isEqualTo("process 11009 is gone");
        });
    }

    @Test
    void confirmedCleanupExecutesThePlanReportsAndAsksForARescan() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.legacyOnly(DIR));
        vm.prepareAll();
        CleanupRequest pending = vm.pendingProperty().get();
        answer = new CleanupReport(pending.targets().get(0).files(), List.of(), List.of());

        vm.confirm();

        assertThat(executed).containsExactly(pending);
        assertThat(vm.pendingProperty().get()).isNull();
        assertThat(vm.resultTextProperty().get()).isEqualTo("Removed 5 files.");
        assertThat(vm.resultFailedProperty().get()).isFalse();
        assertThat(vm.lastReportProperty().get()).isSameAs(answer);
        assertThat(refreshes).hasValue(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void cancelledCleanupDeletesNothing() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.legacyOnly(DIR));
        vm.prepareAll();

        vm.cancel();

        assertThat(executed).isEmpty();
        assertThat(vm.resultTextProperty().get()).isEqualTo("Cleanup cancelled; nothing was deleted.");
        assertThat(vm.cleanAllDisabledBinding().get()).isFalse();
    }

    @Test
    void planWithNoFilesLeftAsksNothing() {
        StaleViewModel vm = new StaleViewModel(new StaleCleaner() {
            @Override
            public CleanupRequest plan(CleanupRequest wanted) {
                return new CleanupRequest(wanted.targets().stream().map(t -> t.withFiles(List.of())).toList(), null);
            }

            @Override
            public CleanupReport clean(CleanupRequest planned) {
                throw new AssertionError("nothing to clean");
            }
        }, new SameThreadExecutor(), refreshes::incrementAndGet);
        vm.apply(Fixtures.legacyOnly(DIR));
        vm.prepareAll();
        assertThat(vm.pendingProperty().get()).isNull();
        assertThat(vm.resultTextProperty().get()).isEqualTo("Nothing to delete: live again or already cleaned up.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void failedDeletesAndKeptInstancesAreShownNotHidden() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.legacyOnly(DIR));
        answer = new CleanupReport(List.of(DIR.resolve("a")),
                List.of(new CleanupReport.FailedFile(DIR.resolve("b"), "permission denied")),
                List.of(new CleanupReport.Kept(InstanceId.of(Fixtures.LEGACY_IDS[1]), "process is alive")));

        vm.prepareAll();
        vm.confirm();

        assertThat(vm.resultFailedProperty().get()).isTrue();
        assertThat(vm.resultTextProperty().get()).isEqualTo(
                "Removed 1 file. 1 file could not be deleted. 1 instance was kept (live again at deletion time).");
        assertThat(vm.lastReportProperty().get().detailLines())
                .containsExactly("could not delete /state/b: permission denied",
                        "kept " + Fixtures.LEGACY_IDS[1] + ": process is alive");
    }

    @Test
    void cleanerExceptionBecomesAFailureMessage() {
        StaleViewModel vm = new StaleViewModel(new StaleCleaner() {
            @Override
            public CleanupRequest plan(CleanupRequest wanted) throws IOException {
                throw new IOException("state directory vanished");
            }

            @Override
            public CleanupReport clean(CleanupRequest planned) {
                throw new AssertionError();
            }
        }, new SameThreadExecutor(), refreshes::incrementAndGet);
        vm.apply(Fixtures.legacyOnly(DIR));

        vm.prepareAll();

        assertThat(vm.resultFailedProperty().get()).isTrue();
        assertThat(vm.resultTextProperty().get()).isEqualTo("Cleanup failed: state directory vanished");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void buttonIsDisabledWhileACleanupRunsAndASecondRequestIsIgnored() {
        SameThreadExecutor executor = new SameThreadExecutor().holding();
        StaleViewModel vm = viewModel(executor);
        vm.apply(Fixtures.legacyOnly(DIR));

        vm.prepareAll();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.cleanAllDisabledBinding().get()).isTrue();
        vm.prepareAll();
        executor.runHeld();
        vm.confirm();
        executor.runHeld();

        assertThat(planned).hasSize(1);
        assertThat(executed).hasSize(1);
        assertThat(vm.cleanAllDisabledBinding().get()).isFalse();
    }

    private StaleViewModel viewModel(SameThreadExecutor executor) {
        return new StaleViewModel(recording, executor, refreshes::incrementAndGet);
    }
}
