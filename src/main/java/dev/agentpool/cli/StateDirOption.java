package dev.agentpool.cli;

import dev.agentpool.core.config.StateDirectory;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --dir PATH} option every command shares ({@code @Mixin StateDirOption stateDir;}). Resolves
 * {@code --dir}, then {@code AGENTPOOL_HOME}, then the per-user default. Use {@link #forReading()} in commands that
 * only read (a read-only legacy directory works) and {@link #forWriting()} in commands that write (the directory is
 * created private; one other users can write to is refused). Both throw an {@code IllegalStateException} whose
 * message is the one-line reason the error handler prints (exit 2).
 */
public final class StateDirOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--dir", paramLabel = "PATH",
            description = "State directory (default: $AGENTPOOL_HOME, else the per-user state directory).")
    private Path dir;

    /** The resolved directory, without checking it. */
    public Path resolve() {
        return StateDirectory.resolve(Optional.ofNullable(dir), AgentPoolCli.environment(mixee),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    public Path forReading() {
        return StateDirectory.forReading(resolve());
    }

    public Path forWriting() {
        return StateDirectory.forWriting(resolve());
    }
}
