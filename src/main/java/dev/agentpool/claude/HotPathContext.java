package dev.agentpool.claude;

import dev.agentpool.claude.io.DiagnosticLog;
import dev.agentpool.claude.process.OsProcessTree;
import dev.agentpool.claude.process.ProcessTree;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.StateLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * Everything the hook and statusline commands take from the outside world, injectable for tests and for the demo:
 * the state directory, the clock and zone, the environment (CLAUDE_PID, instance ID override) and the process tree.
 */
public record HotPathContext(Path stateDir, Clock clock, ZoneId zone, Map<String, String> env, ProcessTree tree,
                             AgentPoolConfig config, String host) {

    public HotPathContext {
        env = Map.copyOf(env);
    }

    /** The real world: system clock and zone, this process's environment and the OS process table. */
    public static HotPathContext system(Path stateDir, AgentPoolConfig config) {
        Map<String, String> env = System.getenv();
        return new HotPathContext(stateDir, Clock.systemUTC(), ZoneId.systemDefault(), env, new OsProcessTree(),
                config, HostName.of(env));
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
