package dev.agentpool.testing;

import dev.agentpool.core.registry.ProcessInfo;
import dev.agentpool.core.registry.ProcessInspector;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A process table the test controls. */
public final class FakeProcessInspector implements ProcessInspector {

    private final Map<Long, ProcessInfo> processes = new ConcurrentHashMap<>();

    public FakeProcessInspector alive(long pid, Instant started) {
        processes.put(pid, new ProcessInfo(pid, Optional.ofNullable(started), Optional.of(1L), Optional.of("/bin/fake")));
        return this;
    }

    public FakeProcessInspector gone(long pid) {
        processes.remove(pid);
        return this;
    }

    @Override
    public Optional<ProcessInfo> lookup(long pid) {
        return Optional.ofNullable(processes.get(pid));
    }
}
