package dev.agentpool.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.claude.process.InstanceIdentity;
import dev.agentpool.core.id.InstanceId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real hook processes (JVMs started from target/classes) racing on one instance, the way Claude Code fires async
 * hooks in parallel: nothing may be lost and nothing may appear that was not started.
 */
class ConcurrentHookProcessesTest {

    static final int WORKERS = 8;

    @TempDir
    Path dir;

    @Test
    void parallelHookProcessesOnOneInstanceLoseNoSubagentAndInventNone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    hook(Payloads.subagentStart("s", "w" + worker + "-keep", "Explore"));
                    hook(Payloads.subagentStart("s", "w" + worker + "-done", "Plan"));
                    return hook(Payloads.subagentStop("s", "w" + worker + "-done", "Plan"));
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        InstanceFiles files = new Windows(dir).files(instanceOfThisJvm());
        assertThat(files.readActivity().runningSubagents().keySet()).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, WORKERS).mapToObj(w -> "w" + w + "-keep").toList());
        assertThat(files.readActivity().launchedTotal()).isEqualTo(2 * WORKERS);
        assertThat(files.readCounter()).contains((long) WORKERS);
        assertThat(files.readLock()).hasValueSatisfying(l -> assertThat(l.pid()).isEqualTo(ProcessHandle.current().pid()));
    }

    private InstanceId instanceOfThisJvm() {
        var start = ProcessHandle.current().info().startInstant();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(
                TimeZone.getDefault().getOffset(start.orElseThrow().toEpochMilli()) / 1000);
        return InstanceIdentity.derive(ProcessHandle.current().pid(), start, offset);
    }

    /** One hook process with this test JVM as its Claude Code process; returns its exit code. */
    private int hook(String payload) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classesDir(),
                "dev.agentpool.Main", "hook", "--dir", dir.toString());
        Map<String, String> env = pb.environment();
        env.put("CLAUDE_PID", Long.toString(ProcessHandle.current().pid()));
        env.remove("AGENTPOOL_INSTANCE_ID");
        env.remove("ULTRATHINK_INSTANCE_ID");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().write(payload.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("hook process did not finish");
        }
        assertThat(new String(output, StandardCharsets.UTF_8)).as("hook output").isEmpty();
        return p.exitValue();
    }

    private static String classesDir() {
        try {
            return Path.of(dev.agentpool.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
