package dev.agentpool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.claude.setup.LaunchCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hot-path JVM options are one list (src/main/resources/.../hot-path-jvm.options): every launcher and archive
 * builder reads that file, and none keeps a copy of its own that could drift from it. Run from the project directory.
 */
class HotPathOptionsOneListTest {

    static final String OPTIONS_FILE = "src/main/resources/dev/agentpool/claude/setup/" + LaunchCommand.OPTIONS_RESOURCE;

    /** Options only the hot-path list has (the monitor's own options share others, like TieredStopAtLevel). */
    static final String[] HOT_PATH_ONLY = {"ArchiveRelocationMode", "ConcGCThreads", "IgnoreUnrecognizedVMOptions"};

    @ParameterizedTest(name = "{0} reads the one list")
    @CsvSource(textBlock = """
            bin/agentpool,                    src/main/resources/dev/agentpool/claude/setup/hot-path-jvm.options
            packaging/Package.java,           src/main/resources/dev/agentpool/claude/setup/hot-path-jvm.options
            packaging/HotPathRuntime.java,    classes/dev/agentpool/claude/setup/hot-path-jvm.options
            packaging/cds/train.sh,           hot-path-jvm.options
            bench/aggregate-bench.sh,         src/main/resources/dev/agentpool/claude/setup/hot-path-jvm.options
            """)
    void readsTheOptionsFileAndKeepsNoCopy(String source, String reference) throws IOException {
        String text = Files.readString(Path.of(source));
        assertThat(Path.of(OPTIONS_FILE)).isRegularFile();
        assertThat(text).contains(reference).doesNotContain(HOT_PATH_ONLY);
    }

    @ParameterizedTest(name = "{0} keeps no copy")
    @CsvSource(textBlock = """
            pom.xml
            packaging/windows/cli.properties
            packaging/macos/cli.properties
            """)
    void keepsNoCopy(String source) throws IOException {
        assertThat(Files.readString(Path.of(source))).doesNotContain(HOT_PATH_ONLY);
    }
}
