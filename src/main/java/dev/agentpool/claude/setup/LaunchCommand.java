package dev.agentpool.claude.setup;

import dev.agentpool.core.json.Charsets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How Claude Code should start us, as a shell command prefix ending in {@code dev.agentpool.Main} arguments.
 * <ul>
 *   <li>Installed package: jpackage sets {@code jpackage.app-path} to the native launcher (e.g.
 *       {@code /opt/agentpool/bin/agentpool}); its JVM options, including the shipped AppCDS archive, come from the
 *       package's launcher configuration.</li>
 *   <li>Source checkout: the {@code java} of the build's java.base-only hot-path runtime
 *       ({@code target/hotpath-runtime}, made by {@code ./mvnw package}) when it exists, else the absolute
 *       {@code java} of the running JVM; then the hot-path JVM flags and the absolute path of
 *       {@code target/agentpool.jar} (or {@code target/classes} when no jar was built). The AppCDS archive
 *       {@code target/agentpool-cli.jsa} (dumped by that runtime) is named with {@code -Xshare:auto}: a missing
 *       runtime, or a missing or outdated archive, only makes the start slower, and the {@code -Xlog} flags keep the
 *       JVM's notices off stdout (the status line) while still reporting real warnings on stderr.</li>
 * </ul>
 */
public record LaunchCommand(List<String> words) {

    public static final String ARCHIVE_NAME = "agentpool-cli.jsa";

    /** The hot-path runtime's directory next to the jar (target/), made by packaging/HotPathRuntime.java. */
    public static final String RUNTIME_DIR = "hotpath-runtime";

    /** Where the one list of hot-path JVM options lives (a class-path resource next to this class). */
    public static final String OPTIONS_RESOURCE = "hot-path-jvm.options";

    /**
     * JVM flags for a short-lived command, from {@link #OPTIONS_RESOURCE} (the file says why each is there; bin/agentpool
     * and the package read the same file).
     */
    public static final List<String> HOT_PATH_JVM_FLAGS = readOptions();

    public LaunchCommand {
        words = List.copyOf(words);
    }

    /** The command for this installation (installed launcher, else the checkout that runs this code). */
    public static LaunchCommand detect() {
        String appPath = System.getProperty("jpackage.app-path");
        if (appPath != null && !appPath.isBlank()) {
            return installed(Path.of(appPath));
        }
        return checkout(Path.of(System.getProperty("java.home"), "bin", "java"), codeLocation());
    }

    public static LaunchCommand installed(Path launcher) {
        return new LaunchCommand(List.of(launcher.toAbsolutePath().toString()));
    }

    /** {@code code} is the jar or classes directory holding this class; a jar next to classes/ is preferred. */
    public static LaunchCommand checkout(Path java, Path code) {
        Path classPath = code.toAbsolutePath().normalize();
        if (Files.isDirectory(classPath) && Files.isRegularFile(classPath.resolveSibling("agentpool.jar"))) {
            classPath = classPath.resolveSibling("agentpool.jar");
        }
        Path archive = classPath.resolveSibling(ARCHIVE_NAME);
        // same file name as the given java (java.exe on Windows); a checkout built without jlink has no runtime
        Path hotPathJava = classPath.resolveSibling(RUNTIME_DIR).resolve("bin").resolve(java.getFileName());
        List<String> words = new ArrayList<>();
        words.add((Files.isExecutable(hotPathJava) ? hotPathJava : java).toAbsolutePath().toString());
        words.add("-XX:SharedArchiveFile=" + archive);
        words.addAll(HOT_PATH_JVM_FLAGS);
        words.add("-cp");
        words.add(classPath.toString());
        words.add("dev.agentpool.Main");
        return new LaunchCommand(words);
    }

    public String hookCommand() {
        return shell("hook");
    }

    public String statuslineCommand() {
        return shell("statusline");
    }

    private String shell(String subcommand) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(ShellQuote.quote(w)).append(' ');
        }
        return sb.append(subcommand).toString();
    }

    /** The option lines of {@code text}: trimmed, without blank and {@code #} comment lines. */
    static List<String> parseOptions(BufferedReader text) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line = text.readLine(); line != null; line = text.readLine()) {
            String option = line.strip();
            if (!option.isEmpty() && !option.startsWith("#")) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }

    private static List<String> readOptions() {
        try (InputStream in = LaunchCommand.class.getResourceAsStream(OPTIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPTIONS_RESOURCE + " is missing from the class path");
            }
            return parseOptions(new BufferedReader(new InputStreamReader(in, Charsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path codeLocation() {
        try {
            return Optional.ofNullable(LaunchCommand.class.getProtectionDomain().getCodeSource())
                    .map(cs -> {
                        try {
                            return Path.of(cs.getLocation().toURI());
                        } catch (URISyntaxException e) {
                            throw new IllegalStateException(e);
                        }
                    }).orElseThrow(() -> new IllegalStateException("cannot tell where agentpool is installed"));
        } catch (SecurityException e) {
            throw new IllegalStateException("cannot tell where agentpool is installed", e);
        }
    }
}
