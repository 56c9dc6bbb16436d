package dev.agentpool.claude;

import dev.agentpool.core.config.StateDirectory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The few options of {@code agentpool hook} and {@code agentpool statusline}, parsed by hand (picocli stays off the
 * hot path). Unknown arguments are ignored, never an error: Claude Code must not see a failing command.
 */
public record HotPathArgs(Optional<Path> dir, boolean compact, boolean colour) {

    public static HotPathArgs parse(String[] args) {
        Optional<Path> dir = Optional.empty();
        boolean compact = false;
        boolean colour = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--dir") && i + 1 < args.length) {
                dir = Optional.of(Path.of(args[++i]));
            } else if (a.startsWith("--dir=")) {
                dir = Optional.of(Path.of(a.substring("--dir=".length())));
            } else if (a.equals("--compact")) {
                compact = true;
            } else if (a.equals("--color") || a.equals("--colour")) {
                colour = true;
            }
        }
        return new HotPathArgs(dir, compact, colour);
    }

    /** {@code --dir}, else {@code AGENTPOOL_HOME}, else the per-user default state directory. */
    public Path stateDir(Map<String, String> env) {
        return StateDirectory.resolve(dir, env, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }
}
