package dev.agentpool.core.registry;

import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.time.Elapsed;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a registered instance is stale, and why, in the precedence documented on {@link StaleReason}:
 * pid reused, process gone, session ended, heartbeat missing, heartbeat too old (an unreadable lock is stale
 * before any of these: see {@link StaleReason#unreadableLock}).
 *
 * <p>Process checks only apply to locks of this host (a lock naming another host, e.g. on a shared network
 * directory, is judged by its heartbeat). A legacy lock without {@code process_start} cannot reveal pid reuse: an
 * alive pid keeps it live unless its heartbeat is too old. Start times equal within {@link #START_TOLERANCE} count
 * as the same process, because the OS-derived start time can jitter when the clock is stepped.
 */
public final class StalenessPolicy {

    public static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    private final Duration maxAge;
    private final ProcessInspector inspector;
    private final String localHost;

    /** @param localHost this machine's host name as written into locks (see {@link HostName}) */
    public StalenessPolicy(Duration maxAge, ProcessInspector inspector, String localHost) {
        this.maxAge = maxAge;
        this.inspector = inspector;
        this.localHost = localHost;
    }

    /** Why {@code lock} is stale at {@code now}, or empty when it is live. */
    public Optional<StaleReason> evaluate(LockRecord lock, Instant now, boolean sessionEnded) {
        if (isLocal(lock)) {
            Optional<ProcessInfo> process = inspector.lookup(lock.pid());
            if (process.isPresent() && isReused(lock, process.get())) {
                return Optional.of(StaleReason.pidReused(lock.pid()));
            }
            if (process.isEmpty()) {
                return Optional.of(StaleReason.processGone(lock.pid()));
            }
        }
        if (sessionEnded) {
            return Optional.of(StaleReason.sessionEnded());
        }
        if (lock.lastHeartbeat() == null) {
            return Optional.of(StaleReason.heartbeatMissing());
        }
        Duration age = Elapsed.between(lock.lastHeartbeat(), now);
        return age.compareTo(maxAge) > 0 ? Optional.of(StaleReason.heartbeatTooOld(age)) : Optional.empty();
    }

    public Optional<StaleReason> evaluate(LockRecord lock, Instant now) {
        return evaluate(lock, now, false);
    }

    private boolean isLocal(LockRecord lock) {
        return lock.host().isEmpty() || lock.host().equalsIgnoreCase(localHost);
    }

    private static boolean isReused(LockRecord lock, ProcessInfo process) {
        if (lock.processStart() == null || process.startTime().isEmpty()) {
            return false;
        }
        Duration diff = Elapsed.apart(lock.processStart(), process.startTime().get());
        return diff.compareTo(START_TOLERANCE) > 0;
    }
}
