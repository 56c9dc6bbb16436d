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

    /**
     * A copy of the legacy fixture whose locks name a pid above the kernel's {@code pid_max}: a process that cannot
     * exist on this machine, so tests that use the real process table get "process … is gone" for certain (the
     * fixture's own pid 11009 may belong to some live process on a busy machine).
     */
    public static Path copyWithImpossiblePid(Path target) {
        copyLegacyFixture(target);
        String pid = Long.toString(impossiblePid());
        try (Stream<Path> locks = Files.list(target.resolve("instances"))) {
            for (Path lock : locks.toList()) {
                Files.writeString(lock, Files.readString(lock).replace("\"pid\": 11009", "\"pid\": " + pid));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One above {@code /proc/sys/kernel/pid_max} (Linux), else above the largest pid Linux ever allows. */
    public static long impossiblePid() {
        try {
            // not Files.readString: on this VM's kernel it returns only the first byte of /proc/sys/kernel files
            try (java.io.InputStream in = Files.newInputStream(Path.of("/proc/sys/kernel/pid_max"))) {
                return Long.parseLong(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim()) + 1;
            }
        } catch (IOException | NumberFormatException e) {
            return 4_194_305L;
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
