package dev.agentpool.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.testing.FakeProcesses;
import dev.agentpool.testing.Fixtures;
import dev.agentpool.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceRegistryTest {

    private static final InstanceId ID = InstanceId.of("20261127_230000_4242_0123abcd");
    private static final Instant OWNER_START = Instant.parse("2026-11-27T21:00:00.120Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T22:00:00.000001Z"),
            ZoneId.of("Europe/Berlin"));
    private final FakeProcesses processes = new FakeProcesses().alive(4242, OWNER_START);
    private StateLayout layout;
    private InstanceRegistry registry;

    @BeforeEach
    void setUp() {
        layout = new StateLayout(dir);
        registry = new InstanceRegistry(layout, clock, processes,
                new StalenessPolicy(Duration.ofHours(1), processes, "box"), "box");
    }

    @Test
    void registeringWritesTheLegacyKeysAndOursForTheOwner() throws Exception {
        registry.register(ID, Owner.parent(4242), Map.of("window", 1L));
        Path file = dir.resolve("instances/instance_" + ID + ".lock");
        Map<String, Object> json = Json.parseObject(Files.readString(file));
        assertThat(json).containsExactly(Map.entry("instance_id", ID.value()), Map.entry("pid", 4242L),
                Map.entry("start_time", "2026-11-27T23:00:00.000001"),
                Map.entry("last_heartbeat", "2026-11-27T23:00:00.000001"), Map.entry("metadata", Map.of("window", 1L)),
                Map.entry("process_start", "2026-11-27T22:00:00.12+01:00"), Map.entry("host", "box"),
                Map.entry("owner", "parent"));
    }

    @Test
    void registeringForAProcessThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> registry.register(ID, Owner.explicit(999), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    }

    @Test
    void aHeartbeatMovesOnlyTheHeartbeat() throws Exception {
        LockRecord registered = registry.register(ID, Owner.parent(4242), Map.of());
        clock.advance(Duration.ofSeconds(30));
        LockRecord beat = registry.heartbeat(ID).value();
        assertThat(beat.lastHeartbeat()).isEqualTo(clock.instant());
        assertThat(beat.startTime()).isEqualTo(registered.startTime());
        assertThat(registry.read(ID).value()).isEqualTo(beat);
    }

    @Test
    void aHeartbeatWithoutALockSaysSo() throws Exception {
        assertThat(registry.heartbeat(ID).reason()).isEqualTo("does not exist");
    }

    @Test
    void anInstanceGoesStaleWhenItsOwnerExitsOrItsHeartbeatAges() throws Exception {
        registry.register(ID, Owner.parent(4242), Map.of());
        assertThat(registry.listActive()).extracting(LockRecord::id).containsExactly(ID);
        clock.advance(Duration.ofMinutes(61));
        assertThat(registry.listAll().get(0).stale()).map(StaleReason::kind).contains(StaleReason.Kind.HEARTBEAT_TOO_OLD);
        registry.heartbeat(ID);
        processes.gone(4242);
        assertThat(registry.listAll().get(0).stale()).map(StaleReason::kind).contains(StaleReason.Kind.PROCESS_GONE);
        assertThat(registry.listActive()).isEmpty();
    }

    @Test
    void listsTheLegacyFixtureWithFullIdsAllStaleBecauseTheirProcessIsGone() throws Exception {
        InstanceRegistry legacy = new InstanceRegistry(new StateLayout(Fixtures.legacyStateDir()), clock, processes,
                new StalenessPolicy(Duration.ofHours(1), processes, "box"), "box");
        List<RegistryEntry> all = legacy.listAll();
        assertThat(all).extracting(e -> e.id().value()).containsExactly("20261127_225532_11009_db0cb426",
                "20261127_225533_11009_5b34d339", "20261127_225534_11009_61ccaf3d", "20261127_225535_11009_e8a6c58c",
                "20261127_225537_11009_f45c2b15");
        assertThat(all).allSatisfy(e -> assertThat(e.stale()).map(StaleReason::kind).contains(StaleReason.Kind.PROCESS_GONE));
    }

    @Test
    void anUnreadableLockIsListedAsStaleWithTheReasonAndOtherNamesAreIgnored() throws Exception {
        Files.createDirectories(layout.instancesDir());
        Files.writeString(layout.instancesDir().resolve("instance_" + ID + ".lock"), "{corrupt");
        Files.writeString(layout.instancesDir().resolve("notes.txt"), "hello");
        Files.writeString(layout.instancesDir().resolve(".instance_" + ID + ".lock.0011223344556677.tmp"), "{}");
        List<RegistryEntry> all = registry.listAll();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).stale().get().kind()).isEqualTo(StaleReason.Kind.UNREADABLE_LOCK);
        assertThat(all.get(0).stale().get().detail()).startsWith("lock file unreadable: not valid JSON");
    }

    @Test
    void anEmptyStateDirectoryHasNoInstances() throws Exception {
        assertThat(registry.listAll()).isEmpty();
    }

    @Test
    void deregisteringRemovesTheLockAndItsSidecar() throws Exception {
        registry.register(ID, Owner.parent(4242), Map.of());
        assertThat(layout.sidecarLockPath(Optional.of(ID))).exists();
        assertThat(registry.deregister(ID)).isTrue();
        assertThat(layout.instancesDir().resolve("instance_" + ID + ".lock")).doesNotExist();
        assertThat(layout.sidecarLockPath(Optional.of(ID))).doesNotExist();
        assertThat(registry.deregister(ID)).isFalse();
    }
}
