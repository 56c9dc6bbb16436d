package dev.agentpool.core.model;

import java.time.Duration;

/**
 * Why an instance counts as stale. Precedence when several hold: unreadable lock, pid reused, process gone,
 * session ended, heartbeat missing, heartbeat too old (the first reason found in that order is reported).
 */
public record StaleReason(Kind kind, String detail) {

    public enum Kind {
        /** The lock file exists but is not a readable lock (corrupt JSON, wrong types, not a regular file). */
        UNREADABLE_LOCK,
        /** The pid is alive but belongs to a different process than the one that registered (start time differs). */
        PID_REUSED,
        /** No process with the lock's pid exists. */
        PROCESS_GONE,
        /** Claude Code reported the session ended (SessionEnd) and no new session started. */
        SESSION_ENDED,
        /** The lock has no heartbeat. */
        HEARTBEAT_MISSING,
        /** The heartbeat is older than the instance max age. */
        HEARTBEAT_TOO_OLD,
        /** Metric files exist but there is no lock file at all (legacy leftovers). */
        NO_LOCK
    }

    public static StaleReason unreadableLock(String why) {
        return new StaleReason(Kind.UNREADABLE_LOCK, "lock file unreadable: " + why);
    }

    public static StaleReason sessionEnded() {
        return new StaleReason(Kind.SESSION_ENDED, "Claude Code session ended");
    }

    public static StaleReason heartbeatMissing() {
        return new StaleReason(Kind.HEARTBEAT_MISSING, "lock has no heartbeat");
    }

    public static StaleReason noLock() {
        return new StaleReason(Kind.NO_LOCK, "no lock file");
    }

    public static StaleReason processGone(long pid) {
        return new StaleReason(Kind.PROCESS_GONE, "process " + pid + " is gone");
    }

    public static StaleReason pidReused(long pid) {
        return new StaleReason(Kind.PID_REUSED, "pid " + pid + " now belongs to another process");
    }

    public static StaleReason heartbeatTooOld(Duration age) {
        long minutes = age.toMinutes();
        String text = minutes >= 1 ? minutes + " min" : age.toSeconds() + " s";
        return new StaleReason(Kind.HEARTBEAT_TOO_OLD, "heartbeat " + text + " old");
    }

    /** One line for people, e.g. "process 11009 is gone". */
    @Override
    public String toString() {
        return detail;
    }
}
