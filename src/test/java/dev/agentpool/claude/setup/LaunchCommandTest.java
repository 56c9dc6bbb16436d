package dev.agentpool.claude.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchCommandTest {

    static final Path JDK_JAVA = Path.of("/usr/lib/jvm/java-17/bin/java");

    @TempDir
    Path target;

    Path jar() throws IOException {
        return Files.writeString(target.resolve("agentpool.jar"), "jar");
    }

    Path runtimeJava(String permissions) throws IOException {
        Path java = Files.createDirectories(target.resolve("hotpath-runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString(permissions));
        return java;
    }

    static List<String> expected(Path java, Path target) {
        List<String> words = new ArrayList<>(List.of(java.toString(),
                "-XX:SharedArchiveFile=" + target.resolve("agentpool-cli.jsa")));
        words.addAll(LaunchCommand.HOT_PATH_JVM_FLAGS);
        words.addAll(List.of("-cp", target.resolve("agentpool.jar").toString(), "dev.agentpool.Main"));
        return words;
    }

    @Test
    void checkoutWithABuiltHotPathRuntimeStartsItsJava() throws IOException {
        Path java = runtimeJava("rwxr-xr-x");
        LaunchCommand command = LaunchCommand.checkout(JDK_JAVA, jar());
        assertThat(command.words()).isEqualTo(expected(java, target));
        assertThat(command.hookCommand()).startsWith(java + " -XX:SharedArchiveFile=").endsWith(" dev.agentpool.Main hook");
    }

    @Test
    void checkoutWithoutTheRuntimeStartsTheRunningJdkWithTheSameFlagsAndArchive() throws IOException {
        assertThat(LaunchCommand.checkout(JDK_JAVA, jar()).words()).isEqualTo(expected(JDK_JAVA, target));
    }

    @Test
    void aRuntimeJavaThatCannotBeExecutedIsNotUsed() throws IOException {
        runtimeJava("rw-r--r--");
        assertThat(LaunchCommand.checkout(JDK_JAVA, jar()).words().get(0)).isEqualTo(JDK_JAVA.toString());
    }

    @Test
    void fromTheClassesDirectoryTheJarAndTheRuntimeBesideItAreUsed() throws IOException {
        Path java = runtimeJava("rwxr-xr-x");
        Path jar = jar();
        Path classes = Files.createDirectories(target.resolve("classes"));
        LaunchCommand command = LaunchCommand.checkout(JDK_JAVA, classes);
        assertThat(command.words()).startsWith(java.toString()).contains(jar.toString());
    }

    @Test
    void flagsAreTheOptionLinesOfTheOptionsFileInTheirOrder() throws IOException {
        String text = "# why\n-XX:+UseG1GC\n\n   # indented comment\n  -Xshare:auto  \n'-Xlog:cds*=off:stderr'\n";
        assertThat(LaunchCommand.parseOptions(new BufferedReader(new StringReader(text))))
                .containsExactly("-XX:+UseG1GC", "-Xshare:auto", "'-Xlog:cds*=off:stderr'");
    }

    @Test
    void theShippedOptionsUseG1SoTheArchivedHeapAndModuleGraphAreMappedAndKeepStdoutClean() {
        assertThat(LaunchCommand.HOT_PATH_JVM_FLAGS)
                .contains("-XX:+UseG1GC", "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr")
                .doesNotContain("-XX:+UseSerialGC")
                .noneMatch(flag -> flag.startsWith("-XX:SharedArchiveFile"))
                .allMatch(flag -> flag.startsWith("-"));
        assertThat(LaunchCommand.HOT_PATH_JVM_FLAGS.indexOf("-Xlog:disable"))
                .isLessThan(LaunchCommand.HOT_PATH_JVM_FLAGS.indexOf("-Xlog:all=warning:stderr"));
    }
}
