package dev.agentpool.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The picocli root command: the seed's tools as subcommands. Commands print through
 * {@code spec.commandLine().getOut()/getErr()}, never {@code System.out}, so tests can capture them.
 */
@Command(name = "agentpool", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent Pool Monitor: watch many Claude Code instances sharing one agent pool.")
public final class AgentPoolCli implements Runnable {

    private final Map<String, String> env;

    public AgentPoolCli() {
        this(System.getenv());
    }

    /** A root command that sees {@code env} instead of the process environment (tests). */
    public AgentPoolCli(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The environment commands must use (never {@code System.getenv()} directly, so tests can set it). */
    public Map<String, String> environment() {
        return env;
    }

    /** The environment of the command tree {@code spec} belongs to. */
    public static Map<String, String> environment(CommandLine.Model.CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof AgentPoolCli cli ? cli.environment() : System.getenv();
    }

    @Override
    public void run() {
        // No subcommand: Main starts the tray before we get here; reaching this means only options were given.
        new CommandLine(this).usage(System.out);
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** Builds the command line seeing {@code env} as the environment. */
    public static CommandLine commandLine(Map<String, String> env) {
        CommandLine cl = new CommandLine(new AgentPoolCli(env));
        // subcommands are registered here, one line each
        cl.addSubcommand(new InstancesCommand());
        cl.addSubcommand(new StateCommand());
        cl.addSubcommand(new SetupCommand());
        cl.addSubcommand(new DemoCommand());
        cl.addSubcommand(new AggregateCommand());
        cl.addSubcommand(new FormatCommand());
        cl.addSubcommand(new VerifyCommand());
        cl.addSubcommand(new ServeCommand());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    /** Runs with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs with the given streams and environment and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CommandLine cl = commandLine(env);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }
}
