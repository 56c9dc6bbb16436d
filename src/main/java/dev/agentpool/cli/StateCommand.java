package dev.agentpool.cli;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.metrics.DisplayValues;
import dev.agentpool.core.metrics.MetricsStore;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.metrics.StatePersistence;
import dev.agentpool.core.metrics.StatuslineState;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The legacy state persistence ({@code metrics_state_persistence.py}) as {@code agentpool state}, in instance mode
 * ({@code --instance} or the environment) or shared mode.
 */
@Command(name = "state", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Update, freeze, idle or show the statusline state of an instance (or shared mode).")
public final class StateCommand implements Callable<Integer> {

    static final class Action {
        @Option(names = "--update", description = "Show new values (ACTIVE); unset values come from the instance's files.") boolean update;
        @Option(names = "--freeze", description = "ACTIVE -> COMPLETING: freeze values, count the request.") boolean freeze;
        @Option(names = "--idle", description = "-> IDLE, frozen values stay visible.") boolean idle;
        @Option(names = "--get", description = "Print the display metrics.") boolean get;
        @Option(names = "--summary", description = "Print lifecycle, counts and current metrics.") boolean summary;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Action action;

    @Option(names = "--agents", paramLabel = "N", description = "With --update: agents (default: the counter file).")
    private Long agents;

    @Option(names = "--tokens-used", paramLabel = "N", description = "With --update: context tokens used.")
    private Long tokensUsed;

    @Option(names = "--tokens-total", paramLabel = "N", description = "With --update: context window size.")
    private Long tokensTotal;

    @Option(names = "--confidence", paramLabel = "X", description = "With --update: confidence 0-100.")
    private Double confidence;

    @Option(names = "--executing", paramLabel = "BOOL", arity = "1", description = "With --update: a request is running.")
    private Boolean executing;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Mixin
    private StateDirOption stateDir;

    @Mixin
    private InstanceOption instance;

    @Override
    public Integer call() throws IOException {
        Optional<InstanceId> id = instance.resolve();
        boolean writing = action.update || action.freeze || action.idle;
        Engine core = new Engine(writing ? stateDir.forWriting() : stateDir.forReading(),
                AgentPoolCli.environment(spec), spec.commandLine().getErr());
        StatePersistence state = new StatePersistence(core.layout, id, core.clock);
        if (action.get || action.summary) {
            Outcome<StatuslineState> current = state.current();
            if (!current.isOk()) {
                throw new IllegalStateException(state.path() + ": " + current.reason());
            }
            warn(current);
            print(action.get ? StateJson.display(current.value()) : StateJson.summary(current.value(), core.clock.getZone()),
                    action.get ? StateJson.displayLine(current.value()) : StateJson.summaryLine(current.value()));
            return 0;
        }
        String done = action.update ? "updated" : action.freeze ? "frozen" : "idle";
        try {
            warn(action.update ? state.update(values(new MetricsStore(core.layout, id, core.clock)))
                    : action.freeze ? state.freeze() : state.idle());
        } catch (IOException e) {
            print(Map.of("status", "failed"), "State " + done + " failed");
            throw e;
        }
        print(Map.of("status", done), "State " + done + (id.map(i -> " (instance " + i + ")").orElse(" (shared mode)")));
        return 0;
    }

    /** Flags first, then the instance's counter and realtime metrics files, then the legacy defaults. */
    private DisplayValues values(MetricsStore store) {
        RealtimeMetrics metrics = store.realtimeMetrics().orElse(RealtimeMetrics.empty());
        Optional<Long> agentCount = Optional.ofNullable(agents).or(() -> store.counter().toOptional())
                .or(metrics::agents);
        long total = tokensTotal != null ? tokensTotal : metrics.tokensTotal();
        long used = tokensUsed != null ? tokensUsed : metrics.tokensUsed().orElse(0L);
        Optional<Double> conf = Optional.ofNullable(confidence).or(metrics::confidence);
        boolean running = executing != null ? executing : metrics.executing().orElse(true);
        if (agentCount.filter(a -> a < 0).isPresent() || conf.filter(c -> c < 0 || c > 100 || c.isNaN()).isPresent()) {
            throw new IllegalArgumentException("--agents must be ≥ 0 and --confidence within 0-100");
        }
        return new DisplayValues(agentCount, used, total, conf, running);
    }

    private void warn(Outcome<?> outcome) {
        outcome.warnings().forEach(w -> spec.commandLine().getErr().println("agentpool: warning: " + w));
        spec.commandLine().getErr().flush();
    }

    private void print(Map<String, ?> jsonValue, String human) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JsonWriter.pretty(jsonValue) : human);
        out.flush();
    }
}
