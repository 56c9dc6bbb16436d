package dev.agentpool.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several real OS processes increment one counter at once; the lock-then-replace protocol must lose nothing. */
class ConcurrentCounterProcessesTest {

    private static final int PROCESSES = 4;
    private static final int INCREMENTS = 200;

    @TempDir
    Path dir;

    @Test
    void fourProcessesIncrementingOneInstanceCounterTwoHundredTimesEachEndAtEightHundred() throws Exception {
        runAndCheck("20261127_230000_4242_0123abcd", INCREMENTS);
    }

    @Test
    void fourProcessesIncrementingTheSharedCounterLoseNothingEither() throws Exception {
        runAndCheck("shared", 50);
    }

    private void runAndCheck(String instance, int increments) throws Exception {
        Path go = dir.resolve("go");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new ProcessBuilder(javaBinary(), "-cp", classPath(), CounterIncrementerMain.class.getName(),
                    dir.toString(), instance, Integer.toString(increments), go.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out-" + i + ".log").toFile()).start());
        }
        Files.createFile(go);
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("out-" + processes.indexOf(p) + ".log"))).isZero();
        }
        String name = instance.equals("shared") ? "agent_usage_counter.txt" : "agent_usage_counter_" + instance + ".txt";
        assertThat(Files.readString(dir.resolve(name))).isEqualTo(Integer.toString(PROCESSES * increments));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** target/test-classes and target/classes: the surefire class path may be a manifest-only jar. */
    private static String classPath() throws Exception {
        Path testClasses = Path.of(CounterIncrementerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path classes = Path.of(MetricsStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses + File.pathSeparator + classes;
    }
}
