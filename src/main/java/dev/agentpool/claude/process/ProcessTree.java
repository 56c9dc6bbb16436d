package dev.agentpool.claude.process;

import java.util.Optional;

/** Looks up processes by pid, with their parent and command line. Tests inject a fake tree. */
public interface ProcessTree {

    /** The live process with this pid, or empty when none exists or it cannot be seen. */
    Optional<ProcessNode> lookup(long pid);

    /** The start time of the live process with this pid; empty when none exists or the OS will not say. */
    default Optional<java.time.Instant> startTime(long pid) {
        Optional<ProcessNode> node = lookupStart(pid);
        return node.isPresent() ? node.get().startTime() : Optional.empty();
    }

    /**
     * The live process with this pid as far as a liveness check needs it: pid and start time; parent and command
     * line may be left out when that is cheaper. Empty exactly when {@link #lookup} would be empty.
     */
    default Optional<ProcessNode> lookupStart(long pid) {
        return lookup(pid);
    }

    /** The pid of the process running this code. */
    long selfPid();
}
