package dev.agentpool.ui.settings;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command that starts this monitor again, for an autostart entry: the installed launcher when we run from a
 * jpackage image (it sets {@code jpackage.app-path}), else {@code java -jar agentpool.jar}, else (from classes, as
 * in development) {@code java -cp <class path> dev.agentpool.Main}.
 */
public final class LauncherCommand {

    private LauncherCommand() {
    }

    /** The command for this JVM, with {@code extraArgs} (e.g. {@code --dir X}) appended. */
    public static List<String> current(List<String> extraArgs) {
        return resolve(Optional.ofNullable(System.getProperty("jpackage.app-path")),
                Path.of(System.getProperty("java.home"), "bin", "java"), codeSource(),
                System.getProperty("java.class.path", ""), extraArgs);
    }

    static List<String> resolve(Optional<String> appPath, Path java, Optional<Path> codeSource, String classPath,
                                List<String> extraArgs) {
        List<String> command = new ArrayList<>();
        if (appPath.filter(p -> !p.isBlank()).isPresent()) {
            command.add(appPath.get());
        } else if (codeSource.filter(p -> p.toString().endsWith(".jar")).isPresent()) {
            command.addAll(List.of(java.toString(), "-jar", codeSource.get().toString()));
        } else {
            command.addAll(List.of(java.toString(), "-cp", classPath, "dev.agentpool.Main"));
        }
        command.addAll(extraArgs);
        return List.copyOf(command);
    }

    private static Optional<Path> codeSource() {
        try {
            Path path = Path.of(LauncherCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.exists(path) ? Optional.of(path.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
