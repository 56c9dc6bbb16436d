package dev.agentpool.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.ui.Fixtures;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The monitor's metrics option: real HTTP on loopback, a port in use reported and never thrown. */
class MetricsEndpointTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private final MetricsEndpoint endpoint = new MetricsEndpoint("127.0.0.1");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    @Test
    void turnedOnItServesThePollersLatestSnapshotAndTurnedOffItFreesThePort() throws Exception {
        endpoint.offer(Fixtures.liveAndStale(Path.of("/state")));
        MetricsEndpoint.Status on = endpoint.apply(true, 0);
        int port = endpoint.port().orElseThrow();

        assertThat(on.error()).isFalse();
        assertThat(on.note()).isEqualTo("metrics on http://127.0.0.1:" + port + "/metrics");
        HttpResponse<String> response = get(port);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("agentpool_live_agents").containsPattern("agentpool_live_agents\\{[^}]*} 140");

        MetricsEndpoint.Status off = endpoint.apply(false, 0);
        assertThat(off).isEqualTo(new MetricsEndpoint.Status("", false));
        assertThat(endpoint.port()).isEmpty();
        assertThat(canBind(port)).as("port %d free again", port).isTrue();
    }

    @Test
    void aPortInUseIsReportedAndLeavesTheEndpointOff() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
            MetricsEndpoint.Status status = endpoint.apply(true, taken.getLocalPort());

            assertThat(status.error()).isTrue();
            assertThat(status.note()).startsWith("metrics off: port " + taken.getLocalPort() + " on 127.0.0.1 cannot be used");
            assertThat(endpoint.port()).isEmpty();
        }
    }

    @Test
    void anotherPortMovesTheEndpoint() throws Exception {
        endpoint.offer(Fixtures.liveAndStale(Path.of("/state")));
        endpoint.apply(true, 0);
        int first = endpoint.port().orElseThrow();
        int second;
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            second = probe.getLocalPort();
        }

        endpoint.apply(true, second);

        assertThat(endpoint.port()).contains(second);
        assertThat(get(second).body()).contains("agentpool_live_agents");
        assertThat(canBind(first)).isTrue();
    }

    @Test
    void aScrapeBeforeTheFirstScanFailsInsteadOfReportingAnEmptyPool() throws Exception {
        endpoint.apply(true, 0);
        assertThat(get(endpoint.port().orElseThrow()).statusCode()).isEqualTo(500);
    }

    private HttpResponse<String> get(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static boolean canBind(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, LOOPBACK)) {
            return true;
        } catch (BindException e) {
            return false;
        }
    }
}
