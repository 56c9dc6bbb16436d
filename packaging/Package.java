import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the native package for the current OS from {@code target/agentpool.jar} + {@code target/lib}: jdeps →
 * jlink (runtime with only the needed modules, JavaFX from the Maven jars on the module path, a CDS archive of
 * the JDK classes) → jpackage app-image (+ per-OS extras) → jpackage installer into {@code target/dist}.
 *
 * <p>Run by {@code ./mvnw -Ppackage -DskipTests package} (exec-maven-plugin); by hand:
 * {@code java packaging/Package.java <basedir> <version> [type]}. A single-file source program using the JDK's
 * own tools through {@link ToolProvider}, so the same driver runs on Linux, Windows and macOS without a shell.
 */
public final class Package {

    /**
     * Modules jdeps cannot see (reached only by reflection or service loading). Empty on purpose: the app formats
     * in English (java.base), uses no TLS (jdk.crypto.ec) and no jar file systems (jdk.zipfs); add one here with
     * the reason if a feature needs it.
     */
    static final List<String> EXTRA_MODULES = List.of();

    static final String APP_NAME = "Agent Pool Monitor";
    static final String CLI_NAME = "agentpool";
    static final String VENDOR = "Agent Pool Monitor contributors";
    static final String DESCRIPTION = "Tray monitor and CLI for many Claude Code instances sharing one agent pool";
    /** Fixed forever: Windows Installer upgrades (replaces) any installed version with this code. */
    static final String WIN_UPGRADE_UUID = "5f0b7c1e-8d2a-4c61-9b7e-3a9d2e4f6c10";
    /** The one list of the short-lived commands' JVM options (its lines say why each is there). */
    static final String HOT_PATH_OPTIONS = "src/main/resources/dev/agentpool/claude/setup/hot-path-jvm.options";
    /** The CLI launchers' archive, made at install time where the package lives (lib/cds/train.sh). */
    static final String CLI_ARCHIVE_OPTION = "-XX:SharedArchiveFile=$APPDIR/agentpool-cli.jsa";

    final Path base;
    final Path work;
    final String version;
    final String type;
    final Os os;

    enum Os { LINUX, WINDOWS, MAC }

