package dev.agentpool.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The picocli root command: the seed's tools as subcommands. Commands print through
 * {@code spec.commandLine().getOut()/getErr()}, never {@code System.out}, so tests can capture them.
 */
@Command(name = "agentpool", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent Pool Monitor: watch many Claude Code instances sharing one agent pool.")
public final class AgentPoolCli implements Runnable {

    @Override
    public void run() {
        // No subcommand: Main starts the tray before we get here; reaching this means only options were given.
        new CommandLine(this).usage(System.out);
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AgentPoolCli());
        // subcommands are registered here, one line each
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    /** Runs with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }
}
