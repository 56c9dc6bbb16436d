package dev.agentpool.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.StateLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsAFileWithTheGivenContent() throws Exception {
        Path f = dir.resolve("realtime_metrics.json");
        AtomicFiles.writeString(f, "{}");
        assertThat(Files.readString(f)).isEqualTo("{}");
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTempFileBehind() throws Exception {
        Path f = Files.writeString(dir.resolve("agent_usage_counter.txt"), "old content that is longer");
        AtomicFiles.writeString(f, "7");
        assertThat(Files.readString(f)).isEqualTo("7");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void replacesASymbolicLinkInsteadOfWritingThroughIt() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("agent_usage_counter.txt"), victim);
        AtomicFiles.writeString(link, "3");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).isEqualTo("3");
    }

    @Test
    void tempNamesAreNeverOneOfOurInstanceFileNames() {
        String name = "agent_usage_counter_20261127_225532_11009_db0cb426.txt";
        String temp = AtomicFiles.tempName(name);
        assertThat(temp).startsWith(".").endsWith(".tmp");
        assertThat(StateLayout.classify(temp)).isEmpty();
        assertThat(AtomicFiles.isTempName(temp)).isTrue();
        assertThat(AtomicFiles.isTempName(name)).isFalse();
    }

    @Test
    void writtenFilesArePrivateToTheOwner() throws Exception {
        Path f = dir.resolve("statusline_state.json");
        AtomicFiles.writeString(f, "{}");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-------");
    }
}
