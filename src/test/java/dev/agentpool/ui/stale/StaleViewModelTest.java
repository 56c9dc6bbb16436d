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
    private final List<CleanupRequest> requests = new ArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private CleanupReport answer = new CleanupReport(List.of(), List.of(), List.of());
    private final StaleCleaner recording = request -> {
        requests.add(request);
        return answer;
    };

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
    void requestAllNamesEveryFileOfEveryStaleInstanceAndNoLiveOne() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.liveAndStale(DIR));

        CleanupRequest request = vm.requestAll();
        assertThat(request.targets()).hasSize(5);
        assertThat(request.fileCount()).isEqualTo(20);
        assertThat(request.question()).isEqualTo("Delete 20 files of 5 stale instances (145 agents)?");
        assertThat(request.targets()).flatExtracting(CleanupRequest.Target::files)
                .noneMatch(file -> file.toString().contains(Fixtures.API.value()));
    }

    @Test
    void requestForOneInstanceHasOnlyItsFilesAndNothingForALiveOne() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.liveAndStale(DIR));
        InstanceId first = InstanceId.of(Fixtures.LEGACY_IDS[0]);

        assertThat(vm.requestFor(first).targets()).singleElement().satisfies(t -> {
            assertThat(t.files()).hasSize(4).allMatch(f -> f.getFileName().toString().contains(first.value()));
            assertThat(t.reason()).isEqualTo("process 11009 is gone");
        });
        assertThat(vm.requestFor(Fixtures.API).isEmpty()).isTrue();
    }

    @Test
    void confirmedCleanupRunsTheCleanerReportsAndAsksForARescan() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.legacyOnly(DIR));
        answer = new CleanupReport(vm.requestAll().targets().get(0).files(), List.of(), List.of());

        vm.clean(vm.requestAll());

        assertThat(requests).hasSize(1);
        assertThat(vm.resultTextProperty().get()).isEqualTo("Removed 4 files.");
        assertThat(vm.resultFailedProperty().get()).isFalse();
        assertThat(vm.lastReportProperty().get()).isSameAs(answer);
        assertThat(refreshes).hasValue(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void failedDeletesAndKeptInstancesAreShownNotHidden() {
        StaleViewModel vm = viewModel(new SameThreadExecutor());
        vm.apply(Fixtures.legacyOnly(DIR));
        answer = new CleanupReport(List.of(DIR.resolve("a")),
                List.of(new CleanupReport.FailedFile(DIR.resolve("b"), "permission denied")),
                List.of(new CleanupReport.Kept(InstanceId.of(Fixtures.LEGACY_IDS[1]), "process is alive")));

        vm.clean(vm.requestAll());

        assertThat(vm.resultFailedProperty().get()).isTrue();
        assertThat(vm.resultTextProperty().get()).isEqualTo(
                "Removed 1 file. 1 file could not be deleted. 1 instance was kept (live again at deletion time).");
        assertThat(vm.lastReportProperty().get().detailLines())
                .containsExactly("could not delete /state/b: permission denied",
                        "kept " + Fixtures.LEGACY_IDS[1] + ": process is alive");
    }

    @Test
    void cleanerExceptionBecomesAFailureMessage() {
        StaleViewModel vm = new StaleViewModel(request -> {
            throw new IOException("state directory vanished");
        }, new SameThreadExecutor(), refreshes::incrementAndGet);
        vm.apply(Fixtures.legacyOnly(DIR));

        vm.clean(vm.requestAll());

        assertThat(vm.resultFailedProperty().get()).isTrue();
        assertThat(vm.resultTextProperty().get()).isEqualTo("Cleanup failed: state directory vanished");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void buttonIsDisabledWhileACleanupRunsAndASecondRequestIsIgnored() {
        SameThreadExecutor executor = new SameThreadExecutor().holding();
        StaleViewModel vm = viewModel(executor);
        vm.apply(Fixtures.legacyOnly(DIR));

        vm.clean(vm.requestAll());
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.cleanAllDisabledBinding().get()).isTrue();
        vm.clean(vm.requestAll());
        executor.runHeld();

        assertThat(requests).hasSize(1);
        assertThat(vm.cleanAllDisabledBinding().get()).isFalse();
    }

    private StaleViewModel viewModel(SameThreadExecutor executor) {
        return new StaleViewModel(recording, executor, refreshes::incrementAndGet);
    }
}
