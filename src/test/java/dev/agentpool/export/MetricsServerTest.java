package dev.agentpool.export;

import static dev.agentpool.export.SnapshotFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.core.model.Snapshot;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsServerTest {

    private final AtomicInteger scans = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private MetricsServer server;

    private Snapshot scan() {
        scans.incrementAndGet();
        return SnapshotFixtures.snapshot(500, List.of(SnapshotFixtures.live(id(1), 3, "claude-sonnet-4-5", "/a")), 0);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void servesMetricsOnLoopbackByDefaultSettings() throws Exception {
        server = MetricsServer.start(MetricsServer.DEFAULT_BIND, 0, this::scan);

        HttpResponse<String> response = get(server.metricsUrl(), "text/plain");

        assertThat(server.metricsUrl()).startsWith("http://127.0.0.1:");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("agentpool_live_agents{host=").contains("} 3.0");
    }

    @Test
    void answersOpenMetricsWhenTheScraperAsksForIt() throws Exception {
        server = MetricsServer.start("127.0.0.1", 0, this::scan);

        HttpResponse<String> response = get(server.metricsUrl(), "application/openmetrics-text; version=1.0.0");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/openmetrics-text"));
        assertThat(response.body()).endsWith("# EOF\n");
    }

    @Test
    void refusesEveryMethodThatIsNotARead() throws Exception {
        server = MetricsServer.start("127.0.0.1", 0, this::scan);

        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.metricsUrl()))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method).isEqualTo(405);
        }
        assertThat(scans).hasValue(0);
    }

    @Test
    void manyScrapesInOneSecondCostOneScan() throws Exception {
        server = MetricsServer.start("127.0.0.1", 0, this::scan,
                ExportSettings.defaults().withMaxSnapshotAge(Duration.ofMinutes(1)), "test");

        List<CompletableFuture<HttpResponse<String>>> scrapes = IntStream.range(0, 20)
                .mapToObj(i -> http.sendAsync(request(server.metricsUrl(), "text/plain"),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        assertThat(scrapes).allSatisfy(s -> assertThat(s.get().statusCode()).isEqualTo(200));
        assertThat(scans).hasValue(1);
        assertThat(server.scanCount()).isEqualTo(1);
    }

    @Test
    void aPortInUseIsReportedWithTheAddress() {
        server = MetricsServer.start("127.0.0.1", 0, this::scan);
        int taken = server.port();

        assertThatThrownBy(() -> MetricsServer.start("127.0.0.1", taken, this::scan))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("127.0.0.1:" + taken);
    }

    @Test
    void afterStopThePortIsFreeAgain() {
        server = MetricsServer.start("127.0.0.1", 0, this::scan);
        int port = server.port();
        server.stop();

        server = MetricsServer.start("127.0.0.1", port, this::scan);

        assertThat(server.port()).isEqualTo(port);
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(request(url, accept), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
    }
}
