package dev.agentpool.core.metrics;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.StateLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Run as a separate OS process by {@link ConcurrentCounterProcessesTest}: waits for the go file (so all processes
 * start incrementing together), then increments one counter N times. Args: dir, instance id or "shared", N, go file.
 */
public final class CounterIncrementerMain {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Optional<InstanceId> id = args[1].equals("shared") ? Optional.empty() : Optional.of(InstanceId.of(args[1]));
        int times = Integer.parseInt(args[2]);
        Path go = Path.of(args[3]);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(go)) {
            if (System.nanoTime() > deadline) {
                System.exit(3);
            }
            Thread.onSpinWait();
        }
        MetricsStore store = new MetricsStore(new StateLayout(dir), id, Clock.systemUTC());
        for (int i = 0; i < times; i++) {
            store.incrementCounter(1);
        }
    }
}
