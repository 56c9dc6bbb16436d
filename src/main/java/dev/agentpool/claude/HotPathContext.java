package dev.agentpool.claude;

import dev.agentpool.claude.io.DiagnosticLog;
import dev.agentpool.claude.process.OsProcessTree;
import dev.agentpool.claude.process.ProcessTree;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.StateLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;

/**
 * Everything the hook and statusline commands take from the outside world, injectable for tests and for the demo:
 * the state directory, the clock and zone, the environment (CLAUDE_PID, instance ID override) and the process tree.
 *
 * @param zone the zone local timestamps are written in; for the real world a fixed offset (see {@link #system})
 * @param host the host name for locks; null: this machine's, read when first asked ({@link #host()})
 */
public record HotPathContext(Path stateDir, Clock clock, ZoneId zone, Map<String, String> env, ProcessTree tree,
                             AgentPoolConfig config, String host) {

    public HotPathContext {
        // the process environment is unmodifiable already; copying it would walk every variable in each hook JVM
        env = env == System.getenv() ? env : Map.copyOf(env);
    }

    /**
     * The real world: system clock, this process's environment and the OS process table. The zone is the local
     * offset now, taken from {@link TimeZone}: {@code ZoneId.systemDefault()} would load the time-zone rules provider
     * through a ServiceLoader scan of the class path, which costs a hook JVM more than all of its own work.
     */
    public static HotPathContext system(Path stateDir, AgentPoolConfig config) {
        Map<String, String> env = System.getenv();
        Clock clock = Clock.systemUTC();
        return new HotPathContext(stateDir, clock, localOffsetAt(clock.instant()), env, new OsProcessTree(),
                config, null);
    }

    /**
     * The host name locks are written with; for the real world ({@link #system}, {@code host} null) this machine's,
     * read on first use: a hook whose instance's lock names its host already never needs it.
     */
    @Override
    public String host() {
        return host != null ? host : LocalHost.NAME;
    }

    /** Read once per JVM, when first asked. */
    private static final class LocalHost {
        static final String NAME = dev.agentpool.core.registry.HostName.local(System.getenv());
    }

    /**
     * The local UTC offset at {@code instant}, from the JVM's default time zone; zero without asking TimeZone when
     * the system zone is known to be UTC ({@link dev.agentpool.core.config.SystemZone}: TimeZone's first use loads the whole tz database).
     */
    public static ZoneOffset localOffsetAt(Instant instant) {
        if (Utc.KNOWN) {
            return ZoneOffset.UTC;
        }
        return ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(instant.toEpochMilli()) / 1000);
    }

    /** Decided once per JVM. */
    private static final class Utc {
        static final boolean KNOWN = dev.agentpool.core.config.SystemZone.isUtc();
    }

    /**
     * The offset for naming an instance after its process start: the zone's own when it is a fixed offset from a
     * test, else the local offset at that instant (stable over the process's life, unlike the offset now).
     */
    public ZoneOffset offsetAt(Instant instant) {
        return zone instanceof ZoneOffset ? localOrFixed(instant) : zone.getRules().getOffset(instant);
    }

    private ZoneOffset localOrFixed(Instant instant) {
        return clock.equals(Clock.systemUTC()) ? localOffsetAt(instant) : (ZoneOffset) zone;
    }

    public StateLayout layout() {
        return new StateLayout(stateDir);
    }

    public DiagnosticLog log() {
        return new DiagnosticLog(stateDir, clock);
    }

    public HotPathContext withEnv(Map<String, String> newEnv) {
        return new HotPathContext(stateDir, clock, zone, newEnv, tree, config, host);
    }
}
