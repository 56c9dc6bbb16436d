package dev.agentpool.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Writes a benchmark state directory: N instances × 4 files (lock, counter, realtime metrics, state), shaped like
 * the legacy fixture. Each instance names its own pid (1,000,000 + i: above Linux's default pid_max, so none is
 * alive and every liveness lookup is a real, failing OS query).
 *
 * <p>Run: {@code java -cp target/test-classes dev.agentpool.bench.BenchStateDir DIR N}
 */
public final class BenchStateDir {

    private BenchStateDir() {
    }

    public static void main(String[] args) throws IOException {
        generate(Path.of(args[0]), Integer.parseInt(args[1]), LocalDateTime.now());
    }

    public static void generate(Path dir, int instances, LocalDateTime now) throws IOException {
        Files.createDirectories(dir.resolve("instances"));
        for (int i = 0; i < instances; i++) {
            long pid = 1_000_000L + i;
            String id = String.format("20261127_%06d_%d_%08x", i % 240000, pid, i * 2654435761L & 0xffffffffL);
            int agents = 10 + i % 40;
            long tokens = 1000L * (i % 200);
            String stamp = now.toString();
            write(dir.resolve("instances/instance_" + id + ".lock"), lock(id, pid, stamp, i));
            write(dir.resolve("agent_usage_counter_" + id + ".txt"), Integer.toString(agents));
            write(dir.resolve("realtime_metrics_" + id + ".json"), metrics(agents, tokens, i));
            write(dir.resolve("statusline_state_" + id + ".json"), state(agents, tokens, stamp, i));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String lock(String id, long pid, String stamp, int i) {
        return "{\n  \"instance_id\": \"" + id + "\",\n  \"pid\": " + pid + ",\n  \"start_time\": \"" + stamp
                + "\",\n  \"last_heartbeat\": \"" + stamp + "\",\n  \"metadata\": {\n    \"window\": " + i
                + "\n  }\n}";
    }

    private static String metrics(int agents, long tokens, int i) {
        double pct = tokens / 2000.0;
        return "{\n  \"agents\": " + agents + ",\n  \"agents_total\": " + agents + ",\n  \"confidence\": "
                + (90 + i % 10) + ".5,\n  \"executing\": " + (i % 2 == 0) + ",\n  \"tokens_used\": " + tokens
                + ",\n  \"tokens_total\": 200000,\n  \"tokens_pct\": " + pct + ",\n  \"context_pct\": " + pct + "\n}";
    }

    private static String state(int agents, long tokens, String stamp, int i) {
        String[] states = {"active", "completing", "idle"};
        return "{\n  \"lifecycle_state\": \"" + states[i % 3] + "\",\n  \"agents\": \"" + agents
                + "\",\n  \"tokens_used\": " + tokens + ",\n  \"tokens_total\": 200000,\n  \"tokens_pct\": "
                + tokens / 2000.0 + ",\n  \"tokens_display\": \"" + tokens / 1000 + "k/200k\",\n  \"confidence\": \"99.2\","
                + "\n  \"status\": \"\\ud83d\\udfe2 OPTIMAL\",\n  \"executing\": " + (i % 3 == 0)
                + ",\n  \"last_update\": \"" + stamp + "\",\n  \"last_active_update\": \"" + stamp
                + "\",\n  \"frozen_at\": null,\n  \"request_count\": " + i % 7 + "\n}";
    }
}
