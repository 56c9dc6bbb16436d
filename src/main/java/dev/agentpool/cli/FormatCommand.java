package dev.agentpool.cli;

import dev.agentpool.core.format.StatuslineFormatter;
import dev.agentpool.core.format.StatuslineInput;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentpool format}: the legacy statusline_formatter.py flags and exact strings. Reads no files. */
@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Format a statusline (legacy statusline_formatter.py).")
final class FormatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StateDirOption stateDir; // accepted everywhere for uniform scripts; format reads nothing

    @Option(names = "--instance-mode", description = "Show current/total (instances).")
    boolean instanceMode;
    @Option(names = "--current-agents", paramLabel = "N", defaultValue = "0")
    int currentAgents;
    @Option(names = "--total-agents", paramLabel = "N")
    Integer totalAgents;
    @Option(names = "--instance-count", paramLabel = "N")
    Integer instanceCount;
    @Option(names = "--tokens-used", paramLabel = "N", defaultValue = "0")
    long tokensUsed;
    @Option(names = "--tokens-total", paramLabel = "N", defaultValue = "200000")
    long tokensTotal;
    @Option(names = "--tokens-pct", paramLabel = "PCT", description = "Default: used / total.")
    Double tokensPct;
    @Option(names = "--confidence", paramLabel = "X", defaultValue = "0", description = "0–100; ≤ 0 prints --.")
    double confidence;
    @Option(names = "--status", paramLabel = "S", defaultValue = "🟢 OPTIMAL")
    String status;
    @Option(names = "--compact", description = "A:25/145(5) T:7.5%% C:99.2%%") // %%: descriptions are format strings
    boolean compact;
    @Option(names = "--json", description = "JSON instead of text.")
    boolean json;
    @Option(names = "--color", description = "Colour the status word (ANSI).")
    boolean color;

    @Override
    public Integer call() {
        if (compact && json) {
            throw new IllegalArgumentException("--compact and --json cannot be combined");
        }
        requireNonNegative("--current-agents", currentAgents);
        requireNonNegative("--tokens-used", tokensUsed);
        requireNonNegative("--tokens-total", tokensTotal);
        StatuslineInput in = new StatuslineInput(currentAgents,
                Optional.ofNullable(totalAgents),
                Optional.ofNullable(instanceCount), tokensUsed, tokensTotal,
                Optional.ofNullable(tokensPct), confidence, status);
        StatuslineFormatter f = new StatuslineFormatter(instanceMode, color);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? f.json(in) : compact ? f.compact(in) : f.full(in));
        out.flush();
        return 0;
    }

    private static void requireNonNegative(String option, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must be ≥ 0, was " + value);
        }
    }
}
