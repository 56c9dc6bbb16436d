package dev.agentpool.ui.tray;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.Sourced;
import dev.agentpool.core.model.StaleReason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fixture snapshots for the tray and notifier tests: built in code, no files, no toolkit. */
public final class TraySnapshots {

    public static final Path DIR = Path.of("/state");
    public static final Instant T0 = Instant.parse("2026-11-27T23:00:00Z");

    private final List<InstanceSnapshot> instances = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int poolSize = 500;

    public static TraySnapshots snapshot() {
        return new TraySnapshots();
    }

    public static InstanceId id(int n) {
        return InstanceId.of(String.format("20261127_2300%02d_%d_%08x", n % 60, 1000 + n, n));
    }

    public TraySnapshots pool(int size) {
        poolSize = size;
        return this;
    }

    public TraySnapshots live(int n, String name, int agents, double tokensPct) {
        return add(instance(n, name, agents, tokensPct, "🟢 OPTIMAL", false, Optional.empty()));
    }

    public TraySnapshots liveWithStatus(int n, String name, int agents, double tokensPct, String status) {
        return add(instance(n, name, agents, tokensPct, status, false, Optional.empty()));
    }

    public TraySnapshots waiting(int n, String name, int agents) {
        return add(instance(n, name, agents, 10, "🟢 READY", true, Optional.empty()));
    }

    public TraySnapshots stale(int n, String name, int agents) {
        return add(instance(n, name, agents, 0, "🟢 OPTIMAL", false, Optional.of(StaleReason.processGone(1000 + n))));
    }

    public TraySnapshots problem(String file, String reason) {
        problems.add(new Problem(DIR.resolve(file), reason));
        return this;
    }

    public TraySnapshots add(InstanceSnapshot instance) {
        instances.add(instance);
        return this;
    }

    public Snapshot build() {
        int total = instances.stream().mapToInt(i -> i.agents().value()).sum();
        LegacyAggregate legacy = new LegacyAggregate(total, instances.size(), 0, 0, List.of(), 99.2, 99.2, 99.2,
                List.of(), 0, 0, 0, instances.size(), 0, List.of());
        return new Snapshot(DIR, T0, poolSize, instances, problems, legacy, Duration.ofMillis(3));
    }

    static InstanceSnapshot instance(int n, String name, int agents, double pct, String status, boolean waiting,
                                     Optional<StaleReason> stale) {
        ClaudeDetails claude = new ClaudeDetails(List.of("s" + n), name, "/home/u/" + name, "claude-opus", "", "2.0",
                waiting, waiting ? "permission: Bash" : "", waiting ? T0 : null, List.of(), 0, false, 0, "");
        return new InstanceSnapshot(id(n), Optional.empty(), stale, Sourced.fallback(agents),
                Sourced.fallback((long) (pct * 2000)), Sourced.fallback(200_000L), Sourced.fallback(pct),
                Sourced.fallback(99.0), Sourced.fallback(Lifecycle.ACTIVE), 0, true, status,
                Optional.of(Duration.ofSeconds(5)), claude, List.of());
    }
}
