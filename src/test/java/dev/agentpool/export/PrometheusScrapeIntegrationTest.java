package dev.agentpool.export;

import static dev.agentpool.export.SnapshotFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusScrapeIntegrationTest {

    @TempDir
    Path tmp;

    @Test
    void prometheusScrapesTheFixtureSnapshot() throws Exception {
        var snapshot = SnapshotFixtures.snapshot(500, List.of(SnapshotFixtures.live(id(1), 3, "m", "/a"),
                SnapshotFixtures.stale(id(2), 25)), 0);
        ExportSettings settings = ExportSettings.defaults().withHost("it-host");
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, () -> snapshot, settings, "it");
             PrometheusProcess prometheus = PrometheusProcess.start(tmp, "127.0.0.1:" + server.port())) {
            assertThat(prometheus.awaitSingleValue("agentpool_live_agents{host=\"it-host\"}", Duration.ofSeconds(60)))
                    .isEqualTo(3.0);
            assertThat(prometheus.awaitSingleValue("agentpool_stale_instances{host=\"it-host\"}", Duration.ofSeconds(10)))
                    .isEqualTo(1.0);
        }
    }
}
