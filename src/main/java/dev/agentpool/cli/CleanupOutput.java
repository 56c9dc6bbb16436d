package dev.agentpool.cli;

import dev.agentpool.core.aggregate.Cleanup;
import dev.agentpool.core.aggregate.CleanupPlan;
import dev.agentpool.core.aggregate.CleanupResult;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code aggregate --cleanup}: legacy keys cleaned_count, cleaned_files, max_age_hours, then what was kept. */
final class CleanupOutput {

    private CleanupOutput() {
    }

    static int run(Cleanup cleanup, double maxAgeHours, boolean dryRun, boolean json, PrintWriter out) {
        CleanupPlan plan = cleanup.plan(Duration.ofMillis(Math.round(maxAgeHours * 3_600_000)));
        CleanupResult result = dryRun ? new CleanupResult(List.of(), List.of(), plan.leftAlone())
                : cleanup.execute(plan);
        List<Path> listed = dryRun ? plan.files() : result.removed();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cleaned_count", listed.size());
            m.put("cleaned_files", listed.stream().map(Path::toString).toList());
            m.put("max_age_hours", maxAgeHours);
            m.put("dry_run", dryRun);
            m.put("not_removed", InstanceJson.problems(result.notRemoved()));
            m.put("left_alone", InstanceJson.problems(result.leftAlone()));
            out.println(JsonWriter.pretty(m));
        } else {
            out.println((dryRun ? "Would clean " : "Cleaned ") + listed.size() + " files (metric files older than "
                    + maxAgeHours + " hours, locks of stale instances)");
            listed.forEach(p -> out.println("  " + p));
            lines("Kept", result.notRemoved(), out);
            lines("Left alone", result.leftAlone(), out);
        }
        out.flush();
        return 0;
    }

    private static void lines(String title, List<Problem> problems, PrintWriter out) {
        if (!problems.isEmpty()) {
            out.println(title + ":");
            problems.forEach(p -> out.println("  " + p));
        }
    }
}
