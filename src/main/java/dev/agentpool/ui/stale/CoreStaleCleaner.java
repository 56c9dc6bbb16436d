package dev.agentpool.ui.stale;

import dev.agentpool.core.aggregate.Cleanup;
import dev.agentpool.core.aggregate.CleanupPlan;
import dev.agentpool.core.aggregate.CleanupResult;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link StaleCleaner} on the core {@link Cleanup}: plans with metric max age zero (every file of a stale instance
 * goes, not only old metric files), keeps only the deletions of the requested instances, and maps the core result
 * to the report the UI shows. The core re-checks liveness per instance and each file at deletion time.
 */
public final class CoreStaleCleaner implements StaleCleaner {

    private static final String LIVE_NOW = "kept: instance";
    private static final String ALREADY_GONE = "already gone";

    private final Cleanup cleanup;

    public CoreStaleCleaner(Cleanup cleanup) {
        this.cleanup = cleanup;
    }

    @Override
    public CleanupRequest plan(CleanupRequest wanted) {
        Set<InstanceId> ids = Set.copyOf(wanted.ids());
        CleanupPlan whole = cleanup.plan(Duration.ZERO);
        List<CleanupPlan.Deletion> chosen = whole.deletions().stream().filter(d -> ids.contains(d.instance())).toList();
        CleanupPlan plan = new CleanupPlan(whole.dir(), whole.metricMaxAge(), whole.plannedAt(), chosen, List.of());
        Map<InstanceId, List<Path>> files = new HashMap<>();
        chosen.forEach(d -> files.computeIfAbsent(d.instance(), k -> new ArrayList<>()).add(d.file()));
        return new CleanupRequest(wanted.targets().stream()
                .map(t -> t.withFiles(files.getOrDefault(t.id(), List.of()))).toList(), plan);
    }

    @Override
    public CleanupReport clean(CleanupRequest planned) {
        if (!(planned.plan() instanceof CleanupPlan plan)) {
            throw new IllegalArgumentException("not a request planned by this cleaner");
        }
        CleanupResult result = cleanup.execute(plan);
        Map<Path, InstanceId> owner = new HashMap<>();
        plan.deletions().forEach(d -> owner.put(d.file(), d.instance()));
        List<CleanupReport.FailedFile> failed = new ArrayList<>();
        Map<InstanceId, CleanupReport.Kept> kept = new LinkedHashMap<>();
        for (Problem problem : result.notRemoved()) {
            if (problem.reason().startsWith(LIVE_NOW)) {
                InstanceId id = owner.get(problem.file());
                kept.putIfAbsent(id, new CleanupReport.Kept(id, "live again at deletion time"));
            } else if (!problem.reason().startsWith(ALREADY_GONE)) {
                // someone else removing a file first is the outcome asked for; anything else is a failure to show
                failed.add(new CleanupReport.FailedFile(problem.file(), problem.reason()));
            }
        }
        return new CleanupReport(result.removed(), failed, List.copyOf(kept.values()));
    }
}
