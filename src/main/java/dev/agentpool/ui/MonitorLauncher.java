package dev.agentpool.ui;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.config.ConfigLoader;
import dev.agentpool.core.config.StateDirectory;
import dev.agentpool.core.config.StateDirectoryException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;

/**
 * Starts the monitor: {@code agentpool}, {@code agentpool tray [--dir DIR] [--demo] [--no-tray]
 * [--poll-interval S]}. A plain class (not an {@link Application}) so JavaFX can run from the class path; Main
 * dispatches here for no arguments or {@code tray}. Blocks until the monitor quits.
 */
public final class MonitorLauncher {

    private MonitorLauncher() {
    }

    /** @return the exit code: 0 after a normal quit, 2 for bad flags, 1 for an unusable state directory */
    public static int run(String[] args, PrintStream err) {
        MonitorOptions options;
        try {
            options = MonitorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("agentpool: " + e.getMessage());
            return 2;
        }
        Map<String, String> env = System.getenv();
        Path dir;
        try {
            dir = prepareDirectory(options, env);
        } catch (StateDirectoryException e) {
            err.println("agentpool: " + e.getMessage());
            return 1;
        }
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, env);
        loaded.messages().forEach(message -> err.println("agentpool: " + message));
        AgentPoolConfig config = loaded.config();
        if (options.demo()) {
            startDemo(dir, err);
        }
        MonitorApp.options = options;
        MonitorApp.services = host -> MonitorServices.forDirectory(dir, config, options.pollInterval(),
                folder -> host.showDocument(folder.toUri().toString()));
        Application.launch(MonitorApp.class);
        return 0;
    }

    /**
     * The default directory is created (private) when missing, so the watch can start before the first Claude Code
     * window registers; a directory named with {@code --dir} (maybe a legacy deployment) must exist and is only read.
     */
    private static Path prepareDirectory(MonitorOptions options, Map<String, String> env) {
        Path dir = StateDirectory.resolve(options.dir(), env, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        return options.dir().isPresent() && !options.demo() ? StateDirectory.forReading(dir)
                : StateDirectory.forWriting(dir);
    }

    /**
     * LEAD: wire the demo here once claude-feed's {@code dev.agentpool.claude.demo.DemoSimulation} is merged:
     * start it in the background on {@code dir} and stop it on quit (e.g. a JVM shutdown hook or a ShellExtension).
     */
    private static void startDemo(Path dir, PrintStream err) {
        err.println("agentpool: --demo is not available in this build yet (DemoSimulation not wired); watching " + dir);
    }
}
