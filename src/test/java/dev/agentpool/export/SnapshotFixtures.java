package dev.agentpool.export;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.model.Sourced;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.model.Subagent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Snapshots built by hand, shaped like the aggregator's, so the exporter is tested on exact known input. */
final class SnapshotFixtures {

    static final Instant TAKEN_AT = Instant.parse("2026-11-27T23:00:00Z");

    private SnapshotFixtures() {
    }

    static String id(int n) {
        return String.format("20261127_%06d_%d_%08x", 100000 + n, 4000 + n, n);
    }

    static InstanceSnapshot live(String id, int agents, String model, String cwd) {
        ClaudeDetails claude = new ClaudeDetails(List.of("8f1c-" + id), "", cwd, model, "", "2.1.240", false, "",
                null, runningSubagents(agents), agents + 2L, false, 0.0, "busy");
        return instance(id, Optional.empty(), agents, claude, Lifecycle.ACTIVE, Duration.ofSeconds(4));
    }

    static InstanceSnapshot waiting(String id, int agents, Instant since) {
        ClaudeDetails claude = new ClaudeDetails(List.of("s-" + id), "", "/home/u/api", "claude-opus-4-1", "",
                "2.1.240", true, "permission: Bash", since, runningSubagents(agents), agents, false, 0.0, "waiting");
        return instance(id, Optional.empty(), agents, claude, Lifecycle.IDLE, Duration.ofSeconds(2));
    }

    static InstanceSnapshot stale(String id, int agents) {
        return instance(id, Optional.of(StaleReason.processGone(11009)), agents, ClaudeDetails.none(),
                Lifecycle.IDLE, Duration.ofHours(2));
    }

    static Snapshot snapshot(int poolSize, List<InstanceSnapshot> instances, int problems) {
        List<Problem> found = java.util.stream.IntStream.range(0, problems)
                .mapToObj(i -> new Problem(Path.of("/state/bad" + i + ".json"), "corrupt JSON")).toList();
        LegacyAggregate legacy = new LegacyAggregate(0, 0, 0, 0, List.of(), 0, 0, 0, List.of(), 0, 0, 0, 0, 0,
                List.of());
        return new Snapshot(Path.of("/state"), TAKEN_AT, poolSize, instances, found, legacy,
                Duration.ofMillis(12));
    }

    private static InstanceSnapshot instance(String id, Optional<StaleReason> stale, int agents,
                                             ClaudeDetails claude, Lifecycle lifecycle, Duration heartbeatAge) {
        return new InstanceSnapshot(InstanceId.of(id), Optional.empty(), stale,
                sourced(agents), sourced(45_000L), sourced(200_000L), sourced(22.5), sourced(99.2),
                sourced(lifecycle), 7, lifecycle == Lifecycle.ACTIVE, "🟢 OPTIMAL", Optional.of(heartbeatAge),
                claude, List.of());
    }

    private static <T> Sourced<T> sourced(T value) {
        return new Sourced<>(value, Source.HOOK_ACTIVITY, Duration.ofSeconds(1), 95);
    }

    private static List<Subagent> runningSubagents(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new Subagent("a4d2c8f1e0b3a2" + String.format("%02x", i), "Explore", TAKEN_AT))
                .toList();
    }
}
