package dev.agentpool;

/**
 * Entry point. Dispatches on the first argument before anything heavy loads: the Claude Code hot path
 * ({@code hook}, {@code statusline}) must not pay for picocli, Jackson or JavaFX class loading; no argument (or
 * {@code tray}) starts the monitor; the common forms of {@code aggregate} skip picocli too
 * ({@link dev.agentpool.cli.AggregateFastPath}); everything else goes to the picocli command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String first = args.length == 0 ? "" : args[0];
        switch (first) {
            case "hook" -> System.exit(dev.agentpool.claude.ClaudeHotPath.hook(args, System.in));
            case "statusline" -> System.exit(dev.agentpool.claude.ClaudeHotPath.statusline(args, System.in, System.out));
            case "aggregate" -> {
                // the common forms without picocli (a scripted, often repeated call); the rest falls through
                int code = dev.agentpool.cli.AggregateFastPath.run(args);
                System.exit(code != dev.agentpool.cli.AggregateFastPath.NOT_HANDLED ? code
                        : dev.agentpool.cli.AgentPoolCli.run(args));
            }
            default -> {
                // the monitor: no arguments, "tray ...", or nothing but monitor flags ("agentpool --demo")
                if (dev.agentpool.ui.MonitorOptions.isMonitorInvocation(args)) {
                    System.exit(dev.agentpool.ui.MonitorLauncher.run(args, System.err));
                }
                System.exit(dev.agentpool.cli.AgentPoolCli.run(args));
            }
        }
    }
}
