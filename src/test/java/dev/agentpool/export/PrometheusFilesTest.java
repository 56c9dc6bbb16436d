package dev.agentpool.export;

import static dev.agentpool.export.SnapshotFixtures.TAKEN_AT;
import static dev.agentpool.export.SnapshotFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped Prometheus config, alert rules and Grafana dashboard: valid, and only about metrics we export. */
class PrometheusFilesTest {

    private static final Path DIR = Path.of("packaging/prometheus");
    private static final Pattern METRIC = Pattern.compile("\\bagentpool_[a-z_]+");

    @Test
    void promtoolAcceptsTheExampleConfigAndItsRuleFile() throws IOException {
        String out = promtool("check", "config", "prometheus.yml");

        assertThat(out).contains("SUCCESS: prometheus.yml is valid", "SUCCESS: 5 rules found");
    }

    @Test
    void promtoolAcceptsTheAlertRules() throws IOException {
        assertThat(promtool("check", "rules", "agentpool-rules.yml")).contains("SUCCESS: 5 rules found");
    }

    @Test
    void alertRulesFireAtTheDocumentedThresholds() throws IOException {
        assertThat(promtool("test", "rules", "agentpool-rules.test.yml")).contains("SUCCESS");
    }

    @Test
    void dashboardHasPerHostAndPerInstancePanelsWithQueries() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DIR.resolve("agentpool-dashboard.json").toFile());
        List<String> rows = dashboard.get("panels").findValuesAsText("title");

        assertThat(rows).contains("Per host", "Per instance", "Pool utilisation", "Agents per instance");
        assertThat(dashboard.get("panels").findValues("expr")).hasSizeGreaterThan(8);
    }

    @Test
    void rulesAndDashboardOnlyUseMetricsTheExporterServes() throws IOException {
        String exposed = ExpositionTest.prometheusText(SnapshotFixtures.snapshot(500, List.of(
                SnapshotFixtures.live(id(1), 3, "claude-sonnet-4-5", "/a"),
                SnapshotFixtures.waiting(id(2), 1, TAKEN_AT.minusSeconds(60)),
                SnapshotFixtures.stale(id(3), 25)), 0));
        Set<String> exposedNames = names(exposed);

        Set<String> used = new TreeSet<>();
        used.addAll(names(Files.readString(DIR.resolve("agentpool-rules.yml"))));
        used.addAll(names(Files.readString(DIR.resolve("agentpool-dashboard.json"))));

        assertThat(used).hasSizeGreaterThan(10);
        assertThat(exposedNames).containsAll(used);
    }

    private static Set<String> names(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String promtool(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(DebianPrometheus.promtool().toString()));
        command.addAll(List.of(args));
        return DebianPrometheus.run(command, DIR);
    }
}
