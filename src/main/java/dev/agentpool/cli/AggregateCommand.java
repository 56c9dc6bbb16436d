package dev.agentpool.cli;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Snapshot;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentpool aggregate}: the legacy metrics aggregator's flags and output, plus our live/stale figures. */
@Command(name = "aggregate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Totals across all instances (legacy metrics_aggregator.py).")
final class AggregateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StateDirOption stateDir;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--all", description = "Everything (the default).")
        boolean all;
        @Option(names = "--agents", description = "Agent totals only.")
        boolean agents;
        @Option(names = "--confidence", description = "Confidence only.")
        boolean confidence;
        @Option(names = "--state", description = "Lifecycle states only.")
        boolean state;
        @Option(names = "--instance", paramLabel = "ID", description = "One instance (always JSON).")
        String instance;
        @Option(names = "--cleanup", description = "Delete old metric files and locks of stale instances.")
        boolean cleanup;
    }

    @Option(names = "--max-age", paramLabel = "HOURS", defaultValue = "24",
            description = "With --cleanup: metric files older than this many hours go (default ${DEFAULT-VALUE}).")
    double maxAgeHours;

    @Option(names = "--dry-run", description = "With --cleanup: show what would be deleted, delete nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> env = AgentPoolCli.environment(spec);
        if (mode.instance != null) {
            InstanceId.of(mode.instance); // refuse a bad ID before touching the disk
        }
        if (!(maxAgeHours >= 0) || Double.isInfinite(maxAgeHours)) {
            throw new IllegalArgumentException("--max-age must be a number of hours ≥ 0, was " + maxAgeHours);
        }
        try (Engine engine = new Engine(stateDir.forReading(), env, spec.commandLine().getErr())) {
            if (mode.cleanup) {
                return CleanupOutput.run(engine.cleanup(), maxAgeHours, dryRun, json, out);
            }
            Snapshot s = engine.aggregator().scan();
            int code = print(s, engine.clock().getZone(), out);
            out.flush();
            return code;
        }
    }

    private int print(Snapshot s, java.time.ZoneId zone, PrintWriter out) {
        if (mode.instance != null) {
            return InstanceQuery.print(s, InstanceId.of(mode.instance), out);
        }
        if (json) {
            out.println(AggregateJson.render(mode.agents ? AggregateArgs.Mode.AGENTS
                    : mode.confidence ? AggregateArgs.Mode.CONFIDENCE
                    : mode.state ? AggregateArgs.Mode.STATE : AggregateArgs.Mode.ALL, s, zone));
        } else if (mode.agents) {
            AggregateText.agents(s.legacy(), out);
        } else if (mode.confidence) {
            AggregateText.confidence(s.legacy(), out);
        } else if (mode.state) {
            AggregateText.state(s.legacy(), out);
        } else {
            AggregateText.all(s, out);
        }
        return 0;
    }
}
