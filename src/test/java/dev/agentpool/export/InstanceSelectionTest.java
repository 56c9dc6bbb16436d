package dev.agentpool.export;

import static dev.agentpool.export.SnapshotFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.InstanceSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceSelectionTest {

    @Test
    void underTheLimitEveryInstanceIsKept() {
        List<InstanceSnapshot> all = List.of(SnapshotFixtures.stale(id(1), 5), SnapshotFixtures.live(id(2), 1, "", ""));

        InstanceSelection selection = InstanceSelection.of(all, 500);

        assertThat(selection.selected()).hasSize(2);
        assertThat(selection.dropped()).isZero();
    }

    @Test
    void overTheLimitLiveInstancesAreKeptBeforeNewerStaleOnes() {
        List<InstanceSnapshot> all = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            all.add(SnapshotFixtures.live(id(n), 1, "", ""));
        }
        for (int n = 10; n < 600; n++) {
            all.add(SnapshotFixtures.stale(id(n), 1));
        }

        InstanceSelection selection = InstanceSelection.of(all, 500);

        assertThat(selection.selected()).hasSize(500);
        assertThat(selection.dropped()).isEqualTo(100);
        assertThat(selection.selected().stream().filter(InstanceSnapshot::isLive)).hasSize(10);
        assertThat(selection.selected()).extracting(i -> i.id().value())
                .contains(id(599)).doesNotContain(id(109));
    }

    @Test
    void theLimitAppearsInTheExportedSeries() throws Exception {
        List<InstanceSnapshot> all = new ArrayList<>();
        for (int n = 0; n < 520; n++) {
            all.add(SnapshotFixtures.stale(id(n), 1));
        }

        String text = ExpositionTest.prometheusText(SnapshotFixtures.snapshot(500, all, 0));

        assertThat(text).contains("agentpool_instance_series_limit{host=\"box1\"} 500.0",
                "agentpool_instance_series_dropped{host=\"box1\"} 20.0",
                "agentpool_stale_instances{host=\"box1\"} 520.0");
        assertThat(text.lines().filter(l -> l.startsWith("agentpool_instance_stale{"))).hasSize(500);
    }
}
