package dev.agentpool.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.model.StaleReason.Kind;
import dev.agentpool.testing.FakeProcesses;
import dev.agentpool.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StalenessPolicyTest {

    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final InstanceId ID = InstanceId.of("20261127_225532_11009_db0cb426");
    private static final Instant NOW = Instant.parse("2026-11-27T23:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-11-27T20:00:00Z");

    private final FakeProcesses processes = new FakeProcesses();
    private final StalenessPolicy policy = new StalenessPolicy(Duration.ofHours(1), processes, "here");

    private static LockRecord lock(Instant heartbeat, Instant processStart, String host) {
        return new LockRecord(ID, 11009, STARTED, heartbeat, processStart, host, Map.of(), "parent");
    }

    private Optional<Kind> kind(LockRecord lock) {
        return policy.evaluate(lock, NOW).map(StaleReason::kind);
    }

    @Test
    void aLegacyFixtureLockWhoseProcessExitedIsStaleBecauseTheProcessIsGone() {
        LockRecord legacy = LockFileCodec.read(Fixtures.legacyStateDir().resolve("instances/instance_" + ID + ".lock"),
                ID, ZONE).value();
        Optional<StaleReason> reason = policy.evaluate(legacy, NOW);
        assertThat(reason).map(StaleReason::kind).contains(Kind.PROCESS_GONE);
        assertThat(reason.get().detail()).isEqualTo("process 11009 is gone");
    }

    @Test
    void aLegacyLockWithoutStartTimeIsLiveWhileItsPidIsAliveAndTheHeartbeatFresh() {
        Instant heartbeat = LocalDateTime.parse("2026-11-27T22:55:32.654378").atZone(ZONE).toInstant();
        LockRecord legacy = new LockRecord(ID, 11009, heartbeat, heartbeat, null, "", Map.of());
        processes.alive(11009, Instant.parse("2026-11-27T22:59:00Z"));
        assertThat(policy.evaluate(legacy, NOW)).isEmpty();
        assertThat(policy.evaluate(legacy, NOW.plus(Duration.ofHours(2))))
                .map(StaleReason::toString).contains("heartbeat 124 min old");
    }

    @Test
    void aPidThatNowBelongsToAnotherProcessIsReusedEvenWithAFreshHeartbeat() {
        processes.alive(11009, STARTED.plusSeconds(600));
        assertThat(kind(lock(NOW, STARTED, "here"))).contains(Kind.PID_REUSED);
    }

    @Test
    void startTimesWithinTheToleranceAreTheSameProcess() {
        processes.alive(11009, STARTED.plusMillis(1500));
        assertThat(kind(lock(NOW, STARTED, "here"))).isEmpty();
    }

    @Test
    void pidReuseComesBeforeAnOldHeartbeat() {
        processes.alive(11009, STARTED.plusSeconds(600));
        assertThat(kind(lock(NOW.minus(Duration.ofHours(3)), STARTED, "here"))).contains(Kind.PID_REUSED);
    }

    @Test
    void aGoneProcessComesBeforeAMissingHeartbeat() {
        assertThat(kind(lock(null, STARTED, "here"))).contains(Kind.PROCESS_GONE);
    }

    @Test
    void anEndedSessionComesBeforeHeartbeatChecks() {
        processes.alive(11009, STARTED);
        assertThat(policy.evaluate(lock(null, STARTED, "here"), NOW, true)).map(StaleReason::kind)
                .contains(Kind.SESSION_ENDED);
    }

    @Test
    void aMissingHeartbeatIsStale() {
        processes.alive(11009, STARTED);
        assertThat(kind(lock(null, STARTED, "here"))).contains(Kind.HEARTBEAT_MISSING);
    }

    @Test
    void theHeartbeatMayBeExactlyMaxAgeOldButNotOlder() {
        processes.alive(11009, STARTED);
        assertThat(kind(lock(NOW.minus(Duration.ofHours(1)), STARTED, "here"))).isEmpty();
        assertThat(kind(lock(NOW.minus(Duration.ofHours(1)).minusMillis(1), STARTED, "here")))
                .contains(Kind.HEARTBEAT_TOO_OLD);
    }

    @Test
    void aLockOfAnotherHostIsJudgedByItsHeartbeatOnly() {
        assertThat(kind(lock(NOW.minusSeconds(30), STARTED, "elsewhere"))).isEmpty();
        assertThat(kind(lock(NOW.minus(Duration.ofHours(2)), STARTED, "elsewhere"))).contains(Kind.HEARTBEAT_TOO_OLD);
    }

    @Test
    void anUnknownStartTimeOfTheLiveProcessCannotProveReuse() {
        processes.alive(11009, null);
        assertThat(kind(lock(NOW, STARTED, "here"))).isEmpty();
    }
}