    /** JVM options of the CLI launcher (hook/statusline hot path); a missing or stale archive only slows it. */
    List<String> cliJavaOptions() throws IOException {
        List<String> options = new ArrayList<>(List.of(CLI_ARCHIVE_OPTION));
        for (String line : Files.readAllLines(base.resolve(HOT_PATH_OPTIONS))) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                options.add(line.strip());
            }
        }
        return options;
    }

    Package(Path base, String version, String type) {
        this.base = base;
        this.work = base.resolve("target/jpackage");
        this.version = version;
        this.os = currentOs();
        this.type = type == null || type.isBlank() || type.equals("auto") ? defaultType(os) : type;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java packaging/Package.java <basedir> <version> [deb|rpm|msi|exe|dmg|pkg]");
            System.exit(2);
        }
        new Package(Path.of(args[0]).toAbsolutePath(), args[1].replace("-SNAPSHOT", ""),
                args.length > 2 ? args[2] : null).build();
    }

    void build() throws IOException {
        deleteRecursively(work);
        Files.createDirectories(work);
        Path input = stageInput();
        List<Path> javafx = javafxJars();
        String modules = modules(input, javafx);
        log("modules: " + modules);
        Path runtime = jlink(modules, javafx);
        Path image = appImage(input, runtime);
        addImageExtras(image);
        Path dist = Files.createDirectories(base.resolve("target/dist"));
        installer(image, dist);
        try (Stream<Path> files = Files.list(dist)) {
            files.forEach(f -> log("built " + base.relativize(f)));
        }
    }

    /** The app jar and every non-JavaFX library (JavaFX goes into the runtime as modules). */
    Path stageInput() throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Files.copy(base.resolve("target/agentpool.jar"), input.resolve("agentpool.jar"));
        Path lib = Files.createDirectories(input.resolve("lib"));
        for (Path jar : list(base.resolve("target/lib"))) {
            if (!jar.getFileName().toString().startsWith("javafx-")) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        return input;
    }

    /** Only the platform-classifier jars: the plain javafx-*.jar are empty parents without a module. */
    List<Path> javafxJars() throws IOException {
        String classifier = switch (os) {
            case LINUX -> "-linux";
            case WINDOWS -> "-win";
            case MAC -> "-mac";
        };
        List<Path> jars = new ArrayList<>();
        for (Path jar : list(base.resolve("target/lib"))) {
            String name = jar.getFileName().toString();
            if (name.startsWith("javafx-") && name.contains(classifier)) {
                jars.add(jar);
            }
        }
        return jars;
    }

    String modules(Path input, List<Path> javafx) throws IOException {
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", pathList(javafx), "--class-path",
                input.resolve("lib") + java.io.File.separator + "*", input.resolve("agentpool.jar").toString()));
        for (Path jar : list(input.resolve("lib"))) {
            args.add(jar.toString());
        }
        String printed = run("jdeps", args).trim();
        String[] lines = printed.split("\\R");
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(lines[lines.length - 1].trim().split(",")));
        modules.addAll(EXTRA_MODULES);
        return String.join(",", modules);
    }

    Path jlink(String modules, List<Path> javafx) throws IOException {
        Path runtime = work.resolve("runtime");
        // bin/java stays (no --strip-native-commands): the CDS training at install time runs it.
        // --compress=1 (string sharing, no zip): the installer's own compression (xz in a .deb) then does far
        // better than on zipped modules (deb 25 MB instead of 34 MB; installed 68 MB instead of 55 MB).
        // No --generate-cds-archive: the JDK-only archive would add 23 MB; the CLI archive made at install
        // time (lib/cds/train.sh) holds the JDK classes the app uses and serves both launchers.
        run("jlink", List.of("--module-path", pathList(javafx), "--add-modules", modules, "--output",
                runtime.toString(), "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=1"));
        stripNativeSymbols(runtime);
        return runtime;
    }

    /** Debian's libjvm.so keeps its symbol table (4 MB); strip it when binutils are there, else keep it. */
    void stripNativeSymbols(Path runtime) {
        Path libjvm = runtime.resolve("lib/server/libjvm.so");
        if (os != Os.LINUX || !Files.exists(libjvm)) {
            return;
        }
        try {
            Process strip = new ProcessBuilder("strip", "--strip-unneeded", libjvm.toString()).inheritIO().start();
            log("strip libjvm.so: exit " + strip.waitFor());
        } catch (IOException e) {
            log("strip not found, libjvm.so left as is");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A jpackage launcher properties file: {@code template} (packaging/&lt;os&gt;/cli.properties) plus the CLI's
     * {@code java-options}, so the Windows and macOS launchers get the same list as Linux's script.
     */
    Path cliProperties(Path template) throws IOException {
        Path out = work.resolve("cli.properties");
        Files.writeString(out, Files.readString(template) + "java-options=" + String.join(" ", cliJavaOptions()) + "\n");
        return out;
    }

    Path appImage(Path input, Path runtime) throws IOException {
        Path images = work.resolve("image");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", images.toString(),
                "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION,
                "--input", input.toString(), "--main-jar", "agentpool.jar", "--main-class", "dev.agentpool.Main",
                "--runtime-image", runtime.toString()));
        args.addAll(PlatformOptions.appImage(this));
        run("jpackage", args);
        try (Stream<Path> dirs = Files.list(images)) {
            return dirs.findFirst().orElseThrow();
        }
    }

    /**
     * Linux: desktop entry, hicolor icons, the integration and CDS training scripts go inside /opt/agentpool/lib
     * (jpackage's deb bundler copies only bin/ and lib/ of an app image; a share/ of ours would be dropped).
     */
    void addImageExtras(Path image) throws IOException {
        if (os != Os.LINUX) {
            return;
        }
        Path linux = base.resolve("packaging/linux");
        writeCliScript(image);
        copy(linux.resolve("agentpool.desktop"), image.resolve("lib/desktop/agentpool.desktop"));
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            copy(base.resolve("src/main/resources/icons/app/agentpool-" + size + ".png"),
                    image.resolve("lib/desktop/icons/hicolor/" + size + "x" + size + "/apps/agentpool.png"));
        }
        copyExecutable(linux.resolve("integration.sh"), image.resolve("lib/integration.sh"));
        copyExecutable(base.resolve("packaging/cds/train.sh"), image.resolve("lib/cds/train.sh"));
        // train.sh dumps the archive with the launcher's GC options (G1 maps the archived heap and module graph)
        copy(base.resolve(HOT_PATH_OPTIONS), image.resolve("lib/cds/hot-path-jvm.options"));
        for (Path payload : list(base.resolve("packaging/cds"))) {
            if (payload.toString().endsWith(".json")) {
                copy(payload, image.resolve("lib/cds/" + payload.getFileName()));
            }
        }
    }

    /**
     * Replaces jpackage's native CLI launcher by a shell script that execs the runtime's java with the same class
     * path and options: JDK 17's Linux launcher runs {@code rpm -qf} and {@code dpkg -S} on itself at every start
     * (measured here: +1.4 s per hook call). The class path is taken from the launcher config jpackage wrote, in
     * the same order, so the CDS archive made by lib/cds/train.sh (which reads that config) matches.
     * {@code jpackage.app-path} is set as the native launcher would, so {@code setup claude} writes this script.
     */
    void writeCliScript(Path image) throws IOException {
        List<String> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(image.resolve("lib/app/" + CLI_NAME + ".cfg"))) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()));
            }
        }
        StringBuilder options = new StringBuilder();
        for (String option : cliJavaOptions()) {
            options.append(" \\\n  \"").append(option).append('"');
        }
        String script = "#!/bin/sh\n"
                + "# agentpool CLI launcher (generated by packaging/Package.java; the native jpackage launcher queries\n"
                + "# dpkg/rpm at every start). Resolves its own location, so /usr/bin/agentpool -> here works.\n"
                + "self=$(readlink -f -- \"$0\")\n"
                + "ROOT=${self%/bin/*}\n"
                + "APPDIR=$ROOT/lib/app\n"
                + "# the monitor (agentpool tray, autostart) renders in software: keep GTK from loading OpenGL too\n"
                + "export GDK_GL=\"${GDK_GL:-disable}\"\n"
                + "exec \"$ROOT/lib/runtime/bin/java\"" + options
                + " \\\n  \"-Djpackage.app-path=$ROOT/bin/" + CLI_NAME + "\" \"-Djpackage.app-version=" + version + "\""
                + " \\\n  -cp \"" + String.join(":", classPath) + "\" \\\n  dev.agentpool.Main \"$@\"\n";
        Path launcher = image.resolve("bin/" + CLI_NAME);
        Files.writeString(launcher, script);
        launcher.toFile().setExecutable(true, false);
    }

    void installer(Path image, Path dist) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(),
                "--dest", dist.toString(), "--app-version", version, "--vendor", VENDOR,
                "--description", DESCRIPTION));
        args.addAll(PlatformOptions.installer(this));
        run("jpackage", args);
    }

    static Os currentOs() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.contains("win") ? Os.WINDOWS : name.contains("mac") ? Os.MAC : Os.LINUX;
    }

    static String defaultType(Os os) {
        return switch (os) {
            case LINUX -> Files.exists(Path.of("/usr/bin/dpkg")) ? "deb" : "rpm";
            case WINDOWS -> "msi";
            case MAC -> "dmg";
        };
    }

    static String run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(
                () -> new IllegalStateException(tool + " is not in this JDK (need a full JDK 17)"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        log(tool + " " + String.join(" ", args));
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (" + code + "):\n" + out + err);
        }
        return out.toString();
    }

    static String pathList(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    static void copyExecutable(Path from, Path to) throws IOException {
        copy(from, to);
        to.toFile().setExecutable(true, false);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static final long START = System.nanoTime();

    static void log(String line) {
        System.out.printf("[package %5.1fs] %s%n", (System.nanoTime() - START) / 1e9, line);
    }
}

/** What differs per OS: launcher names, icons, resource directories and installer switches. */
final class PlatformOptions {

    private PlatformOptions() {
    }

    static List<String> appImage(Package p) throws IOException {
        Path pkg = p.base.resolve("packaging");
        List<String> args = new ArrayList<>();
        switch (p.os) {
            case LINUX -> {
                // Main launcher = the CLI (/opt/agentpool/bin/agentpool); the tray gets its own launcher.
                args.addAll(List.of("--name", Package.CLI_NAME, "--icon",
                        p.base.resolve("src/main/resources/icons/app/agentpool-256.png").toString(),
                        "--add-launcher", "agentpool-monitor=" + pkg.resolve("linux/monitor.properties")));
                cliOptions(p, args);
            }
            case WINDOWS -> {
                // Main launcher = the GUI (Start menu entry); "agentpool.exe" is the console launcher for the CLI.
                args.addAll(List.of("--name", Package.APP_NAME, "--icon", p.base.resolve("icons/agentpool.ico")
                        .toString(), "--arguments", "tray",
                        "--add-launcher", "agentpool=" + p.cliProperties(pkg.resolve("windows/cli.properties"))));
            }
            case MAC -> {
                args.addAll(List.of("--name", Package.APP_NAME, "--icon", p.base.resolve("icons/agentpool.icns")
                        .toString(), "--arguments", "tray", "--mac-package-identifier", "dev.agentpool.monitor",
                        "--resource-dir", pkg.resolve("macos").toString(),
                        "--add-launcher", "agentpool=" + p.cliProperties(pkg.resolve("macos/cli.properties"))));
            }
        }
        return args;
    }

    static void cliOptions(Package p, List<String> args) throws IOException {
        for (String option : p.cliJavaOptions()) {
            args.add("--java-options");
            args.add(option);
        }
    }

    static List<String> installer(Package p) {
        Path pkg = p.base.resolve("packaging");
        return switch (p.os) {
            case LINUX -> List.of("--name", Package.CLI_NAME, "--linux-package-name", Package.CLI_NAME,
                    "--resource-dir", pkg.resolve("linux/resources").toString(),
                    "--linux-deb-maintainer", "agentpool@localhost", "--linux-app-category", "utils",
                    "--linux-package-deps", "libgtk-3-0");
            case WINDOWS -> List.of("--name", Package.APP_NAME, "--win-upgrade-uuid", Package.WIN_UPGRADE_UUID,
                    "--win-menu", "--win-menu-group", Package.APP_NAME, "--win-dir-chooser",
                    "--win-shortcut-prompt", "--win-per-user-install",
                    "--resource-dir", pkg.resolve("windows").toString());
            case MAC -> List.of("--name", Package.APP_NAME, "--mac-package-identifier", "dev.agentpool.monitor",
                    "--resource-dir", pkg.resolve("macos").toString());
        };
    }
}
