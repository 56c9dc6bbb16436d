package dev.agentpool.core.aggregate;

import dev.agentpool.core.registry.ProcessInfo;
import dev.agentpool.core.registry.ProcessInspector;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers process lookups for the length of one scan: many instances share one owning process, and an OS
 * lookup costs far more than a map hit. Thread-safe; make a new one per scan so a later scan sees processes exit.
 */
final class PerScanProcessCache implements ProcessInspector {

    private final ProcessInspector delegate;
    private final Map<Long, Optional<ProcessInfo>> seen = new ConcurrentHashMap<>();

    PerScanProcessCache(ProcessInspector delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<ProcessInfo> lookup(long pid) {
        // get/putIfAbsent, not computeIfAbsent(delegate::lookup): no method-handle bootstrap in a statusline JVM;
        // two threads racing may both look the pid up, which is harmless (same answer)
        Optional<ProcessInfo> known = seen.get(pid);
        if (known != null) {
            return known;
        }
        Optional<ProcessInfo> looked = delegate.lookup(pid);
        Optional<ProcessInfo> raced = seen.putIfAbsent(pid, looked);
        return raced != null ? raced : looked;
    }
}
