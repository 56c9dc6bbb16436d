package dev.agentpool.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OsProcessInspectorTest {

    private final OsProcessInspector inspector = new OsProcessInspector();

    @Test
    void seesThisProcessWithItsStartTimeAndParent() {
        ProcessInfo self = OsProcessInspector.self();
        assertThat(self.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(self.startTime()).isPresent();
        assertThat(inspector.lookup(self.pid())).map(ProcessInfo::startTime).contains(self.startTime());
        assertThat(inspector.parentOfSelf()).map(ProcessInfo::pid).isEqualTo(self.parentPid());
    }

    @Test
    void reportsAProcessGoneOnceItHasExited() throws Exception {
        Process child = new ProcessBuilder("true").start();
        long pid = child.pid();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inspector.lookup(pid)).isEmpty();
    }

    @Test
    void aLiveChildHasAStartTimeAtOrAfterOurs() throws Exception {
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            ProcessInfo info = inspector.lookup(child.pid()).orElseThrow();
            assertThat(info.startTime().orElseThrow()).isAfterOrEqualTo(OsProcessInspector.self().startTime().orElseThrow()
                    .minusSeconds(2));
            assertThat(info.parentPid()).contains(ProcessHandle.current().pid());
        } finally {
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPidWithoutAProcEntryIsGoneAsProcessHandleSaysToo() {
        // the /proc shortcut against ProcessHandle, the oracle (pids that cannot exist or do not exist now)
        for (long pid : new long[] {0, -1, -42, 4_194_304L + 17, Integer.MAX_VALUE, Long.MAX_VALUE}) {
            assertThat(inspector.lookup(pid)).as("pid %d", pid).isEmpty();
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("pid %d", pid).isEmpty();
        }
        assertThat(inspector.lookup(ProcessHandle.current().pid())).isPresent();
    }
}
