package dev.agentpool.core.registry;

import java.util.Optional;

/**
 * Looks up processes by pid. The real implementation asks the OS ({@code ProcessHandle}); tests inject a fake so
 * "is pid 11009 alive?" does not depend on the machine.
 */
public interface ProcessInspector {

    /** The live process with this pid, or empty when none exists (or it cannot be seen). */
    Optional<ProcessInfo> lookup(long pid);

    /**
     * A view for one pass over many pids (one scan): it may take one picture of the process table up front instead
     * of asking the OS once per pid, so a process started after the picture may read as gone until the next pass.
     * The default is this inspector itself.
     */
    default ProcessInspector forOnePass() {
        return this;
    }
}
