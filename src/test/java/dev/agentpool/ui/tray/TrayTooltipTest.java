package dev.agentpool.ui.tray;

import static dev.agentpool.ui.tray.TraySnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.health.OverallHealth;
import dev.agentpool.core.model.Snapshot;
import org.junit.jupiter.api.Test;

class TrayTooltipTest {

    @Test
    void tooltipIsTheCompactLineThenLiveAndStaleCounts() {
        Snapshot s = snapshot().live(1, "a", 20, 7.5).live(2, "b", 5, 3).stale(3, "c", 120).build();

        assertThat(TrayTooltip.text(s, OverallHealth.GREEN, PoolStatusline.compact(s)))
                .isEqualTo("All fine · A:25/145(3) T:7.5% C:99.2% · 2 live · 1 stale");
    }

    @Test
    void unreadableFilesAreCounted() {
        Snapshot s = snapshot().problem("instances/instance_x.lock", "corrupt JSON").build();

        assertThat(TrayTooltip.text(s, OverallHealth.GREY, "")).isEqualTo("Nothing to watch · 0 live · 0 stale · 1 unreadable");
    }

    @Test
    void theHealthWordMatchesTheIconColour() {
        assertThat(TrayTooltip.text(snapshot().build(), OverallHealth.YELLOW, "")).startsWith("Warning · ");
        assertThat(TrayTooltip.text(snapshot().build(), OverallHealth.RED, "")).startsWith("Critical · ");
    }

    @Test
    void overlongTextIsCutToWhatWindowsShows() {
        String tip = TrayTooltip.text(snapshot().build(), OverallHealth.RED, "x".repeat(200));

        assertThat(tip).hasSize(TrayTooltip.MAX_LENGTH).endsWith("…");
    }
}
