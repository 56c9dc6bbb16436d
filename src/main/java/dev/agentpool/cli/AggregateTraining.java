package dev.agentpool.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The aggregate half of the AppCDS training run ({@code dev.agentpool.CdsTraining}): writes a few instances shaped
 * like the legacy tools' files (plus one corrupt file, so the problem path loads too) into {@code dir} and runs
 * every fast-path form of {@code aggregate} on it, output discarded. Not used at run time.
 */
public final class AggregateTraining {

    private static final String[][] FORMS = {{"--all", "--json"}, {"--agents", "--json"}, {"--confidence", "--json"},
        {"--state", "--json"}, {"--all"}, {"--agents"}, {"--confidence"}, {"--state"}};

    private AggregateTraining() {
    }

    /** {@code dir} must exist and be empty; it is left with the training files (the caller deletes it). */
    public static void run(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("instances"));
        // more instances than ListedProcesses.DIRECT_LOOKUPS (16), so the one-listing-of-/proc path is archived too,
        // and more files than ParallelReads splits at (2 × 64) for the scan with small chunks below
        for (int i = 0; i < 40; i++) {
            writeInstance(dir, i);
        }
        Files.writeString(dir.resolve("realtime_metrics_20261127_000009_1000009_0000abcd.json"), "{not json");
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (String[] form : FORMS) {
            String[] args = new String[form.length + 3];
            args[0] = "aggregate";
            System.arraycopy(form, 0, args, 1, form.length);
            args[form.length + 1] = "--dir";
            args[form.length + 2] = dir.toString();
            AggregateFastPath.run(AggregateArgs.parse(args), System.getenv(), sink, sink);
        }
        // the fast path reads 40 instances on the calling thread (Engine.MIN_CHUNK); a big directory uses the read
        // pool, so one more scan with small chunks archives the pool's classes as well
        java.io.PrintWriter err = new java.io.PrintWriter(sink);
        try (Engine engine = new Engine(dir, System.getenv(), err, dev.agentpool.core.aggregate.ParallelReads.DEFAULT_MIN_CHUNK)) {
            AggregateJson.render(AggregateArgs.Mode.ALL, engine.aggregator().scan(), engine.clock().getZone());
        }
    }

    private static void writeInstance(Path dir, int i) throws IOException {
        long pid = 999_990L + i; // a pid that most likely does not exist: the failing OS lookup is the common case
        String id = "20261127_" + Integer.toString(1_000_000 + i).substring(1) + "_" + pid + "_0000abc"
                + Integer.toHexString(i);
        String stamp = java.time.LocalDateTime.now().minusSeconds(30L * i).toString();
        Files.writeString(dir.resolve("instances/instance_" + id + ".lock"), "{\n  \"instance_id\": \"" + id
                + "\",\n  \"pid\": " + pid + ",\n  \"start_time\": \"" + stamp + "\",\n  \"last_heartbeat\": \""
                + stamp + "\",\n  \"metadata\": {}\n}");
        Files.writeString(dir.resolve("agent_usage_counter_" + id + ".txt"), Integer.toString(10 + i));
        Files.writeString(dir.resolve("realtime_metrics_" + id + ".json"), "{\n  \"agents\": " + (10 + i)
                + ",\n  \"confidence\": 92.5,\n  \"executing\": true,\n  \"tokens_used\": 1200,\n  \"tokens_total\": "
                + "200000,\n  \"tokens_pct\": 0.6\n}");
        Files.writeString(dir.resolve("statusline_state_" + id + ".json"), "{\n  \"lifecycle_state\": \""
                + new String[] {"active", "completing", "idle", "active"}[i % 4] + "\",\n  \"agents\": \"" + (10 + i)
                + "\",\n  \"request_count\": " + i + ",\n  \"confidence\": \"99.2\",\n  \"status\": "
                + "\"\\ud83d\\udfe2 OPTIMAL\",\n  \"last_update\": \"" + stamp + "\"\n}"); // as the hook writes
    }

}
