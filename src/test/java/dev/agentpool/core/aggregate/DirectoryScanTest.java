package dev.agentpool.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.StateLayout;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names are listed with File.list (the DirectoryStream when that fails or a name is not ASCII) and read on the
 * reading threads; the problems come out in the order of a sequential scan: every name problem in listing order,
 * then every read problem in listing order, whatever the split.
 */
class DirectoryScanTest {

    @TempDir
    Path dir;

    private static String id(int i) {
        return String.format("20261127_%06d_%d_%08x", i, 1000 + i, i);
    }

    /** 150 instances, every 10th with a bad name and every 7th with a corrupt metric file, enough for 2+ chunks. */
    private void fill() throws IOException {
        Files.createDirectories(dir.resolve("instances"));
        for (int i = 0; i < 150; i++) {
            Files.writeString(dir.resolve("agent_usage_counter_" + id(i) + ".txt"), i % 7 == 0 ? "x" : "3");
            Files.writeString(dir.resolve("instances").resolve("instance_" + id(i) + ".lock"),
                    "{\"instance_id\": \"" + id(i) + "\", \"pid\": " + (1000 + i) + "}");
            if (i % 10 == 0) {
                Files.writeString(dir.resolve("realtime_metrics_bad" + i + ".json"), "{}");
                Files.writeString(dir.resolve("instances").resolve("instance_bad" + i + ".lock"), "{}");
            }
        }
        Files.writeString(dir.resolve(".agent_usage_counter_" + id(1) + ".txt.0123456789abcdef.tmp"), "9");
    }

    private DirectoryScan.Result scan(ParallelReads reads) {
        return DirectoryScan.scan(new StateLayout(dir), ZoneOffset.UTC, reads);
    }

    /** The problems a sequential scan reports, derived from the listing itself (the order of readdir). */
    private List<String> expectedProblemFiles() throws IOException {
        List<String> names = new ArrayList<>();
        List<String> reads = new ArrayList<>();
        for (Path d : List.of(dir, dir.resolve("instances"))) {
            try (DirectoryStream<Path> listed = Files.newDirectoryStream(d)) {
                for (Path p : listed) {
                    String name = p.getFileName().toString();
                    if (name.contains("_bad")) {
                        names.add(p.toString());
                    } else if (name.startsWith("agent_usage_counter_") && Files.readString(p).equals("x")) {
                        reads.add(p.toString());
                    }
                }
            }
        }
        names.addAll(reads);
        return names;
    }

    private static List<String> files(List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(p.file().toString());
        }
        return out;
    }

    @Test
    void problemsKeepTheSequentialOrderWhateverTheSplit() throws IOException {
        fill();
        DirectoryScan.Result sequential = scan(ParallelReads.sequential());
        assertThat(sequential.instances()).hasSize(150);
        assertThat(files(sequential.problems())).isEqualTo(expectedProblemFiles());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int threads = 2; threads <= 3; threads++) {
                DirectoryScan.Result parallel = scan(new ParallelReads(pool, threads));
                assertThat(parallel.problems()).isEqualTo(sequential.problems());
                assertThat(parallel.instances()).extracting(InstanceFiles::id)
                        .isEqualTo(sequential.instances().stream().map(InstanceFiles::id).toList());
                assertThat(parallel.instances()).extracting(f -> f.counter().isOk())
                        .isEqualTo(sequential.instances().stream().map(f -> f.counter().isOk()).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNameThatIsNotAsciiIsReportedWithTheListedPath() throws IOException {
        fill();
        Path odd = dir.resolve("realtime_metrics_\u00e9t\u00e9.json");
        Files.writeString(odd, "{}");
        DirectoryScan.Result s = scan(ParallelReads.sequential());
        assertThat(s.problems()).contains(
                new Problem(odd, "name looks like ours but holds no valid instance ID; ignored"));
        assertThat(s.instances()).hasSize(150);
    }

    @Test
    void aDirectoryThatCannotBeListedIsAProblemInItsPlace() throws IOException {
        // File.list says only "null": the DirectoryStream's exception gives the reason, as before
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        DirectoryScan.Result s = DirectoryScan.scan(new StateLayout(file), ZoneOffset.UTC, ParallelReads.sequential());
        assertThat(s.instances()).isEmpty();
        assertThat(s.problems()).extracting(Problem::file).containsExactly(file, file.resolve("instances"));
        assertThat(s.problems()).extracting(Problem::reason)
                .allSatisfy(r -> assertThat(r).startsWith("cannot be listed: "));
    }
}
