package dev.agentpool.testing;

import dev.agentpool.core.registry.ProcessInfo;
import dev.agentpool.core.registry.ProcessInspector;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A process table for tests: only the pids added are alive; counts lookups. */
public final class FakeProcesses implements ProcessInspector {

    private final Map<Long, ProcessInfo> alive = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    public FakeProcesses alive(long pid, Instant started) {
        alive.put(pid, new ProcessInfo(pid, Optional.ofNullable(started), Optional.empty(), Optional.empty()));
        return this;
    }

    public FakeProcesses gone(long pid) {
        alive.remove(pid);
        return this;
    }

    public int lookups() {
        return lookups.get();
    }

    @Override
    public Optional<ProcessInfo> lookup(long pid) {
        lookups.incrementAndGet();
        return Optional.ofNullable(alive.get(pid));
    }
}
