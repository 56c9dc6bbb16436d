package dev.agentpool.ui;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.model.Sourced;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import dev.agentpool.core.model.Subagent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Snapshots for UI tests, mirroring ../shared/fixtures/legacy-state-dir: five legacy instances of pid 11009
 * (25, 35, 25, 35, 25 agents = 145), all stale because that process is gone; plus live Claude Code instances.
 */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-27T23:00:00Z");
    public static final int[] LEGACY_AGENTS = {25, 35, 25, 35, 25};
    public static final String[] LEGACY_IDS = {"20261127_225532_11009_db0cb426", "20261127_225533_11009_5b34d339",
        "20261127_225534_11009_61ccaf3d", "20261127_225535_11009_e8a6c58c", "20261127_225537_11009_f45c2b15"};
    public static final InstanceId API = InstanceId.of("20261127_220000_4242_aaaa0001");
    public static final InstanceId WEB = InstanceId.of("20261127_221500_4343_bbbb0002");
    public static final InstanceId DOCS = InstanceId.of("20261127_223000_4444_cccc0003");

    private Fixtures() {
    }

    /** The legacy directory as scanned: 5 stale instances holding 145 agents, nothing live. */
    public static Snapshot legacyOnly(Path dir) {
        return snapshot(dir, legacyStale(dir));
    }

    /** Three live Claude Code instances (api waiting for the user, 140 agents in all) plus the five stale ones. */
    public static Snapshot liveAndStale(Path dir) {
        List<InstanceSnapshot> all = new ArrayList<>(liveThree(dir));
        all.addAll(legacyStale(dir));
        return snapshot(dir, all);
    }

    public static Snapshot empty(Path dir) {
        return snapshot(dir, List.of());
    }

    public static Snapshot snapshot(Path dir, List<InstanceSnapshot> instances) {
        return snapshot(dir, instances, List.of());
    }

    public static Snapshot snapshot(Path dir, List<InstanceSnapshot> instances, List<Problem> problems) {
        LegacyAggregate legacy = new LegacyAggregate(0, 0, 0, 0, List.of(), 0, 0, 0, List.of(), 0, 0, 0, 0, 0, List.of());
        return new Snapshot(dir, NOW, 500, instances, problems, legacy, Duration.ofMillis(3));
    }

    /**
     * The same files scanned {@code elapsed} later: newer scan time, another scan duration, older heartbeats and file
     * ages (what changes between two scans of an untouched directory).
     */
    public static Snapshot later(Snapshot s, Duration elapsed) {
        List<InstanceSnapshot> aged = s.instances().stream().map(i -> olderBy(i, elapsed)).toList();
        return new Snapshot(s.dir(), s.takenAt().plus(elapsed), s.poolSize(), aged, s.problems(), s.legacy(),
                s.scanDuration().plusMillis(2));
    }

    private static InstanceSnapshot olderBy(InstanceSnapshot i, Duration elapsed) {
        return new InstanceSnapshot(i.id(), i.lock(), i.stale(), older(i.agents(), elapsed),
                older(i.tokensUsed(), elapsed), older(i.tokensTotal(), elapsed), older(i.tokensPct(), elapsed),
                older(i.confidence(), elapsed), older(i.lifecycle(), elapsed), i.requestCount(), i.executing(),
                i.status(), i.heartbeatAge().map(age -> age.plus(elapsed)), i.claude(), i.files());
    }

    private static <T> Sourced<T> older(Sourced<T> value, Duration elapsed) {
        return new Sourced<>(value.value(), value.source(), value.age().plus(elapsed), value.confidence());
    }

    public static List<InstanceSnapshot> liveThree(Path dir) {
        return List.of(
                live(dir, API, "api-server", 40, 150_000, "🟡 WARNING").waiting("permission: Bash").build(),
                live(dir, WEB, "frontend", 80, 30_000, "✅ ACTIVE").subagent("agent-1", "Explore").build(),
                live(dir, DOCS, "docs", 20, 5_000, "🟢 OPTIMAL").build());
    }

    public static List<InstanceSnapshot> legacyStale(Path dir) {
        List<InstanceSnapshot> list = new ArrayList<>();
        for (int i = 0; i < LEGACY_IDS.length; i++) {
            InstanceId id = InstanceId.of(LEGACY_IDS[i]);
            list.add(new Builder(dir, id).agents(LEGACY_AGENTS[i]).window(i + 1).tokens(15_000 * (i + 1))
                    .stale(StaleReason.processGone(11009)).heartbeat(Duration.ofMinutes(4)).build());
        }
        return list;
    }

    public static Builder live(Path dir, InstanceId id, String project, int agents, long tokens, String status) {
        return new Builder(dir, id).cwd("/home/dev/" + project).agents(agents).tokens(tokens).status(status)
                .heartbeat(Duration.ofSeconds(12));
    }

    /** Writes the instance's files (counter, metrics, state, lock) so cleanup tests delete real files. */
    public static void writeFiles(InstanceSnapshot instance) throws IOException {
        for (Path file : instance.files()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }
    }

    /** Fluent construction of one {@link InstanceSnapshot}; defaults are a live, idle instance. */
    public static final class Builder {
        private final Path dir;
        private final InstanceId id;
        private int agents;
        private long tokens;
        private String status = "🟢 OPTIMAL";
        private Optional<StaleReason> stale = Optional.empty();
        private Duration heartbeat = Duration.ofSeconds(5);
        private String cwd = "";
        private boolean waiting;
        private String waitingReason = "";
        private final List<Subagent> subagents = new ArrayList<>();
        private Map<String, Object> metadata = Map.of();
        private Lifecycle lifecycle = Lifecycle.ACTIVE;

        public Builder(Path dir, InstanceId id) {
            this.dir = dir;
            this.id = id;
        }

        public Builder agents(int value) { agents = value; return this; }
        public Builder tokens(long value) { tokens = value; return this; }
        public Builder status(String value) { status = value; return this; }
        public Builder stale(StaleReason reason) { stale = Optional.of(reason); return this; }
        public Builder heartbeat(Duration age) { heartbeat = age; return this; }
        public Builder cwd(String value) { cwd = value; return this; }
        public Builder window(int n) { metadata = Map.of("window", (long) n); return this; }
        public Builder lifecycle(Lifecycle value) { lifecycle = value; return this; }

        public Builder waiting(String reason) {
            waiting = true;
            waitingReason = reason;
            return this;
        }

        public Builder subagent(String agentId, String type) {
            subagents.add(new Subagent(agentId, type, NOW.minusSeconds(90)));
            return this;
        }

        public InstanceSnapshot build() {
            StateLayout layout = new StateLayout(dir);
            long pid = id.embeddedPid();
            LockRecord lock = new LockRecord(id, pid, NOW.minus(Duration.ofHours(1)), NOW.minus(heartbeat), null, "host",
                    metadata);
            ClaudeDetails claude = new ClaudeDetails(cwd.isEmpty() ? List.of() : List.of("sess-" + id.value()), "", cwd,
                    cwd.isEmpty() ? "" : "claude-opus-4", "", "", waiting, waitingReason,
                    waiting ? NOW.minusSeconds(30) : null, subagents, subagents.size() + 2L, false, 0.0, "");
            List<Path> files = List.of(layout.path(FileKind.LOCK, id), layout.path(FileKind.COUNTER, id),
                    layout.path(FileKind.REALTIME_METRICS, id), layout.path(FileKind.STATE, id));
            Duration fresh = Duration.ofSeconds(2);
            return new InstanceSnapshot(id, Optional.of(lock), stale,
                    new Sourced<>(agents, Source.COUNTER_FILE, fresh, 99),
                    new Sourced<>(tokens, Source.REALTIME_METRICS, fresh, 99),
                    new Sourced<>(200_000L, Source.REALTIME_METRICS, fresh, 99),
                    new Sourced<>(tokens * 100.0 / 200_000, Source.REALTIME_METRICS, fresh, 99),
                    new Sourced<>(99.2, Source.REALTIME_METRICS, fresh, 99),
                    new Sourced<>(lifecycle, Source.STATE_FILE, fresh, 99),
                    3, lifecycle == Lifecycle.ACTIVE, status, Optional.of(heartbeat), claude, files);
        }
    }
}
