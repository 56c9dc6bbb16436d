package dev.agentpool.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {

    private static final Path HOME = Path.of("/home/ada");

    @TempDir
    Path tmp;

    @Test
    void defaultsToTheXdgStateDirectoryOnLinux() {
        assertThat(StateDirectory.defaultDir(Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ada/.local/state/agentpool"));
        assertThat(StateDirectory.defaultDir(Map.of("XDG_STATE_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/agentpool"));
    }

    @Test
    void ignoresARelativeXdgStateHomeAsTheSpecSays() {
        assertThat(StateDirectory.defaultDir(Map.of("XDG_STATE_HOME", "rel"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.local/state/agentpool"));
    }

    @Test
    void defaultsToThePlatformPlaceOnMacAndWindows() {
        assertThat(StateDirectory.defaultDir(Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/agentpool"));
        assertThat(StateDirectory.defaultDir(Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Local/agentpool"));
    }

    @Test
    void theFlagBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of("AGENTPOOL_HOME", "/from/env");
        assertThat(StateDirectory.resolve(Optional.of(Path.of("/from/flag")), env, "Linux", HOME))
                .isEqualTo(Path.of("/from/flag"));
        assertThat(StateDirectory.resolve(Optional.empty(), env, "Linux", HOME)).isEqualTo(Path.of("/from/env"));
        assertThat(StateDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.local/state/agentpool"));
    }

    @Test
    void createsAMissingDirectoryPrivate() throws Exception {
        Path dir = tmp.resolve("a/b/agentpool");
        StateDirectory.forWriting(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void refusesToWriteToADirectoryOthersCanWriteToAndNamesTheFix() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> StateDirectory.forWriting(dir)).isInstanceOf(StateDirectoryException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("chmod 700 " + dir);
    }

    @Test
    void refusesAGroupWritableInstancesSubdirectory() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("d"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path instances = Files.createDirectory(dir.resolve("instances"));
        Files.setPosixFilePermissions(instances, PosixFilePermissions.fromString("rwxrwx---"));
        assertThatThrownBy(() -> StateDirectory.forWriting(dir)).hasMessageContaining("chmod 700 " + instances);
    }

    @Test
    void readsAnyExistingDirectoryEvenWhenOthersCanWriteToIt() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(StateDirectory.forReading(dir)).isEqualTo(dir);
        assertThat(StateDirectory.forReading(Fixtures.legacyStateDir())).isEqualTo(Fixtures.legacyStateDir());
    }

    @Test
    void refusesToReadAMissingDirectoryOrAFile() throws Exception {
        assertThatThrownBy(() -> StateDirectory.forReading(tmp.resolve("missing"))).hasMessageContaining("does not exist");
        Path file = Files.createFile(tmp.resolve("f"));
        assertThatThrownBy(() -> StateDirectory.forReading(file)).hasMessageContaining("is not a directory");
    }
}
