package dev.agentpool.cli;

import dev.agentpool.claude.setup.ClaudeSetup;
import dev.agentpool.claude.setup.LaunchCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentpool setup claude}: connects Claude Code (hooks + statusLine) to the monitor. */
@Command(name = "setup", mixinStandardHelpOptions = true, description = "Connect tools to the monitor.",
        subcommands = SetupCommand.Claude.class)
public final class SetupCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "claude", mixinStandardHelpOptions = true,
            description = {"Add agentpool's hooks and statusLine to Claude Code's settings (~/.claude/settings.json).",
                "Keeps every other setting and your own hooks; writes a backup first; --uninstall undoes it."})
    static final class Claude implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--project", paramLabel = "DIR",
                description = "Change DIR/.claude/settings.json instead of the user settings.")
        Path project;

        @Option(names = "--dry-run", description = "Show what would change; write nothing.")
        boolean dryRun;

        @Option(names = "--uninstall", description = "Remove exactly what setup added (restores your statusLine).")
        boolean uninstall;

        @Option(names = "--force", description = "Replace an existing statusLine of yours (--uninstall restores it).")
        boolean force;

        @Override
        public Integer call() {
            Map<String, String> env = AgentPoolCli.environment(spec);
            Path settings = settingsFile(env);
            ClaudeSetup.Result r = new ClaudeSetup(Clock.systemDefaultZone(), LaunchCommand.detect())
                    .run(new ClaudeSetup.Options(settings, dryRun, uninstall, force));
            var out = r.exitCode() == 0 ? spec.commandLine().getOut() : spec.commandLine().getErr();
            r.lines().forEach(out::println);
            out.flush();
            return r.exitCode();
        }

        private Path settingsFile(Map<String, String> env) {
            if (project != null) {
                return project.toAbsolutePath().resolve(".claude").resolve("settings.json");
            }
            // like Claude Code (node's os.homedir()): $CLAUDE_CONFIG_DIR, else $HOME/.claude
            String configDir = env.get("CLAUDE_CONFIG_DIR");
            String home = env.getOrDefault("HOME", "");
            Path base = configDir != null && !configDir.isBlank() ? Path.of(configDir)
                    : Path.of(home.isBlank() ? System.getProperty("user.home") : home).resolve(".claude");
            return base.resolve("settings.json");
        }
    }
}
