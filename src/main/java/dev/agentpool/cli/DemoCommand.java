package dev.agentpool.cli;

import dev.agentpool.claude.demo.DemoSimulation;
import dev.agentpool.core.config.ConfigLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentpool demo}: simulated Claude Code windows writing real files until Ctrl-C. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Simulate Claude Code windows (agents rising and falling, one waiting for you, one going "
                + "stale) through the real hook and statusline code, until Ctrl-C.",
            "Start the monitor on the same directory to watch them."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StateDirOption stateDir;

    @Option(names = "--instances", paramLabel = "N", defaultValue = "4", description = "Windows to simulate (default 4).")
    int instances;

    @Option(names = "--clean", description = "Remove the simulated instances' files when stopping.")
    boolean clean;

    @Override
    public Integer call() throws Exception {
        Path dir = stateDir.forWriting();
        PrintWriter out = spec.commandLine().getOut();
        DemoSimulation demo = new DemoSimulation(dir, instances,
                ConfigLoader.load(dir, AgentPoolCli.environment(spec)).config(), line -> {
                    out.println(line);
                    out.flush();
                });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAndMaybeClean(demo, out);
            stopped.countDown();
        }, "agentpool-demo-shutdown"));
        demo.start();
        out.println("demo: " + instances + " windows writing to " + dir + " (Ctrl-C stops"
                + (clean ? " and removes their files)" : ")"));
        out.flush();
        stopped.await();
        return 0;
    }

    private void stopAndMaybeClean(DemoSimulation demo, PrintWriter out) {
        demo.stop();
        if (clean) {
            try {
                out.println("demo: removed " + demo.clean() + " files");
            } catch (java.io.IOException e) {
                out.println("demo: could not remove every file: " + e.getMessage());
            }
        }
        out.flush();
    }
}
