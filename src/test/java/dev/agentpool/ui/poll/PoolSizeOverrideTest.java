package dev.agentpool.ui.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.Fixtures;
import dev.agentpool.ui.main.InstanceRow;
import dev.agentpool.ui.main.MainViewModel;
import dev.agentpool.ui.main.Tone;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A pool size chosen in the settings scales the next snapshot's bars and health (no toolkit needed). */
class PoolSizeOverrideTest {

    private static final Path DIR = Path.of("/state");
    private final Snapshot scanned = Fixtures.liveAndStale(DIR);
    private final PoolSizeOverride source = new PoolSizeOverride(() -> scanned);
    private final MainViewModel view = new MainViewModel(0.80, 0.95, ZoneOffset.UTC);

    @Test
    void keepsTheScansOwnPoolSizeUntilOneIsSet() throws Exception {
        assertThat(source.load()).isSameAs(scanned);
        view.apply(source.load());
        assertThat(view.totalLabelProperty().get()).isEqualTo("140 / 500 · 28 %");
        assertThat(view.totalToneProperty().get()).isEqualTo(Tone.OK);
    }

    @Test
    void aSmallerPoolSizeFillsTheBarsAndTurnsTheHealthOnTheNextSnapshot() throws Exception {
        view.apply(source.load());
        double shareBefore = row("api-server").poolShareProperty().get();

        source.setPoolSize(150);
        Snapshot next = source.load();
        view.apply(next);

        assertThat(next.poolSize()).isEqualTo(150);
        assertThat(next.instances()).isEqualTo(scanned.instances());
        assertThat(view.totalLabelProperty().get()).isEqualTo("140 / 150 · 93 %");
        assertThat(view.totalProgressProperty().get()).isCloseTo(140 / 150.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(view.totalToneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(row("api-server").poolShareProperty().get()).isCloseTo(shareBefore * 500 / 150,
                org.assertj.core.data.Offset.offset(1e-9));

        source.setPoolSize(140);
        view.apply(source.load());
        assertThat(view.totalToneProperty().get()).isEqualTo(Tone.CRITICAL);
    }

    @Test
    void newThresholdsRecolourTheNextSnapshot() throws Exception {
        view.setThresholds(0.20, 0.25);
        view.apply(source.load());
        assertThat(view.totalToneProperty().get()).isEqualTo(Tone.CRITICAL);
    }

    @Test
    void aMetricsNoteFollowsTheStatusLineAndAnErrorColoursIt() throws Exception {
        view.apply(source.load());
        view.setExtraStatus("metrics off: port 9477 on 127.0.0.1 cannot be used (Address already in use)", true);
        assertThat(view.statusLineProperty().get()).startsWith("Watching /state · 3 live")
                .endsWith("· metrics off: port 9477 on 127.0.0.1 cannot be used (Address already in use)");
        assertThat(view.statusErrorProperty().get()).isTrue();

        view.apply(source.load());
        assertThat(view.statusLineProperty().get()).contains("metrics off: port 9477");
        view.setExtraStatus("", false);
        assertThat(view.statusLineProperty().get()).doesNotContain("metrics");
        assertThat(view.statusErrorProperty().get()).isFalse();
    }

    private InstanceRow row(String name) {
        return view.rows().stream().filter(r -> r.nameProperty().get().equals(name)).findFirst().orElseThrow();
    }
}
