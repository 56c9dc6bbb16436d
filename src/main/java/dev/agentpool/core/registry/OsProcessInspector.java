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

    @Override
    public Optional<ProcessInfo> lookup(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(OsProcessInspector::describe);
    }

    /** On Linux one listing of {@code /proc} per pass instead of one failing lookup per dead pid. */
    @Override
    public ProcessInspector forOnePass() {
        Path proc = Path.of("/proc");
        return Files.isDirectory(proc.resolve("self")) ? new ListedProcesses(this, proc) : this;
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
