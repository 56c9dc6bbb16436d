package dev.agentpool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The AppCDS training run of {@code mvn package} (a JVM started with {@code -XX:ArchiveClassesAtExit}): plays the
 * Claude Code hot path ({@link dev.agentpool.claude.HotPathTraining}) and every fast-path form of {@code aggregate}
 * ({@link dev.agentpool.cli.AggregateTraining}), so one archive, {@code target/agentpool-cli.jsa}, holds the classes
 * of all the short-lived commands. Not used at run time.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        dev.agentpool.claude.HotPathTraining.main(args);
        Path dir = Files.createTempDirectory("agentpool-cds-aggregate");
        try {
            dev.agentpool.cli.AggregateTraining.run(dir);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
