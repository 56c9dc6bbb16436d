package dev.agentpool.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostNameTest {

    @Test
    void procFilesAreReadToTheEndNotJustTheFirstRead() throws Exception {
        Path pidMax = Path.of("/proc/sys/kernel/pid_max");
        String expected;
        try (BufferedReader reader = Files.newBufferedReader(pidMax)) {
            expected = reader.readLine().strip();
        }
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(HostName.readProcFile(pidMax)).isEqualTo(expected);
    }

    @Test
    void localHostNameIsTheKernelsHostName() throws Exception {
        String kernel;
        try (BufferedReader reader = Files.newBufferedReader(Path.of("/proc/sys/kernel/hostname"))) {
            kernel = reader.readLine().strip();
        }
        assertThat(HostName.local(Map.of())).isEqualTo(kernel);
    }
}
