package dev.agentpool.claude.setup;

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
 *   <li>Source checkout: the absolute {@code java} of the running JVM, the hot-path JVM flags, and the absolute path of
 *       {@code target/agentpool.jar} (or {@code target/classes} when no jar was built). The AppCDS archive
 *       {@code target/agentpool-cli.jsa} is named with {@code -Xshare:auto}: a missing or outdated archive only
 *       makes the start slower, and {@code -Xlog:disable -Xlog:all=warning:stderr} keeps the JVM's CDS warnings off
 *       stdout (the status line) while still reporting real warnings on stderr.</li>
 * </ul>
 */
public record LaunchCommand(List<String> words) {

    public static final String ARCHIVE_NAME = "agentpool-cli.jsa";

    /**
     * JVM flags for a short-lived command: C1 only, serial GC, no perf-data file, CDS when available, and CDS archives
     * mapped where they were built instead of relocated (JDK 17.0.15 relocates by default: ~16 ms per start here,
     * docs/benchmarks.md). IgnoreUnrecognizedVMOptions keeps a JDK without that diagnostic flag starting.
     */
    public static final List<String> HOT_PATH_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData", "-Xshare:auto", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0", "-Xlog:disable", "-Xlog:all=warning:stderr");

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
        List<String> words = new ArrayList<>();
        words.add(java.toAbsolutePath().toString());
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
