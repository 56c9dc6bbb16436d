package dev.agentpool.export;

import static dev.agentpool.export.SnapshotFixtures.TAKEN_AT;
import static dev.agentpool.export.SnapshotFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Snapshot;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scrape shows for a known snapshot, and that promtool's parser and linter accept it. */
class ExpositionTest {

    private static final Snapshot SNAPSHOT = SnapshotFixtures.snapshot(500, List.of(
            SnapshotFixtures.live(id(1), 3, "claude-sonnet-4-5", "/home/u/app"),
            SnapshotFixtures.waiting(id(2), 1, TAKEN_AT.minusSeconds(720)),
            SnapshotFixtures.stale(id(3), 25),
            SnapshotFixtures.stale(id(4), 35)), 2);

    @TempDir
    Path tmp;

    @Test
    void hostTotalsCountLiveAndStaleInstancesSeparately() throws IOException {
        String text = prometheusText(SNAPSHOT);

        assertThat(text).contains(
                "agentpool_live_agents{host=\"box1\"} 4.0",
                "agentpool_stale_agents{host=\"box1\"} 60.0",
                "agentpool_pool_size{host=\"box1\"} 500.0",
                "agentpool_pool_utilisation_ratio{host=\"box1\"} 0.008",
                "agentpool_live_instances{host=\"box1\"} 2.0",
                "agentpool_stale_instances{host=\"box1\"} 2.0",
                "agentpool_waiting_instances{host=\"box1\"} 1.0",
                "agentpool_scan_problems{host=\"box1\"} 2.0",
                "agentpool_scan_duration_seconds{host=\"box1\"} 0.012",
                "agentpool_snapshot_age_seconds{host=\"box1\"} 5.0");
    }

    @Test
    void numericInstanceSeriesCarryOnlyTheIdentityLabels() throws IOException {
        String text = prometheusText(SNAPSHOT);
        String live = "{host=\"box1\",instance_id=\"" + id(1) + "\"}";

        assertThat(text).contains(
                "agentpool_instance_agents" + live + " 3.0",
                "agentpool_instance_agents_launched_total" + live + " 5.0",
                "agentpool_instance_requests_total" + live + " 7.0",
                "agentpool_instance_context_used_tokens" + live + " 45000.0",
                "agentpool_instance_context_window_tokens" + live + " 200000.0",
                "agentpool_instance_heartbeat_age_seconds" + live + " 4.0",
                "agentpool_instance_stale" + live + " 0.0",
                "agentpool_instance_waiting_for_user" + live + " 0.0");
        assertThat(text).contains("agentpool_instance_lifecycle{host=\"box1\",instance_id=\"" + id(1)
                + "\",agentpool_instance_lifecycle=\"active\"} 1");
    }

    @Test
    void descriptiveLabelsLiveOnTheInfoSeriesOnly() throws IOException {
        String text = prometheusText(SNAPSHOT);

        assertThat(text).contains("agentpool_instance_info{host=\"box1\",instance_id=\"" + id(1)
                + "\",model=\"claude-sonnet-4-5\",name=\"app\",stale_reason=\"\"} 1");
        assertThat(text).contains("agentpool_instance_info{host=\"box1\",instance_id=\"" + id(3)
                + "\",model=\"\",name=\"" + id(3) + "\",stale_reason=\"process_gone\"} 1");
        assertThat(text.lines().filter(l -> l.contains("model=")))
                .allMatch(l -> l.startsWith("agentpool_instance_info{"));
    }

    @Test
    void waitingInstanceShowsHowLongItHasWaited() throws IOException {
        String waiting = "{host=\"box1\",instance_id=\"" + id(2) + "\"}";

        assertThat(prometheusText(SNAPSHOT)).contains(
                "agentpool_instance_waiting_for_user" + waiting + " 1.0",
                "agentpool_instance_waiting_for_user_seconds" + waiting + " 720.0");
    }

    @Test
    void promtoolAcceptsThePrometheusTextWithoutLintProblems() throws Exception {
        assertThat(promtoolCheckMetrics(prometheusText(SNAPSHOT))).isEqualTo(new PromtoolResult(0, ""));
    }

    @Test
    void promtoolAcceptsAnEmptyStateDirectory() throws Exception {
        String text = prometheusText(SnapshotFixtures.snapshot(500, List.of(), 0));

        assertThat(promtoolCheckMetrics(text)).isEqualTo(new PromtoolResult(0, ""));
    }

    @Test
    void promtoolRejectsMalformedTextSoItsApprovalMeansSomething() throws Exception {
        PromtoolResult result = promtoolCheckMetrics("# TYPE x counter\nx{a=\"1\" 1\n");

        assertThat(result.exitCode()).isNotZero();
    }

    @Test
    void openMetricsTextEndsWithEofAndNamesCountersByTheirFamily() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenMetricsTextFormatWriter.create().write(out, collect(SNAPSHOT), EscapingScheme.ALLOW_UTF8);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).endsWith("# EOF\n")
                .contains("# TYPE agentpool_instance_agents_launched counter")
                .contains("# TYPE agentpool_instance_lifecycle stateset")
                .contains("# UNIT agentpool_scan_duration_seconds seconds");
    }

    static MetricSnapshots collect(Snapshot snapshot) {
        Clock clock = Clock.fixed(TAKEN_AT.plusSeconds(5), ZoneOffset.UTC);
        SnapshotCache cache = new SnapshotCache(() -> snapshot, Duration.ofSeconds(1), clock);
        ExportSettings settings = new ExportSettings("box1", 500, Duration.ofSeconds(1));
        return new AgentPoolCollector(cache, settings, clock, "test").collect();
    }

    static String prometheusText(Snapshot snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, collect(snapshot), EscapingScheme.ALLOW_UTF8);
        return out.toString(StandardCharsets.UTF_8);
    }

    record PromtoolResult(int exitCode, String output) {
    }

    private PromtoolResult promtoolCheckMetrics(String text) throws Exception {
        Path input = tmp.resolve("metrics.txt");
        Files.writeString(input, text);
        Process p = new ProcessBuilder(DebianPrometheus.promtool().toString(), "check", "metrics")
                .redirectInput(input.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        return new PromtoolResult(p.exitValue(), output);
    }
}
