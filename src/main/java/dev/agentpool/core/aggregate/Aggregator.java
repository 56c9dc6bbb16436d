package dev.agentpool.core.aggregate;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.core.sessions.ClaudeSessions;
import dev.agentpool.core.time.Elapsed;
import dev.agentpool.core.verify.Verifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Scans a state directory once and returns an immutable {@link Snapshot}: every instance (union of lock files and
 * metric files, full IDs; with {@link #liveInstancesAnd}, the live ones and one more) with its liveness and verified
 * metrics, the legacy aggregate, and a problem for every file skipped. Time comes from the injected {@link Clock};
 * process lookups from the injected {@link ProcessInspector}, cached per pid within one scan. Reads may run in
 * parallel on an injected executor ({@link ParallelReads}); the aggregator itself starts no threads. Never throws for
 * a bad directory or file.
 * Thread-safe: concurrent scans share nothing mutable (with {@link #reusingUnchangedFiles()}, only the thread-safe
 * file memory).
 */
public final class Aggregator {

    private final StateLayout layout;
    private final AgentPoolConfig config;
    private final LivenessRule liveness;
    private final ProcessInspector processes;
    private final Clock clock;
    private final ParallelReads reads;
    private final Verifier verifier = Verifier.withDefaultPriorities();
    private final ClaudeSessions claudeSessions;
    /** Null: every scan reads every file (one-shot commands). */
    private final FileReuse reuse;
    /** Non-null: scans read only live instances and this one ({@link #liveInstancesAnd}). */
    private final InstanceId alsoRead;

    public Aggregator(Path dir, AgentPoolConfig config, LivenessRule liveness, ProcessInspector processes,
                      Clock clock, ParallelReads reads) {
        this(dir, config, liveness, processes, clock, reads, ClaudeSessions.none());
    }

    /** With Claude Code's own process registry as one more source (see {@link ClaudeSessions#standard}). */
    public Aggregator(Path dir, AgentPoolConfig config, LivenessRule liveness, ProcessInspector processes,
                      Clock clock, ParallelReads reads, ClaudeSessions claudeSessions) {
        this(dir, config, liveness, processes, clock, reads, claudeSessions, null, null);
    }

    private Aggregator(Path dir, AgentPoolConfig config, LivenessRule liveness, ProcessInspector processes,
                       Clock clock, ParallelReads reads, ClaudeSessions claudeSessions, FileReuse reuse,
                       InstanceId alsoRead) {
        this.reuse = reuse;
        this.alsoRead = alsoRead;
        this.claudeSessions = claudeSessions;
        this.layout = new StateLayout(dir);
        this.config = config;
        this.liveness = liveness;
        this.processes = processes;
        this.clock = clock;
        this.reads = reads;
    }

    /**
     * This aggregator's configuration with a memory of the files it decoded: a scan re-reads only files whose size,
     * modification time or inode changed since the previous scan of the returned aggregator (and forgets files that
     * are gone), so a steady-state rescan of a directory nobody writes costs one lstat per file. For long-lived
     * callers (the monitor, {@code serve}) that rescan every few seconds; liveness is still decided afresh per scan.
     * A file rewritten in place with the same size and its modification time set back is not noticed.
     */
    public Aggregator reusingUnchangedFiles() {
        return new Aggregator(layout.dir(), config, liveness, processes, clock, reads, claudeSessions, new FileReuse(),
                alsoRead);
    }

    /**
     * This aggregator's configuration, for a caller that shows only what the live instances add up to and one
     * instance of its own (the statusline): a scan reads every lock file, and the other files only of instances whose
     * lock alone says live (process, start time, heartbeat, host) and of {@code self}. The snapshot then lists those
     * instances only (one whose activity says its session ended is among them, stale), their problems only, and a
     * legacy aggregate of those. A directory full of leftovers then costs a lock read each, not four file reads:
     * docs/benchmarks.md, "Claude Code hot path".
     */
    public Aggregator liveInstancesAnd(InstanceId self) {
        return new Aggregator(layout.dir(), config, liveness, processes, clock, reads, claudeSessions, reuse, self);
    }

    /** Files remembered from the last scan for reuse; 0 without {@link #reusingUnchangedFiles()}. */
    int reusableFiles() {
        return reuse == null ? 0 : reuse.remembered();
    }

    public Snapshot scan() {
        Instant started = clock.instant();
        PerScanProcessCache processCache = new PerScanProcessCache(processes.forOnePass());
        DirectoryScan.LockFilter filter = alsoRead == null ? null
                : new LiveByLock(liveness, processCache, started, alsoRead);
        DirectoryScan.Result found = DirectoryScan.scan(layout, clock.getZone(), reads, reuse, filter);
        Instant now = clock.instant();
        InstanceAssembler assembler = new InstanceAssembler(liveness, processCache, verifier, now,
                claudeSessions.forOnePass());
        // the assembler is the Function itself, not assembler::assemble: no method-handle bootstrap (statusline)
        // an instance's assembly weighs about as much as reading its four files
        List<InstanceSnapshot> instances = reads.map(found.instances(), assembler, 4);
        LegacyAggregate legacy = LegacyAggregation.of(found.instances(), now, config.metricFreshness());
        return new Snapshot(layout.dir(), now, config.poolSize(), instances, found.problems(), legacy,
                Elapsed.between(started, clock.instant()));
    }

    public StateLayout layout() {
        return layout;
    }
}
