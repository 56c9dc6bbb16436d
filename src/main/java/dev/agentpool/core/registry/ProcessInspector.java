package dev.agentpool.core.registry;

import java.util.Optional;

/**
 * Looks up processes by pid. The real implementation asks the OS ({@code ProcessHandle}); tests inject a fake so
 * "is pid 11009 alive?" does not depend on the machine.
 */
public interface ProcessInspector {

    /** The live process with this pid, or empty when none exists (or it cannot be seen). */
    Optional<ProcessInfo> lookup(long pid);
}
