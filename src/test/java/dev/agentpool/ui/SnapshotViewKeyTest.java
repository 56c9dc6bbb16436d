package dev.agentpool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.StaleReason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What counts as "the monitor would show something else" when the poller compares two scans. */
class SnapshotViewKeyTest {

    private static final Path DIR = Path.of("/state");
    private final Snapshot first = Fixtures.liveAndStale(DIR);

    @Test
    void aRescanOfUntouchedFilesHasTheSameKey() {
        // scan time (same minute), scan duration, heartbeat ages under a minute, file ages: all moved on
        assertThat(SnapshotViewKey.of(Fixtures.later(first, Duration.ofSeconds(2)))).isEqualTo(SnapshotViewKey.of(first));
        assertThat(SnapshotViewKey.of(Fixtures.later(first, Duration.ofSeconds(40)))).isEqualTo(SnapshotViewKey.of(first));
    }

    @Test
    void aHeartbeatWrittenAgainHasTheSameKey() {
        // a heartbeat rewrites the lock's time and resets the age: the table still reads "< 1 min ago"
        Snapshot beat = withInstance(first, 0, i -> new InstanceSnapshot(i.id(),
                i.lock().map(l -> l.withLastHeartbeat(l.lastHeartbeat().plusSeconds(30))), i.stale(), i.agents(),
                i.tokensUsed(), i.tokensTotal(), i.tokensPct(), i.confidence(), i.lifecycle(), i.requestCount(),
                i.executing(), i.status(), i.heartbeatAge().map(age -> Duration.ofSeconds(1)), i.claude(), i.files()));
        assertThat(SnapshotViewKey.of(beat)).isEqualTo(SnapshotViewKey.of(first));
    }

    @Test
    void theLegacyConfidenceCountsAsTheTrayPrintsIt() {
        // age-weighted: it moves in some decimal on every scan; the tray's compact line shows one decimal
        assertThat(SnapshotViewKey.of(withConfidence(first, 95.0000397967767)))
                .isEqualTo(SnapshotViewKey.of(withConfidence(first, 95.00004002902094)));
        assertThat(SnapshotViewKey.of(withConfidence(first, 95.0)))
                .isNotEqualTo(SnapshotViewKey.of(withConfidence(first, 95.2)));
    }

    private static Snapshot withConfidence(Snapshot s, double confidence) {
        LegacyAggregate l = new LegacyAggregate(145, 5, 35, 25, List.of(), confidence, 99, 90, List.of(), 5, 0, 0, 5,
                10, List.of());
        return new Snapshot(s.dir(), s.takenAt(), s.poolSize(), s.instances(), s.problems(), l, s.scanDuration());
    }

    @Test
    void whatTheWindowShowsChangesTheKey() {
        SnapshotViewKey key = SnapshotViewKey.of(first);
        // the live rows' heartbeats were 12 s old: 50 s later they read "1 min ago"; also the status line's minute
        assertThat(SnapshotViewKey.of(Fixtures.later(first, Duration.ofSeconds(50)))).isNotEqualTo(key);
        assertThat(SnapshotViewKey.of(new Snapshot(DIR, first.takenAt().plusSeconds(60), first.poolSize(),
                first.instances(), first.problems(), first.legacy(), first.scanDuration()))).isNotEqualTo(key);
        assertThat(SnapshotViewKey.of(new Snapshot(DIR, first.takenAt(), 600, first.instances(), first.problems(),
                first.legacy(), first.scanDuration()))).isNotEqualTo(key);
        assertThat(SnapshotViewKey.of(new Snapshot(DIR, first.takenAt(), first.poolSize(), first.instances(),
                List.of(new Problem(DIR.resolve("x.lock"), "unreadable")), first.legacy(), first.scanDuration())))
                .isNotEqualTo(key);
        assertThat(SnapshotViewKey.of(withInstance(first, 0, i -> Fixtures.live(DIR, i.id(), "api", 99, 1000,
                "🟢 OPTIMAL").build()))).isNotEqualTo(key);
        assertThat(SnapshotViewKey.of(withInstance(first, 1, i -> rebuilt(i, "🔴 CRITICAL")))).isNotEqualTo(key);
        assertThat(SnapshotViewKey.of(withInstance(first, 1, i -> stale(i, StaleReason.processGone(4343)))))
                .isNotEqualTo(key);
        assertThat(SnapshotViewKey.of(new Snapshot(DIR, first.takenAt(), first.poolSize(),
                first.instances().subList(1, first.instances().size()), first.problems(), first.legacy(),
                first.scanDuration()))).isNotEqualTo(key);
    }

    private static Snapshot withInstance(Snapshot s, int index, UnaryOperator<InstanceSnapshot> change) {
        List<InstanceSnapshot> instances = new ArrayList<>(s.instances());
        instances.set(index, change.apply(instances.get(index)));
        return new Snapshot(s.dir(), s.takenAt(), s.poolSize(), instances, s.problems(), s.legacy(), s.scanDuration());
    }

    private static InstanceSnapshot rebuilt(InstanceSnapshot i, String status) {
        return new InstanceSnapshot(i.id(), i.lock(), i.stale(), i.agents(), i.tokensUsed(), i.tokensTotal(),
                i.tokensPct(), i.confidence(), i.lifecycle(), i.requestCount(), i.executing(), status, i.heartbeatAge(),
                i.claude(), i.files());
    }

    private static InstanceSnapshot stale(InstanceSnapshot i, StaleReason reason) {
        return new InstanceSnapshot(i.id(), i.lock(), java.util.Optional.of(reason), i.agents(), i.tokensUsed(),
                i.tokensTotal(), i.tokensPct(), i.confidence(), i.lifecycle(), i.requestCount(), i.executing(),
                i.status(), i.heartbeatAge(), i.claude(), i.files());
    }
}
