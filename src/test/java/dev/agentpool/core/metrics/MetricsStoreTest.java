package dev.agentpool.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsStoreTest {

    private static final InstanceId ID = InstanceId.of("20261127_230000_4242_0123abcd");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T22:00:00Z"), ZoneOffset.UTC);

    private MetricsStore store(Optional<InstanceId> id) {
        return new MetricsStore(new StateLayout(dir), id, clock);
    }

    @Test
    void aMissingCounterIsZeroAndIncrementsFromThere() throws Exception {
        MetricsStore store = store(Optional.of(ID));
        assertThat(store.counter().value()).isZero();
        assertThat(store.incrementCounter(3).value()).isEqualTo(3);
        assertThat(store.incrementCounter(2).value()).isEqualTo(5);
        assertThat(Files.readString(dir.resolve("agent_usage_counter_" + ID + ".txt"))).isEqualTo("5");
    }

    @Test
    void decrementingNeverGoesBelowZero() throws Exception {
        MetricsStore store = store(Optional.of(ID));
        store.setCounter(2);
        assertThat(store.decrementCounter(5).value()).isZero();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> store(Optional.of(ID)).setCounter(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharedModeUsesTheLegacySharedCounter() throws Exception {
        store(Optional.empty()).setCounter(145);
        assertThat(dir.resolve("agent_usage_counter.txt")).hasContent("145");
        assertThat(dir.resolve("locks/shared.lck")).exists();
    }

    @Test
    void aCorruptCounterIsReplacedWithAWarningOnTheNextUpdate() throws Exception {
        Files.writeString(dir.resolve("agent_usage_counter_" + ID + ".txt"), "banana");
        MetricsStore store = store(Optional.of(ID));
        assertThat(store.counter().reason()).contains("banana");
        var result = store.incrementCounter(1);
        assertThat(result.value()).isEqualTo(1);
        assertThat(result.warnings()).singleElement().asString().contains("replaced unreadable counter");
    }

    @Test
    void writesRealtimeMetricsWithTheLegacyKeysAndTypes() throws Exception {
        MetricsStore store = store(Optional.of(ID));
        store.writeRealtimeMetrics(RealtimeMetrics.legacy(25, Optional.of(99.2), true, 15000, 200000));
        Map<String, Object> json = Json.parseObject(Files.readString(dir.resolve("realtime_metrics_" + ID + ".json")));
        assertThat(json).containsExactly(Map.entry("agents", 25L), Map.entry("agents_total", 25L),
                Map.entry("confidence", 99.2), Map.entry("executing", true), Map.entry("tokens_used", 15000L),
                Map.entry("tokens_total", 200000L), Map.entry("tokens_pct", 7.5), Map.entry("context_pct", 7.5));
        assertThat(store.realtimeMetrics().value().agents()).contains(25L);
    }
}
