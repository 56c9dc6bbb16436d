package dev.agentpool.cli;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.config.ConfigLoader;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.registry.HostName;
import dev.agentpool.core.registry.InstanceRegistry;
import dev.agentpool.core.registry.OsProcessInspector;
import dev.agentpool.core.registry.StalenessPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The core objects a command needs for one state directory, wired with the real clock, OS and config. */
final class CoreServices {

    final Path dir;
    final StateLayout layout;
    final Clock clock = Clock.systemDefaultZone();
    final OsProcessInspector processes = new OsProcessInspector();
    final AgentPoolConfig config;
    final String host;

    /** Loads the config of {@code dir}; its problems go to {@code err} as warnings (they never stop a command). */
    CoreServices(Path dir, Map<String, String> env, PrintWriter err) {
        this.dir = dir;
        this.layout = new StateLayout(dir);
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, env);
        loaded.messages().forEach(m -> err.println("agentpool: warning: " + m));
        err.flush();
        this.config = loaded.config();
        this.host = HostName.local(env);
    }

    InstanceRegistry registry() {
        return new InstanceRegistry(layout, clock, processes,
                new StalenessPolicy(config.instanceMaxAge(), processes, host), host);
    }
}
