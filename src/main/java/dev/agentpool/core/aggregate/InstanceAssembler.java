package dev.agentpool.core.aggregate;

import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.sessions.ClaudeSessionEntry;
import dev.agentpool.core.sessions.ClaudeSessions;
import dev.agentpool.core.time.Elapsed;
import dev.agentpool.core.verify.SourceReading;
import java.util.ArrayList;
import java.util.List;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.core.verify.VerifiedMetrics;
import dev.agentpool.core.verify.Verifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Joins one instance's files with its liveness and verified metrics into an {@link InstanceSnapshot}. */
final class InstanceAssembler implements java.util.function.Function<InstanceFiles, InstanceSnapshot> {

    private final LivenessRule liveness;
    private final ProcessInspector processes;
    private final Verifier verifier;
    private final Instant now;
    private final ClaudeSessions claudeSessions;

    InstanceAssembler(LivenessRule liveness, ProcessInspector processes, Verifier verifier, Instant now) {
        this(liveness, processes, verifier, now, ClaudeSessions.none());
    }

    InstanceAssembler(LivenessRule liveness, ProcessInspector processes, Verifier verifier, Instant now,
                      ClaudeSessions claudeSessions) {
        this.liveness = liveness;
        this.processes = processes;
        this.verifier = verifier;
        this.now = now;
        this.claudeSessions = claudeSessions;
    }

    @Override
    public InstanceSnapshot apply(InstanceFiles files) {
        return assemble(files);
    }

    InstanceSnapshot assemble(InstanceFiles files) {
        // Plain conditionals, not Optional lambdas: the statusline JVM assembles every instance once, and each lambda
        // call site costs it a method-handle bootstrap (docs/benchmarks.md, Claude Code hot path).
        Optional<LockRecord> lock = valueOf(files.lock());
        Optional<ActivityRecord> activity = valueOf(files.activity());
        Optional<ClaudeSessionEntry> session = lock.isPresent() ? claudeSessions.forPid(lock.get().pid())
                : Optional.empty();
        List<SourceReading> readings = new ArrayList<>(InstanceReadings.of(files, now));
        if (activity.isPresent()) {
            readings.add(InstanceReadings.activity(files.activity(), now));
        }
        if (session.isPresent()) {
            readings.add(InstanceReadings.claudeSession(session.get(), now));
        }
        VerifiedMetrics m = verifier.verify(readings);
        Optional<RealtimeMetrics> realtime = valueOf(files.realtime());
        ClaudeDetails claude = ClaudeDetailsAssembler.of(lock, activity, realtime, session);
        Optional<Duration> heartbeatAge = lock.isPresent() && lock.get().lastHeartbeat() != null
                ? Optional.of(Elapsed.between(lock.get().lastHeartbeat(), now)) : Optional.empty();
        return new InstanceSnapshot(files.id(), lock, staleReason(files), m.agents(), m.tokensUsed(),
                m.tokensTotal(), m.tokensPct(), m.confidence(), m.lifecycle(), m.requestCount().value(),
                m.executing().value(), m.status().display(), heartbeatAge, claude, files.paths());
    }

    private static <T> Optional<T> valueOf(FileRead<T> file) {
        return file != null && file.isOk() ? Optional.ofNullable(file.value()) : Optional.empty();
    }

    Optional<StaleReason> staleReason(InstanceFiles files) {
        return InstanceLiveness.staleReason(files.lock(), files.activity(), liveness, processes, now);
    }
}
