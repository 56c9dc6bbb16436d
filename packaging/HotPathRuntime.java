import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The source checkout's hot-path JVM, run by {@code ./mvnw package} (exec-maven-plugin) after the jar is built:
 * <ol>
 *   <li>{@code target/hotpath-runtime}: a jlink of the build JDK with only java.base (hook, statusline and every
 *       command but {@code serve} and the monitor need nothing else). Kept across builds while the build JDK's
 *       {@code release} file is unchanged, so only a clean build pays for jlink. Without jlink or jmods the build JDK
 *       itself serves, and the commands {@code setup claude} writes use it.</li>
 *   <li>{@code target/agentpool-cli.jsa}: a static AppCDS archive of that JVM: the classes a training run
 *       ({@code dev.agentpool.CdsTraining}) loads ({@code -XX:DumpLoadedClassList}), dumped with
 *       {@code -Xshare:dump} and the GC options of the commands, so G1 maps its heap objects and module graph.</li>
 * </ol>
 * The JVM options come from {@code hot-path-jvm.options} (the one list, see that file). Usage:
 * {@code java packaging/HotPathRuntime.java <target dir>}.
 */
public final class HotPathRuntime {

    static final String OPTIONS = "classes/dev/agentpool/claude/setup/hot-path-jvm.options";

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath().normalize();
        Path jar = target.resolve("agentpool.jar");
        Path java = runtime(target.resolve("hotpath-runtime"));
        Path archive = target.resolve("agentpool-cli.jsa");
        Path classList = target.resolve("agentpool-cli.classlist");
        List<String> options = dumpOptions(Files.readAllLines(target.resolve(OPTIONS)));
        Files.deleteIfExists(archive);
        List<String> train = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + classList));
        train.addAll(options);
        train.addAll(List.of("-cp", jar.toString(), "dev.agentpool.CdsTraining"));
        exec(train);
        List<String> dump = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive));
        dump.addAll(options);
        dump.addAll(List.of("-cp", jar.toString()));
        exec(dump);
        log("archive " + archive + " for " + java);
    }

    /** The hot-path runtime's java: reused, freshly linked, or (no jlink/jmods here) the build JDK's own. */
    static Path runtime(Path dir) throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        Path java = dir.resolve("bin/java");
        // jlink writes its own release file (its module list); the build JDK's is kept beside it to tell a JDK update
        Path built = dir.resolve("jdk-release");
        String release = Files.exists(home.resolve("release")) ? Files.readString(home.resolve("release")) : "";
        if (Files.isExecutable(java) && Files.exists(built) && Files.readString(built).equals(release)) {
            return java;
        }
        deleteTree(dir);
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElse(null);
        if (jlink == null || !Files.isDirectory(home.resolve("jmods"))) {
            log("no jlink or jmods in " + home + ": the commands use the build JDK");
            return home.resolve("bin/java");
        }
        // no --compress: the start is the same with 0, 1 or 2 (nearly every class comes from the archive), and 0 links
        // fastest (4.3 s CPU here against 5.7 s for 2 and 10.6 s for 1); it only takes 10 MB more of target/
        StringWriter out = new StringWriter();
        int code = jlink.run(new PrintWriter(out), new PrintWriter(out), "--add-modules", "java.base",
                "--strip-debug", "--no-man-pages", "--no-header-files", "--output", dir.toString());
        if (code != 0) {
            log("jlink failed (" + code + "), the commands use the build JDK:\n" + out);
            deleteTree(dir);
            return home.resolve("bin/java");
        }
        Files.writeString(built, release);
        log("linked " + dir);
        return java;
    }

    /** The options that shape a dump (GC, compiler, relocation): everything but -Xshare and logging. */
    static List<String> dumpOptions(List<String> lines) {
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            String option = line.strip();
            if (!option.isEmpty() && !option.startsWith("#") && !option.startsWith("-Xshare:")
                    && !option.startsWith("-Xlog")) {
                options.add(option);
            }
        }
        options.addAll(List.of("-Xlog:disable", "-Xlog:all=error:stderr"));
        return options;
    }

    static void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + String.join(" ", command));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static void log(String line) {
        System.out.println("[hotpath-runtime] " + line);
    }
}
