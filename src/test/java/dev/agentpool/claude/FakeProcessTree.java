package dev.agentpool.claude;

import dev.agentpool.claude.process.ProcessNode;
import dev.agentpool.claude.process.ProcessTree;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A process table made up by a test: pid → node, and which pid "we" are. */
public final class FakeProcessTree implements ProcessTree {

    private final Map<Long, ProcessNode> nodes = new ConcurrentHashMap<>();
    private final long self;

    public FakeProcessTree(long self) {
        this.self = self;
    }

    public FakeProcessTree add(long pid, long parent, Instant start, String executable, String... argv) {
        nodes.put(pid, new ProcessNode(pid, Optional.of(start), Optional.of(parent), executable, List.of(argv)));
        return this;
    }

    public void kill(long pid) {
        nodes.remove(pid);
    }

    @Override
    public Optional<ProcessNode> lookup(long pid) {
        return Optional.ofNullable(nodes.get(pid));
    }

    @Override
    public long selfPid() {
        return self;
    }
}
