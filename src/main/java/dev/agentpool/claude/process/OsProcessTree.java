package dev.agentpool.claude.process;

import dev.agentpool.core.json.Charsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real process table via {@link ProcessHandle}. On Linux the command line comes from {@code /proc/<pid>/cmdline}
 * because {@link ProcessHandle.Info#arguments()} drops argv[0], which is the only place a native Claude Code install
 * shows its name (its executable is {@code ~/.local/share/claude/versions/<version>}).
 */
public final class OsProcessTree implements ProcessTree {

    @Override
    public Optional<ProcessNode> lookup(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle.Info info = handle.get().info();
        Optional<ProcessHandle> parentHandle = handle.get().parent();
        Optional<Long> parent = parentHandle.isPresent() ? Optional.of(parentHandle.get().pid()) : Optional.empty();
        return Optional.of(new ProcessNode(pid, info.startInstant(), parent, info.command().orElse(""),
                commandLine(pid, info)));
    }

    /**
     * Pid and start time from procfs where it can say (no parent, no command line): the same value the JDK computes
     * ({@link ProcStartTime}) without starting ProcessHandle's machinery; else the full lookup. {@link #startTime}
     * (the CLAUDE_PID path) and the statusline's liveness checks come through here.
     */
    @Override
    public Optional<ProcessNode> lookupStart(long pid) {
        Optional<java.time.Instant> fromProc = ProcStartTime.of(pid);
        if (fromProc == null) {
            return lookup(pid);
        }
        return fromProc.isPresent()
                ? Optional.of(new ProcessNode(pid, fromProc, Optional.empty(), "", List.of())) : Optional.empty();
    }

    @Override
    public long selfPid() {
        return ProcessHandle.current().pid();
    }

    private static List<String> commandLine(long pid, ProcessHandle.Info info) {
        Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            byte[] bytes = Files.readAllBytes(proc);
            if (bytes.length > 0) {
                return splitNul(new String(bytes, Charsets.UTF_8));
            }
        } catch (IOException | SecurityException e) {
            // not Linux, or not allowed to read it: fall back to what the JDK offers
        }
        List<String> argv = new ArrayList<>();
        argv.add(info.command().orElse(""));
        if (info.arguments().isPresent()) {
            argv.addAll(List.of(info.arguments().get()));
        }
        return argv;
    }

    private static List<String> splitNul(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts;
    }
}
