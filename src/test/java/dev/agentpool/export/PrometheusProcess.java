package dev.agentpool.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server (Debian's binary) on loopback, scraping one target every second, with its own storage
 * in a temp directory. Closing it stops the process (forcibly if it does not stop in 10 s).
 */
final class PrometheusProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PrometheusProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Prometheus scraping {@code target} (host:port) as job "agentpool" every second. */
    static PrometheusProcess start(Path workDir, String target) throws IOException {
        int port = freePort();
        Path config = workDir.resolve("prometheus.yml");
        Files.writeString(config, String.join("\n",
                "global:", "  scrape_interval: 1s", "  scrape_timeout: 1s", "  evaluation_interval: 1s",
                "scrape_configs:", "  - job_name: agentpool", "    static_configs:",
                "      - targets: ['" + target + "']", ""));
        Path log = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder(DebianPrometheus.prometheus().toString(),
                "--config.file=" + config, "--storage.tsdb.path=" + workDir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PrometheusProcess(process, log, port);
    }

    /**
     * Polls an instant query until it returns exactly one sample, or fails after {@code timeout} with the last
     * answer and Prometheus' log tail.
     */
    double awaitSingleValue(String promql, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "(no answer yet)";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("prometheus exited " + process.exitValue() + ":\n" + logTail());
            }
            Optional<String> answer = query(promql);
            if (answer.isPresent()) {
                last = answer.get();
                JsonNode result = JSON.readTree(last).path("data").path("result");
                if (result.size() == 1) {
                    return Double.parseDouble(result.get(0).path("value").get(1).asText());
                }
            }
            // Polling a local HTTP API: a 100 ms pause between tries keeps the two cores for the scrapes.
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no single sample for " + promql + " within " + timeout + "; last answer: " + last
                + "\nprometheus log:\n" + logTail());
    }

    private Optional<String> query(String promql) throws InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
        } catch (IOException notUpYet) {
            return Optional.empty();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
