package dev.agentpool.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Problem;
import dev.agentpool.ui.Fixtures;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {

    private static final Path DIR = Path.of("/state");

    @Test
    void liveInstanceShowsIdentityProcessSessionAndMetricsWithSources() {
        DetailsViewModel vm = new DetailsViewModel(Fixtures.API, ZoneOffset.UTC);
        vm.apply(Fixtures.liveAndStale(DIR));

        assertThat(vm.titleProperty().get()).isEqualTo("api-server — live");
        assertThat(vm.value("ID")).contains(Fixtures.API.value());
        assertThat(vm.value("PID")).contains("4242 (alive)");
        assertThat(vm.value("Started")).contains("2026-11-27 22:00:00 (1 h ago)");
        assertThat(vm.value("Last heartbeat")).contains("2026-11-27 22:59:48 (12 s ago)");
        assertThat(vm.value("Session")).contains("sess-" + Fixtures.API.value());
        assertThat(vm.value("Working directory")).contains("/home/dev/api-server");
        assertThat(vm.value("Model")).contains("claude-opus-4");
        assertThat(vm.value("Tokens")).contains("150k / 200k");
        assertThat(vm.value("Context")).contains("75 %");
        assertThat(vm.value("Confidence")).contains("99.2 %");
        assertThat(vm.value("Lifecycle")).contains("active (running a request)");
        assertThat(vm.value("Requests")).contains("3");
        assertThat(vm.value("Waiting for you")).contains("yes: permission: Bash (for 30 s)");
        assertThat(vm.fields()).filteredOn(f -> f.label().equals("Agents")).singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo("agent counter file, 2 s old"));
    }

    @Test
    void runningSubagentsAreListedWithTypeAndAge() {
        DetailsViewModel vm = new DetailsViewModel(Fixtures.WEB, ZoneOffset.UTC);
        vm.apply(Fixtures.liveAndStale(DIR));
        assertThat(vm.subagents()).containsExactly(new DetailsViewModel.SubagentLine("agent-1", "Explore", "1 min ago"));
    }

    @Test
    void staleInstanceSaysWhyAndThatItsProcessIsGone() {
        InstanceId id = InstanceId.of(Fixtures.LEGACY_IDS[0]);
        DetailsViewModel vm = new DetailsViewModel(id, ZoneOffset.UTC);
        vm.apply(Fixtures.liveAndStale(DIR));

        assertThat(vm.titleProperty().get()).isEqualTo("window 1 — stale");
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(vm.value("State")).contains("stale: process 11009 is gone");
        assertThat(vm.value("PID")).contains("11009 (not running)");
        assertThat(vm.value("Session")).contains("unknown");
        assertThat(vm.fields()).filteredOn(f -> f.label().equals("Session")).singleElement()
                .satisfies(f -> assertThat(f.source()).as("no source for an unknown value").isEmpty());
        assertThat(vm.value("Status")).contains("OPTIMAL");
        assertThat(vm.files()).hasSize(4).allMatch(f -> f.toString().contains(id.value()));
        assertThat(vm.folder()).isEqualTo(DIR);
    }

    @Test
    void problemsOfThisInstanceOnlyAreShown() {
        DetailsViewModel vm = new DetailsViewModel(Fixtures.API, ZoneOffset.UTC);
        vm.apply(Fixtures.snapshot(DIR, Fixtures.liveThree(DIR), List.of(
                new Problem(DIR.resolve("realtime_metrics_" + Fixtures.API.value() + ".json"), "corrupt JSON"),
                new Problem(DIR.resolve("realtime_metrics_" + Fixtures.WEB.value() + ".json"), "too large"))));
        assertThat(vm.problems()).singleElement().asString().contains("corrupt JSON");
    }

    @Test
    void vanishedInstanceSaysSoInsteadOfShowingNothing() {
        DetailsViewModel vm = new DetailsViewModel(Fixtures.API, ZoneOffset.UTC);
        vm.apply(Fixtures.liveAndStale(DIR));
        vm.apply(Fixtures.legacyOnly(DIR));
        assertThat(vm.presentProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).endsWith("no longer in the state directory");
    }

    @Test
    void identicalRefreshLeavesTheListsUntouched() {
        DetailsViewModel vm = new DetailsViewModel(Fixtures.API, ZoneOffset.UTC);
        vm.apply(Fixtures.liveAndStale(DIR));
        List<Object> changes = new ArrayList<>();
        vm.fields().addListener((ListChangeListener<DetailField>) changes::add);
        vm.files().addListener((ListChangeListener<Path>) changes::add);
        vm.apply(Fixtures.liveAndStale(DIR));
        assertThat(changes).isEmpty();
    }
}
