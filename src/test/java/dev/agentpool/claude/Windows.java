package dev.agentpool.claude;

import dev.agentpool.testing.MutableClock;
import dev.agentpool.claude.hook.HookRunner;
import dev.agentpool.claude.io.DiagnosticLog;
import dev.agentpool.claude.process.InstanceIdentity;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.StatuslineState;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StateLayout;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** Simulated Claude Code windows (pids with a start time) sending payloads through the real hook code. */
public final class Windows {

    public static final Instant T0 = Instant.parse("2026-11-27T22:00:00Z");
    public static final ZoneId ZONE = ZoneOffset.UTC;
    /** The hook JVM: child of a shell. */
    public static final long SELF = 90_000;

    public final MutableClock clock = new MutableClock(T0.plusSeconds(60));
    public final FakeProcessTree tree = new FakeProcessTree(SELF);
    public final Path dir;
    public final HotPathContext base;

    public Windows(Path dir) {
        this.dir = dir;
        this.base = new HotPathContext(dir, clock, ZONE, Map.of(), tree, AgentPoolConfig.defaults(), "testhost");
        tree.add(1, 0, T0.minusSeconds(9999), "/sbin/init", "/sbin/init");
    }

    /** A window whose Claude Code process is {@code pid}, started at T0 + pid seconds. */
    public Window open(long pid) {
        tree.add(pid, 1, start(pid), "/usr/bin/node", "node", "/usr/local/bin/claude");
        return new Window(pid);
    }

    public static Instant start(long pid) {
        return T0.plusSeconds(pid % 3600);
    }

    public InstanceFiles files(InstanceId id) {
        return new InstanceFiles(new StateLayout(dir), id, ZONE, new DiagnosticLog(dir, clock));
    }

    /** One window: every hook goes in with CLAUDE_PID set, like Claude Code v2.1.214+. */
    public final class Window {
        public final long pid;
        public final InstanceId id;

        Window(long pid) {
            this.pid = pid;
            this.id = InstanceIdentity.derive(pid, Optional.of(start(pid)), ZONE);
        }

        public Window send(String payload) {
            Optional<InstanceId> got = new HookRunner(base.withEnv(Map.of("CLAUDE_PID", Long.toString(pid))))
                    .handle(payload);
            if (!got.equals(Optional.of(id))) {
                throw new AssertionError("payload went to " + got + " instead of " + id + ": " + payload);
            }
            return this;
        }

        public InstanceFiles files() {
            return Windows.this.files(id);
        }

        public long counter() {
            return Windows.this.files(id).readCounter().orElseThrow();
        }

        public ActivityRecord activity() {
            return Windows.this.files(id).readActivity();
        }

        public LockRecord lock() {
            return Windows.this.files(id).readLock().orElseThrow();
        }

        public StatuslineState state() {
            return Windows.this.files(id).readState().orElseThrow();
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> claudeMetadata() {
            return (Map<String, Object>) lock().metadata().get("claude");
        }
    }
}
