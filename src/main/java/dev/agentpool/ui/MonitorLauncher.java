package dev.agentpool.ui;

import dev.agentpool.claude.demo.DemoSimulation;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.config.ConfigLoader;
import dev.agentpool.core.config.StateDirectory;
import dev.agentpool.core.config.StateDirectoryException;
import dev.agentpool.ui.settings.MonitorSettings;
import java.io.IOException;
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

    private static final int DEMO_WINDOWS = 4;

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
        DemoSimulation demo = options.demo() ? startDemo(dir, config, err) : null;
        if (options.demo() && demo == null) {
            return 1;
        }
        applyToolkitDefaults(System.getProperties());
        MonitorApp.options = options;
        MonitorApp.initialSettings = MonitorSettings.startingFrom(config.poolSize(), config.poolWarning(),
                config.poolCritical(), options.pollInterval());
        MonitorApp.services = host -> MonitorServices.forDirectory(dir, config, options.pollInterval(),
                folder -> host.showDocument(folder.toUri().toString()));
        try {
            Application.launch(MonitorApp.class);
        } finally {
            if (demo != null) {
                demo.stop();
            }
        }
        return 0;
    }

    /**
     * JavaFX settings for a window that is idle almost all the time, unless the user set them: the pulse timer wakes
     * the FX thread at this rate even when nothing changes (60 Hz by default, ~0.4 % of a core measured), while
     * this window only animates scrolling and tooltips. The software pipeline: a table that repaints a few rows a
     * minute gains nothing from the GPU, and the OpenGL stack it would load (Mesa with LLVM here, ~60 MB resident;
     * the launchers also set {@code GDK_GL=disable} so GTK does not load it either) is a third of the monitor's
     * memory (docs/benchmarks.md, "Monitor"). Must run before the toolkit starts.
     */
    static void applyToolkitDefaults(java.util.Properties properties) {
        properties.putIfAbsent("javafx.animation.pulse", "30");
        properties.putIfAbsent("prism.order", "sw");
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
     * {@code --demo}: simulated Claude Code windows writing real files into {@code dir} (its own thread and child
     * processes); stopped when the monitor quits, and by a shutdown hook on Ctrl-C. Null when it cannot start.
     */
    private static DemoSimulation startDemo(Path dir, AgentPoolConfig config, PrintStream err) {
        DemoSimulation demo = new DemoSimulation(dir, DEMO_WINDOWS, config, line -> { });
        try {
            demo.start();
        } catch (IOException e) {
            err.println("agentpool: cannot start the demo in " + dir + ": " + e.getMessage());
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(demo::stop, "agentpool-demo-stop"));
        err.println("agentpool: demo: " + DEMO_WINDOWS + " simulated windows writing to " + dir);
        return demo;
    }
}
