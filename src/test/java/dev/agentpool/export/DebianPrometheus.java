package dev.agentpool.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code prometheus} package (the server and promtool), fetched with {@code apt-get download} into a cache
 * directory and unpacked with {@code dpkg-deb -x}: no root, no system service. If it cannot be had, tests that need
 * it FAIL with the reason; they never pass silently. Cache: {@code $AGENTPOOL_CI_CACHE} or
 * {@code ~/.cache/agentpool-ci} (.ci/run fetches it there before the tests).
 */
final class DebianPrometheus {

    private DebianPrometheus() {
    }

    static Path promtool() {
        return home().resolve("usr/bin/promtool");
    }

    static Path prometheus() {
        return home().resolve("usr/bin/prometheus");
    }

    /** The unpacked package root, fetched on first use. */
    static synchronized Path home() {
        Path root = cacheDir().resolve("prometheus");
        if (Files.isExecutable(root.resolve("usr/bin/prometheus")) && Files.isExecutable(root.resolve("usr/bin/promtool"))) {
            return root;
        }
        try {
            Files.createDirectories(cacheDir());
            Path deb = download();
            Path unpacking = Files.createTempDirectory(cacheDir(), "prometheus-unpack");
            run(List.of("dpkg-deb", "-x", deb.toString(), unpacking.toString()), cacheDir());
            Files.move(unpacking, root, StandardCopyOption.ATOMIC_MOVE);
            return root;
        } catch (IOException e) {
            throw new IllegalStateException(failure(e.getMessage()), e);
        }
    }

    private static Path download() throws IOException {
        Path existing = findDeb();
        if (existing != null) {
            return existing;
        }
        run(List.of("apt-get", "download", "prometheus"), cacheDir());
        Path deb = findDeb();
        if (deb == null) {
            throw new IOException("apt-get download prometheus left no .deb in " + cacheDir());
        }
        return deb;
    }

    private static Path findDeb() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir())) {
            return files.filter(p -> p.getFileName().toString().matches("prometheus_.*\\.deb"))
                    .sorted().reduce((a, b) -> b).orElse(null);
        }
    }

    static Path cacheDir() {
        String env = System.getenv("AGENTPOOL_CI_CACHE");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "agentpool-ci");
    }

    /** Runs a command to completion (5 min at most), failing with its output when it exits non-zero. */
    static String run(List<String> command, Path workDir) throws IOException {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        try {
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 5 minutes");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": " + out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while running " + command, e);
        }
    }

    private static String failure(String reason) {
        return "Debian's prometheus package is required for this test and could not be fetched into " + cacheDir()
                + " (" + reason + "). It is fetched with `apt-get download prometheus` (run `apt-get update` first on"
                + " a fresh machine; .ci/run does) and unpacked with `dpkg-deb -x`. This test fails rather than"
                + " skipping so that a missing binary is never mistaken for a pass.";
    }
}
