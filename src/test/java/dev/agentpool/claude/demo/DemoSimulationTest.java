package dev.agentpool.claude.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.claude.Aggregation;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSimulationTest {

    @TempDir
    Path dir;

    @Test
    void windowsShowLiveWithRealOwnersAndCleanRemovesTheirFiles() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        DemoSimulation demo = new DemoSimulation(dir, 2, AgentPoolConfig.defaults(), lines::add);
        demo.start();
        try {
            awaitLines(lines, 6);
            Snapshot s = dev.agentpool.claude.Aggregation.snapshot(
                    dev.agentpool.claude.HotPathContext.system(dir, AgentPoolConfig.defaults()));
            assertThat(s.live()).extracting(InstanceSnapshot::id)
                    .containsExactlyInAnyOrderElementsOf(demo.instanceIds());
            assertThat(s.live()).allSatisfy(i -> assertThat(i.claude().cwd()).startsWith("/home/demo/project-"));
            assertThat(lines).anyMatch(l -> l.startsWith("window 1: Agents: "));
            demo.ownerPids().forEach(pid -> assertThat(ProcessHandle.of(pid)).isPresent());
        } finally {
            demo.stop();
        }
        assertThat(demo.clean()).isGreaterThan(0);
        try (Stream<Path> left = Files.walk(dir)) {
            assertThat(left.filter(Files::isRegularFile).filter(p -> !p.toString().contains("logs"))).isEmpty();
        }
        demo.ownerPids().forEach(pid -> awaitGone(pid));
    }

    private static void awaitLines(List<String> lines, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (lines.size() < count && Instant.now().isBefore(deadline)) {
            synchronized (lines) {
                lines.wait(50);
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(count);
    }

    private static void awaitGone(long pid) {
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join());
    }
}
