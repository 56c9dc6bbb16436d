package dev.agentpool.core.aggregate;

import dev.agentpool.core.model.StaleReason;
import java.util.Optional;

/** Liveness for tests: stale exactly when the lock's process is gone. */
final class TestLiveness {

    static final LivenessRule RULE = (lock, ended, processes, now) ->
            processes.lookup(lock.pid()).isPresent() ? Optional.empty() : Optional.of(StaleReason.processGone(lock.pid()));

    private TestLiveness() {
    }
}
