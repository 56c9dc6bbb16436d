package dev.agentpool.core.aggregate;

import dev.agentpool.core.model.ClaudeDetails;
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

    InstanceAssembler(LivenessRule liveness, ProcessInspector processes, Verifier verifier, Instant now) {
        this.liveness = liveness;
        this.processes = processes;
        this.verifier = verifier;
        this.now = now;
    }

    InstanceSnapshot assemble(InstanceFiles files) {
        Optional<LockRecord> lock = Optional.ofNullable(files.lock()).filter(FileRead::isOk).map(FileRead::value);
        VerifiedMetrics m = verifier.verify(InstanceReadings.of(files, now));
        Optional<Duration> heartbeatAge = lock.map(LockRecord::lastHeartbeat).map(h -> Duration.between(h, now));
        return new InstanceSnapshot(files.id(), lock, staleReason(files), m.agents(), m.tokensUsed(),
                m.tokensTotal(), m.tokensPct(), m.confidence(), m.lifecycle(), m.requestCount().value(),
                m.executing().value(), m.status().display(), heartbeatAge, ClaudeDetails.none(), files.paths());
    }

    Optional<StaleReason> staleReason(InstanceFiles files) {
        return InstanceLiveness.staleReason(files.lock(), files.activity(), liveness, processes, now);
    }
}
