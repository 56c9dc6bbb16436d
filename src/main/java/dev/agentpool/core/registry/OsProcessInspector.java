package dev.agentpool.core.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real {@link ProcessInspector}: asks the OS through {@link ProcessHandle}. On Linux the start time comes from
 * {@code /proc/<pid>/stat} plus the boot time, so it can differ by up to a second between two readers when the
 * clock was stepped; {@link StalenessPolicy} allows for that. A process we may not inspect (another user's, on some
 * systems) has an unknown start time rather than a wrong one.
 */
public final class OsProcessInspector implements ProcessInspector {

    /** Linux: every process has {@code /proc/<pid>}, which ProcessHandle reads too. */
    private static final Path PROC = Path.of("/proc");
    private static final boolean PROCFS = Files.isDirectory(PROC.resolve("self"));

    @Override
    public Optional<ProcessInfo> lookup(long pid) {
        // A pid without a /proc entry is gone without asking ProcessHandle (which reads /proc/<pid>/stat and fails the
        // same way): its first use initialises ProcessHandleImpl, whose lambdas bootstrap java.lang.invoke — ~8 ms of a
        // one-shot aggregate whose pids are all dead.
        if (PROCFS && (pid <= 0 || !Files.exists(PROC.resolve(Long.toString(pid))))) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(OsProcessInspector::describe);
    }

    /** On Linux one listing of {@code /proc} per pass instead of one failing lookup per dead pid. */
    @Override
    public ProcessInspector forOnePass() {
        return PROCFS ? new ListedProcesses(this, PROC) : this;
    }

    /** This JVM's process. */
    public static ProcessInfo self() {
        return describe(ProcessHandle.current());
    }

    /** The parent of this JVM (the shell, script or Claude Code that started the command), if it is still alive. */
    public Optional<ProcessInfo> parentOfSelf() {
        return ProcessHandle.current().parent().filter(ProcessHandle::isAlive).map(OsProcessInspector::describe);
    }

    private static ProcessInfo describe(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        return new ProcessInfo(handle.pid(), info.startInstant(), handle.parent().map(ProcessHandle::pid), info.command());
    }
}
