package dev.agentpool.claude.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After {@code package} (surefire's integration-test execution): the command {@code setup claude} writes from this
 * checkout starts on the java.base-only hot-path runtime, maps its archive and prints the status line. The runtime
 * must exist wherever the build JDK can jlink (it has jmods); elsewhere the test is skipped.
 */
class HotPathRuntimeIT {

    static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theCheckoutsStatuslineCommandRunsOnTheHotPathRuntimeWithItsArchive() throws Exception {
        Path jdk = Path.of(System.getProperty("java.home"));
        assumeThat(jdk.resolve("jmods")).as("the build JDK has no jmods: no hot-path runtime").isDirectory();
        Path runtimeJava = TARGET.resolve("hotpath-runtime/bin/java");
        assertThat(runtimeJava).as("built by packaging/HotPathRuntime.java during package").isExecutable();
        assertThat(Files.readString(TARGET.resolve("hotpath-runtime/release"))).contains("MODULES=\"java.base\"");

        List<String> words = LaunchCommand.checkout(jdk.resolve("bin/java"), TARGET.resolve("agentpool.jar")).words();
        assertThat(words.get(0)).isEqualTo(runtimeJava.toString());
        // -Xshare:on after the command's -Xshare:auto: the JVM refuses to start unless the archive maps
        List<String> command = new ArrayList<>(words.subList(0, words.indexOf("-cp")));
        command.addAll(List.of("-Xshare:on", "-Xlog:cds=info:file=" + dir.resolve("cds.log"),
                "-Xlog:class+load=info:file=" + dir.resolve("classes.log")));
        command.addAll(words.subList(words.indexOf("-cp"), words.size()));
        command.add("statusline");

        Result r = run(command, Path.of("packaging/cds/statusline.json"));
        assertThat(r.stderr()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.stdout()).startsWith("Agents: ").doesNotContain("\n", "warning", "cds");
        String cds = Files.readString(dir.resolve("cds.log"));
        assertThat(cds).contains("full module graph: enabled").doesNotContain("heap data is being ignored");
        assertThat(Files.readAllLines(dir.resolve("classes.log")))
                .as("every class of the statusline from the archive").allMatch(l -> l.contains("shared objects file"));
    }

    /** bin/agentpool runs these on the java.base runtime: none may need a module it lacks. */
    @ParameterizedTest(name = "bin/agentpool {0}")
    @ValueSource(strings = {"--version", "--help", "aggregate --all --json --dir STATE", "aggregate --max-age 60 --dir STATE",
            "instances --list --dir STATE", "verify --dir STATE", "format --dir STATE", "state --get --dir STATE",
            "setup claude --dry-run --project DIR", "demo --help", "serve --help"})
    void everyCommandTheCheckoutLauncherRunsOnTheRuntimeStarts(String arguments) throws Exception {
        assumeThat(TARGET.resolve("hotpath-runtime/bin/java")).isExecutable();
        List<String> command = new ArrayList<>(List.of(Path.of("bin/agentpool").toAbsolutePath().toString()));
        for (String word : arguments.split(" ")) {
            command.add(word.equals("STATE") ? Files.createDirectories(dir.resolve("state")).toString()
                    : word.equals("DIR") ? dir.toString() : word);
        }
        Result r = run(command, Path.of("/dev/null"));
        assertThat(r.stderr()).doesNotContain("NoClassDefFoundError", "Exception");
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isNotBlank();
    }

    record Result(int code, String stdout, String stderr) {
    }

    Result run(List<String> command, Path stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(stdin.toFile())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        pb.environment().put("AGENTPOOL_HOME", dir.resolve("state").toString());
        pb.environment().put("CLAUDE_PID", Long.toString(ProcessHandle.current().pid()));
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("statusline finished").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8).strip(),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }
}
