package dev.agentpool.claude.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcStartTimeTest {

    /** The procfs reading must give exactly ProcessHandle's value: the instance ID and liveness depend on it. */
    @Test
    void agreesWithProcessHandleForLiveProcesses() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux procfs only");
        ProcessHandle self = ProcessHandle.current();
        for (ProcessHandle p : new ProcessHandle[] {self, self.parent().orElse(self), ProcessHandle.of(1).orElse(self)}) {
            assertThat(ProcStartTime.of(p.pid())).as("pid %d", p.pid()).isEqualTo(p.info().startInstant());
            assertThat(new OsProcessTree().startTime(p.pid())).isEqualTo(p.info().startInstant());
        }
    }

    @Test
    void aMissingProcessHasNoStartTimeAndNoNode() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux procfs only");
        assertThat(ProcStartTime.of(Integer.MAX_VALUE)).isEmpty(); // known gone, not "cannot say" (null)
        assertThat(new OsProcessTree().startTime(Integer.MAX_VALUE)).isEmpty();
        assertThat(new OsProcessTree().lookupStart(Integer.MAX_VALUE)).isEmpty();
        assertThat(new OsProcessTree().lookup(Integer.MAX_VALUE)).isEmpty();
    }

    /** The liveness lookup gives the same pid and start as the full one (parent and command line left out). */
    @Test
    void theLivenessLookupAgreesWithTheFullOne() {
        long self = ProcessHandle.current().pid();
        OsProcessTree tree = new OsProcessTree();
        assertThat(tree.lookupStart(self)).isPresent();
        assertThat(tree.lookupStart(self).get().pid()).isEqualTo(self);
        assertThat(tree.lookupStart(self).get().startTime()).isEqualTo(tree.lookup(self).get().startTime());
    }

    @Test
    void theCommandNameMayHoldSpacesAndParentheses() {
        String stat = "4242 (my (odd) name) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 123456 1000 50";
        assertThat(ProcStartTime.startTicks(stat)).isEqualTo(123456);
        assertThat(ProcStartTime.startTicks("garbage")).isEqualTo(-1);
        assertThat(ProcStartTime.bootTime("cpu  1 2 3\nintr 5 6\nbtime 1764619115\nprocesses 9\n")).isEqualTo(1764619115L);
        assertThat(ProcStartTime.bootTime("cpu 1\n")).isEqualTo(-1);
    }
}
