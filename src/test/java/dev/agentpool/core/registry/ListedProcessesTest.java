package dev.agentpool.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.testing.FakeProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListedProcessesTest {

    private static final Instant STARTED = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path proc;

    @Test
    void afterAFewDirectLookupsOneListingDecidesWhichPidsAreGone() throws IOException {
        for (String name : new String[] {"1", "42", "self", "sys", "4194303"}) {
            Files.createDirectory(proc.resolve(name));
        }
        // 43 is alive for the OS but not in the listing (it started after the picture): gone for this pass
        FakeProcesses os = new FakeProcesses().alive(42, STARTED).alive(43, STARTED).alive(4194303, STARTED);
        ListedProcesses pass = new ListedProcesses(os, proc);
        for (int i = 0; i < ListedProcesses.DIRECT_LOOKUPS; i++) {
            assertThat(pass.lookup(43)).isPresent(); // direct: a handful of lookups never lists
        }
        int before = os.lookups();
        for (long pid = 1_000_000; pid < 1_000_100; pid++) {
            assertThat(pass.lookup(pid)).isEmpty();
        }
        assertThat(os.lookups()).as("dead pids cost no OS lookup once listed").isEqualTo(before);
        assertThat(pass.lookup(43)).isEmpty();
        assertThat(pass.lookup(42)).get().extracting(ProcessInfo::startTime).isEqualTo(java.util.Optional.of(STARTED));
        assertThat(pass.lookup(4194303)).isPresent();
        assertThat(pass.lookup(1)).as("listed but the OS says gone: gone").isEmpty();
        assertThat(pass.lookup(0)).isEmpty();
        assertThat(pass.lookup(-5)).isEmpty();
        assertThat(pass.lookup(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void anUnlistableProcDirectoryFallsBackToOneLookupPerPid() {
        FakeProcesses os = new FakeProcesses().alive(7, STARTED);
        ListedProcesses pass = new ListedProcesses(os, proc.resolve("missing"));
        for (int i = 0; i < 3 * ListedProcesses.DIRECT_LOOKUPS; i++) {
            assertThat(pass.lookup(7)).isPresent();
        }
        assertThat(os.lookups()).isEqualTo(3 * ListedProcesses.DIRECT_LOOKUPS);
    }

    @Test
    void theRealProcessTableKnowsThisJvm() {
        ProcessInspector pass = new OsProcessInspector().forOnePass();
        long self = ProcessHandle.current().pid();
        for (int i = 0; i <= ListedProcesses.DIRECT_LOOKUPS; i++) {
            assertThat(pass.lookup(1_000_000_000L + i)).isEmpty();
        }
        assertThat(pass.lookup(self)).isPresent();
    }
}
