package dev.agentpool.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.testing.FakeProcesses;
import dev.agentpool.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleLockCleanerTest {

    private static final InstanceId LIVE = InstanceId.of("20261127_230000_100_aaaaaaaa");
    private static final InstanceId DEAD = InstanceId.of("20261127_230000_200_bbbbbbbb");
    private static final InstanceId CORRUPT = InstanceId.of("20261127_230000_300_cccccccc");
    private static final InstanceId LINKED = InstanceId.of("20261127_230000_400_dddddddd");

    @TempDir
    Path dir;

    @Test
    void removesStaleAndUnreadableLocksKeepsLiveOnesAndNeverTouchesLinksOrOtherFiles() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T22:00:00Z"), ZoneOffset.UTC);
        FakeProcesses processes = new FakeProcesses().alive(100, Instant.EPOCH).alive(200, Instant.EPOCH);
        StateLayout layout = new StateLayout(dir);
        InstanceRegistry registry = new InstanceRegistry(layout, clock, processes,
                new StalenessPolicy(Duration.ofHours(1), processes, "box"), "box");
        registry.register(LIVE, Owner.parent(100), Map.of());
        registry.register(DEAD, Owner.parent(200), Map.of());
        processes.gone(200);
        Path corrupt = Files.writeString(layout.instancesDir().resolve("instance_" + CORRUPT + ".lock"), "\u0000\u0001");
        Path victim = Files.writeString(dir.resolve("precious.txt"), "keep");
        Path link = Files.createSymbolicLink(layout.instancesDir().resolve("instance_" + LINKED + ".lock"), victim);
        Path foreign = Files.writeString(layout.instancesDir().resolve("instance_notes.lock"), "{}");

        StaleLockCleaner.Result result = new StaleLockCleaner(registry, layout).removeStale();

        assertThat(result.removed()).containsExactlyInAnyOrder(
                layout.instancesDir().resolve("instance_" + DEAD + ".lock"), corrupt);
        assertThat(result.skipped()).singleElement().asString().contains(link.toString());
        assertThat(registry.read(LIVE).isOk()).isTrue();
        assertThat(link).isSymbolicLink();
        assertThat(victim).hasContent("keep");
        assertThat(foreign).exists();
        assertThat(layout.sidecarLockPath(java.util.Optional.of(DEAD))).doesNotExist();
        assertThat(layout.sidecarLockPath(java.util.Optional.of(LIVE))).exists();
    }
}
