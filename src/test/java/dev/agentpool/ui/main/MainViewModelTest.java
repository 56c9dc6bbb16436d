package dev.agentpool.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private static final Path DIR = Path.of("/state");
    private final MainViewModel vm = new MainViewModel(0.80, 0.95, ZoneOffset.UTC);

    @Test
    void legacyDirectoryShowsEmptyPoolWithAllAgentsHeldByStaleInstances() {
        vm.apply(Fixtures.legacyOnly(DIR));

        assertThat(vm.totalLabelProperty().get()).isEqualTo("0 / 500 · 0 %");
        assertThat(vm.totalProgressProperty().get()).isZero();
        assertThat(vm.staleHeldProperty().get()).isEqualTo("+ 145 held by 5 stale");
        assertThat(vm.totalToneProperty().get()).isEqualTo(Tone.NEUTRAL);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.emptyDetailProperty().get()).contains("5 stale instances").contains("145 agents");
    }

    @Test
    void totalBarCountsOnlyLiveAgents() {
        vm.apply(Fixtures.liveAndStale(DIR));

        assertThat(vm.totalLabelProperty().get()).isEqualTo("140 / 500 · 28 %");
        assertThat(vm.totalProgressProperty().get()).isEqualTo(0.28);
        assertThat(vm.totalToneProperty().get()).isEqualTo(Tone.OK);
        assertThat(vm.staleHeldProperty().get()).isEqualTo("+ 145 held by 5 stale");
        assertThat(vm.emptyProperty().get()).isFalse();
    }

    @Test
    void poolAboveWarningAndCriticalThresholdsChangesTheBarTone() {
        vm.apply(poolOf(400));
        assertThat(vm.totalToneProperty().get()).isEqualTo(Tone.WARNING);
        vm.apply(poolOf(480));
        assertThat(vm.totalToneProperty().get()).isEqualTo(Tone.CRITICAL);
        vm.apply(poolOf(600));
        assertThat(vm.totalProgressProperty().get()).isEqualTo(1.0);
        assertThat(vm.totalLabelProperty().get()).isEqualTo("600 / 500 · 120 %");
    }

    @Test
    void rowsPutWaitingFirstThenMostAgentsThenName() {
        vm.apply(Fixtures.liveAndStale(DIR));

        assertThat(vm.rows()).extracting(r -> r.nameProperty().get()).containsExactly("api-server", "frontend", "docs");
    }

    @Test
    void equalAgentsAreOrderedByName() {
        Snapshot snapshot = Fixtures.snapshot(DIR, List.of(
                Fixtures.live(DIR, Fixtures.API, "zeta", 10, 0, "🟢 OPTIMAL").build(),
                Fixtures.live(DIR, Fixtures.WEB, "Alpha", 10, 0, "🟢 OPTIMAL").build()));
        vm.apply(snapshot);
        assertThat(vm.rows()).extracting(r -> r.nameProperty().get()).containsExactly("Alpha", "zeta");
    }

    @Test
    void rowShowsAgentsContextStatusWaitingAndHeartbeat() {
        vm.apply(Fixtures.liveAndStale(DIR));
        InstanceRow api = vm.rows().get(0);

        assertThat(api.agentsLabelProperty().get()).isEqualTo("40 · 8 %");
        assertThat(api.poolShareProperty().get()).isEqualTo(0.08);
        assertThat(api.contextLabelProperty().get()).isEqualTo("150k / 200k · 75 %");
        assertThat(api.contextFractionProperty().get()).isEqualTo(0.75);
        assertThat(api.statusProperty().get()).isEqualTo("WARNING");
        assertThat(api.statusToneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(api.waitingProperty().get()).isTrue();
        assertThat(api.waitingLabelProperty().get()).isEqualTo("waiting for you: permission: Bash");
        assertThat(api.heartbeatProperty().get()).isEqualTo("< 1 min ago");
        assertThat(api.lifecycleProperty().get()).isEqualTo("active · running");
        assertThat(vm.rows().get(1).statusToneProperty().get()).isEqualTo(Tone.ACTIVE);
        assertThat(vm.rows().get(2).statusToneProperty().get()).isEqualTo(Tone.OK);
    }

    @Test
    void refreshUpdatesRowsInPlaceAndReordersByPermutationOnly() {
        vm.apply(Fixtures.liveAndStale(DIR));
        List<InstanceRow> before = List.copyOf(vm.rows());
        List<String> changes = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<InstanceRow>) c -> {
            while (c.next()) {
                changes.add(c.wasPermutated() ? "permutation" : c.wasAdded() ? "add" : c.wasRemoved() ? "remove" : "update");
            }
        });

        List<InstanceSnapshot> moved = new ArrayList<>(Fixtures.liveThree(DIR));
        moved.set(2, Fixtures.live(DIR, Fixtures.DOCS, "docs", 90, 5_000, "🟢 OPTIMAL").build());
        vm.apply(Fixtures.snapshot(DIR, moved));

        assertThat(vm.rows()).extracting(r -> r.nameProperty().get()).containsExactly("api-server", "docs", "frontend");
        assertThat(vm.rows()).allMatch(row -> before.stream().anyMatch(old -> old == row));
        assertThat(changes).containsExactly("permutation");
    }

    @Test
    void identicalRefreshFiresNoListChange() {
        vm.apply(Fixtures.liveAndStale(DIR));
        List<String> changes = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<InstanceRow>) c -> changes.add(c.toString()));
        vm.apply(Fixtures.liveAndStale(DIR));
        assertThat(changes).isEmpty();
    }

    @Test
    void vanishedInstanceRowIsRemovedAndNewOneAdded() {
        vm.apply(Fixtures.liveAndStale(DIR));
        vm.apply(Fixtures.snapshot(DIR, List.of(Fixtures.liveThree(DIR).get(0),
                Fixtures.live(DIR, dev.agentpool.core.id.InstanceId.of("20261127_230000_5555_dddd0004"), "new", 1, 0,
                        "🟢 OPTIMAL").build())));
        assertThat(vm.rows()).extracting(r -> r.nameProperty().get()).containsExactly("api-server", "new");
    }

    @Test
    void statusLineNamesDirectoryCountsAndSkippedFiles() {
        vm.apply(Fixtures.snapshot(DIR, Fixtures.liveThree(DIR),
                List.of(new dev.agentpool.core.model.Problem(DIR.resolve("x.json"), "corrupt JSON"))));
        assertThat(vm.statusLineProperty().get())
                .isEqualTo("Watching /state · 3 live · updated 23:00 · 1 file skipped (see details)");
        assertThat(vm.lastScanProperty().get()).isEqualTo("Last scan 23:00:00, took 3 ms");
        assertThat(vm.statusErrorProperty().get()).isFalse();
    }

    @Test
    void loadFailureIsShownAndKeepsLastData() {
        vm.apply(Fixtures.liveAndStale(DIR));
        vm.showLoadFailure("permission denied");
        assertThat(vm.statusErrorProperty().get()).isTrue();
        assertThat(vm.statusLineProperty().get())
                .isEqualTo("Cannot read the state directory: permission denied (showing data from 23:00:00)");
        assertThat(vm.rows()).hasSize(3);
        vm.apply(Fixtures.liveAndStale(DIR));
        assertThat(vm.statusErrorProperty().get()).isFalse();
    }

    @Test
    void unreadableDirectoryIsAnErrorInTheStatusLineNotAnEmptyPool() {
        vm.apply(Fixtures.snapshot(DIR, List.of(),
                List.of(new dev.agentpool.core.model.Problem(DIR, "permission denied"))));
        assertThat(vm.statusErrorProperty().get()).isTrue();
        assertThat(vm.statusLineProperty().get()).isEqualTo("Cannot read /state: permission denied");
    }

    private static Snapshot poolOf(int agents) {
        return Fixtures.snapshot(DIR, List.of(Fixtures.live(DIR, Fixtures.API, "big", agents, 0, "🟢 OPTIMAL").build()));
    }

    @Test
    void formatsReadLikeTheSeed() {
        assertThat(Formats.tokens(15_000)).isEqualTo("15k");
        assertThat(Formats.tokens(1_500)).isEqualTo("1.5k");
        assertThat(Formats.tokens(1_200_000)).isEqualTo("1.2M");
        assertThat(Formats.tokens(900)).isEqualTo("900");
        assertThat(Formats.ago(Duration.ofSeconds(12))).isEqualTo("12 s ago");
        assertThat(Formats.ago(Duration.ofMinutes(35))).isEqualTo("35 min ago");
        assertThat(Formats.ago(Duration.ofMinutes(125))).isEqualTo("2 h 5 min ago");
        assertThat(Formats.ago(null)).isEqualTo("never");
        assertThat(Formats.agoCoarse(Duration.ofSeconds(59))).isEqualTo("< 1 min ago");
        assertThat(Formats.agoCoarse(Duration.ofSeconds(60))).isEqualTo("1 min ago");
        assertThat(Formats.agoCoarse(Duration.ofMinutes(125))).isEqualTo("2 h 5 min ago");
        assertThat(Formats.agoCoarse(null)).isEqualTo("never");
        assertThat(Formats.percent(0.004)).isEqualTo("0.4 %");
        assertThat(Formats.percentValue(7.5)).isEqualTo("7.5 %");
    }
}
