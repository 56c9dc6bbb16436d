package dev.agentpool.core.aggregate;

import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.sessions.ClaudeSessionEntry;
import dev.agentpool.core.sessions.ClaudeSessions;
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
final class InstanceAssembler {

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

    InstanceSnapshot assemble(InstanceFiles files) {
        Optional<LockRecord> lock = Optional.ofNullable(files.lock()).filter(FileRead::isOk).map(FileRead::value);
        Optional<ActivityRecord> activity = Optional.ofNullable(files.activity()).filter(FileRead::isOk)
                .map(FileRead::value);
        Optional<ClaudeSessionEntry> session = lock.flatMap(l -> claudeSessions.forPid(l.pid()));
        List<SourceReading> readings = new ArrayList<>(InstanceReadings.of(files, now));
        activity.ifPresent(a -> readings.add(InstanceReadings.activity(files.activity(), now)));
        session.ifPresent(e -> readings.add(InstanceReadings.claudeSession(e, now)));
        VerifiedMetrics m = verifier.verify(readings);
        Optional<RealtimeMetrics> realtime = Optional.ofNullable(files.realtime()).filter(FileRead::isOk)
                .map(FileRead::value);
        ClaudeDetails claude = ClaudeDetailsAssembler.of(lock, activity, realtime, session);
        Optional<Duration> heartbeatAge = lock.map(LockRecord::lastHeartbeat).map(h -> Duration.between(h, now));
        return new InstanceSnapshot(files.id(), lock, staleReason(files), m.agents(), m.tokensUsed(),
                m.tokensTotal(), m.tokensPct(), m.confidence(), m.lifecycle(), m.requestCount().value(),
                m.executing().value(), m.status().display(), heartbeatAge, claude, files.paths());
    }

    Optional<StaleReason> staleReason(InstanceFiles files) {
        return InstanceLiveness.staleReason(files.lock(), files.activity(), liveness, processes, now);
    }
}
