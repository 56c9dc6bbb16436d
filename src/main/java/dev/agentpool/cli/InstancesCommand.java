package dev.agentpool.cli;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.registry.InstanceRegistry;
import dev.agentpool.core.registry.LockFileCodec;
import dev.agentpool.core.registry.OsProcessInspector;
import dev.agentpool.core.registry.Owner;
import dev.agentpool.core.registry.RegistryEntry;
import dev.agentpool.core.registry.StaleLockCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The legacy instance manager ({@code instance_id_manager.py}) as {@code agentpool instances}. */
@Command(name = "instances", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generate, register, list and clean up instances.")
public final class InstancesCommand implements Callable<Integer> {

    static final class Action {
        @Option(names = "--generate", description = "Print a new instance ID.") boolean generate;
        @Option(names = "--get", description = "Print the instance ID (--instance / environment, else a new one).") boolean get;
        @Option(names = "--register", description = "Register the instance on behalf of the parent process (or --pid).") boolean register;
        @Option(names = "--heartbeat", description = "Refresh the heartbeat of the instance.") boolean heartbeat;
        @Option(names = "--list", description = "List active instances (stale ones too, with reasons).") boolean list;
        @Option(names = "--cleanup", description = "Delete lock files of stale instances.") boolean cleanup;
        @Option(names = "--file-path", paramLabel = "NAME", description = "Print the per-instance path of NAME[.ext].") String filePath;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Action action;

    @Option(names = "--pid", paramLabel = "PID", description = "With --register: the process that owns the instance.")
    private Long pid;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Mixin
    private StateDirOption stateDir;

    @Mixin
    private InstanceOption instance;

    @Override
    public Integer call() throws IOException {
        if (action.generate) {
            String id = newId().value();
            return print(Map.of("instance_id", id), id);
        }
        if (action.get) {
            String id = instance.resolve().orElseGet(this::newId).value();
            return print(Map.of("instance_id", id), id);
        }
        if (action.filePath != null) {
            String path = FilePathName.resolve(stateDir.resolve(), action.filePath, instance.resolve()).toString();
            return print(Map.of("path", path), path);
        }
        if (action.register) {
            return register();
        }
        if (action.heartbeat) {
            return heartbeat();
        }
        return action.list ? list() : cleanup();
    }

    private InstanceId newId() {
        return InstanceId.generate(LocalDateTime.now(), ProcessHandle.current().pid());
    }

    private Engine services(boolean writing) {
        return new Engine(writing ? stateDir.forWriting() : stateDir.forReading(),
                AgentPoolCli.environment(spec), spec.commandLine().getErr());
    }

    private int register() throws IOException {
        InstanceId id = instance.resolve().orElseGet(this::newId);
        Owner owner = pid != null ? Owner.explicit(pid) : Owner.parent(new OsProcessInspector().parentOfSelf()
                .orElseThrow(() -> new IllegalStateException("the parent process has exited; name the owner with --pid"))
                .pid());
        services(true).registry().register(id, owner, Map.of());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("registered", true);
        out.put("instance_id", id.value());
        out.put("pid", owner.pid());
        return print(out, "Registered instance " + id + " for pid " + owner.pid() + " (" + owner.kind() + ")");
    }

    private int heartbeat() throws IOException {
        InstanceId id = instance.require();
        Outcome<LockRecord> beat = services(true).registry().heartbeat(id);
        if (!beat.isOk()) {
            throw new IllegalStateException("heartbeat of " + id + " failed: lock file " + beat.reason());
        }
        return print(Map.of("heartbeat", true, "instance_id", id.value()), "Heartbeat of " + id + " refreshed");
    }

    private int list() throws IOException {
        Engine core = services(false);
        List<RegistryEntry> all = core.registry().listAll();
        List<RegistryEntry> live = all.stream().filter(RegistryEntry::isLive).toList();
        List<RegistryEntry> stale = all.stream().filter(e -> !e.isLive()).toList();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("count", live.size());
            out.put("instances", live.stream().map(e -> LockFileCodec.toMap(e.lock().orElseThrow(), core.clock.getZone())).toList());
            out.put("stale", stale.stream().map(InstancesCommand::staleJson).toList());
            return print(out, "");
        }
        PrintWriter w = out();
        w.println("Active instances: " + live.size());
        live.forEach(e -> w.println("  " + e.id() + "  pid " + e.lock().orElseThrow().pid()));
        stale.forEach(e -> w.println("  " + e.id() + "  stale: " + e.stale().orElseThrow()));
        w.flush();
        return 0;
    }

    private static Map<String, Object> staleJson(RegistryEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance_id", e.id().value());
        m.put("reason", e.stale().orElseThrow().kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("detail", e.stale().orElseThrow().detail());
        return m;
    }

    private int cleanup() throws IOException {
        Engine core = services(true);
        StaleLockCleaner.Result result = new StaleLockCleaner(core.registry(), core.layout).removeStale();
        result.skipped().forEach(s -> spec.commandLine().getErr().println("agentpool: skipped " + s));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cleaned", result.removed().size());
        out.put("removed", result.removed().stream().map(Object::toString).toList());
        return print(out, "Cleaned " + result.removed().size() + " stale instance(s)");
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private int print(Map<String, ?> jsonValue, String human) {
        out().println(json ? JsonWriter.pretty(jsonValue) : human);
        out().flush();
        return 0;
    }
}
