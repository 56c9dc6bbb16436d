package dev.agentpool.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the legacy fixture into a writable temp directory; copies get fresh modification times. */
public final class LegacyDirs {

    private LegacyDirs() {
    }

    public static Path copyLegacyFixture(Path target) {
        Path source = Fixtures.legacyStateDir();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.write(to, Files.readAllBytes(from));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory tree (never following links). */
    public static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
