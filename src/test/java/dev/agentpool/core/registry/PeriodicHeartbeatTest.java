package dev.agentpool.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.testing.FakeProcesses;
import dev.agentpool.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodicHeartbeatTest {

    private static final InstanceId ID = InstanceId.of("20261127_230000_100_aaaaaaaa");

    @TempDir
    Path dir;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T22:00:00Z"), ZoneOffset.UTC);
    private final FakeProcesses processes = new FakeProcesses().alive(100, Instant.EPOCH);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private InstanceRegistry registry() {
        return new InstanceRegistry(new StateLayout(dir), clock, processes,
                new StalenessPolicy(Duration.ofHours(1), processes, "box"), "box");
    }

    @Test
    void refreshesTheHeartbeatOnTheCallersExecutorUntilClosed() throws Exception {
        InstanceRegistry registry = registry();
        registry.register(ID, Owner.self(100), Map.of());
        clock.advance(Duration.ofMinutes(5));
        PeriodicHeartbeat beat = PeriodicHeartbeat.start(executor, registry, ID, Duration.ofMillis(20), p -> { });
        awaitTrue(() -> clock.instant().equals(registry.read(ID).value().lastHeartbeat()));
        beat.close();
        assertThat(beat.isRunning()).isFalse();
    }

    @Test
    void reportsFailedBeatsAndKeepsTrying() {
        List<String> problems = new CopyOnWriteArrayList<>();
        try (PeriodicHeartbeat beat = PeriodicHeartbeat.start(executor, registry(), ID, Duration.ofMillis(10), problems::add)) {
            awaitTrue(() -> problems.size() >= 2);
            assertThat(beat.isRunning()).isTrue();
        }
        assertThat(problems.get(0)).isEqualTo("heartbeat of " + ID + " failed: does not exist");
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
