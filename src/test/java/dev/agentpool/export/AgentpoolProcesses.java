package dev.agentpool.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code agentpool} (dev.agentpool.Main on the test class path) as real OS processes. */
final class AgentpoolProcesses {

    private AgentpoolProcesses() {
    }

    private static List<String> command(List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.agentpool.Main"));
        command.addAll(args);
        return command;
    }

    /** Runs a short command to completion with {@code stdin}; fails on a non-zero exit. */
    static void run(List<String> args, Map<String, String> env, String stdin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(args)).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("agentpool " + args + " did not finish in 60 s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("agentpool " + args + " exited " + p.exitValue() + ": " + output);
        }
    }

    /** Starts a long-running command with its output going to {@code log}. */
    static Process start(List<String> args, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(args)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Polls {@code url} until it answers 200, the process dies, or the deadline passes. */
    static void awaitHealthy(Process process, String url, Path log, Duration timeout)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("serve exited " + process.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the JVM is still starting
            }
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("serve not healthy at " + url + " within " + timeout + ": " + Files.readString(log));
    }

    static void stop(Process process) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
