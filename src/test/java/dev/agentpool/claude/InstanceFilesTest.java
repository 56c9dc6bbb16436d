package dev.agentpool.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.StateLayout.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link InstanceFiles#unchangedOnDisk}: the check under the lock that lets the hook write what it decided without
 * the lock. It must say "changed" for any other text, a file that appeared or went, and a file it could not read.
 */
class InstanceFilesTest {

    @TempDir
    Path dir;

    private InstanceFiles readAll(Windows.Window w) {
        InstanceFiles files = w.files().quiet();
        files.readLock();
        files.readActivity();
        files.readCounter();
        files.readState();
        return files;
    }

    @Test
    void filesNobodyTouchedAreUnchanged() {
        Windows.Window w = new Windows(dir).open(4242);
        w.send(Payloads.sessionStart("s1", "startup")).send(Payloads.subagentStart("s1", "a1", "Explore"));
        assertThat(readAll(w).unchangedOnDisk()).isTrue();
    }

    @Test
    void anotherTextIsAChangeEvenWhenItMeansTheSame() throws IOException {
        Windows.Window w = new Windows(dir).open(4242);
        w.send(Payloads.sessionStart("s1", "startup")).send(Payloads.subagentStart("s1", "a1", "Explore"));
        InstanceFiles files = readAll(w);
        Path counter = w.files().path(FileKind.COUNTER);
        Files.writeString(counter, Files.readString(counter) + "\n");
        assertThat(files.unchangedOnDisk()).isFalse();
    }

    @Test
    void aFileThatAppearedOrWentIsAChange() throws IOException {
        Windows.Window w = new Windows(dir).open(4242);
        w.send(Payloads.sessionStart("s1", "startup"));
        assertThat(w.files().path(FileKind.STATE)).doesNotExist();
        InstanceFiles beforeState = readAll(w);
        Files.writeString(w.files().path(FileKind.STATE), "{}");
        assertThat(beforeState.unchangedOnDisk()).isFalse();

        InstanceFiles withState = readAll(w);
        assertThat(withState.unchangedOnDisk()).isTrue();
        Files.delete(w.files().path(FileKind.STATE));
        assertThat(withState.unchangedOnDisk()).isFalse();
    }

    @Test
    void aFileThatCouldNotBeReadIsNeverTakenAsUnchanged() throws IOException {
        Windows.Window w = new Windows(dir).open(4242);
        w.send(Payloads.sessionStart("s1", "startup"));
        Files.createDirectory(w.files().path(FileKind.STATE)); // not a regular file: unreadable, not missing
        assertThat(readAll(w).unchangedOnDisk()).isFalse();
    }
}
