package dev.agentpool.export;

import dev.agentpool.core.model.InstanceSnapshot;
import java.util.Comparator;
import java.util.List;

/**
 * Bounds per-instance label cardinality: at most {@code limit} instances, live ones first, then the newest (IDs
 * start with their creation time, so the greatest ID is the newest). Stale leftovers can pile up by the thousand;
 * they must never push a live instance out of the export.
 */
record InstanceSelection(List<InstanceSnapshot> selected, int dropped) {

    private static final Comparator<InstanceSnapshot> LIVE_THEN_NEWEST =
            Comparator.comparing(InstanceSnapshot::isStale)
                    .thenComparing(InstanceSnapshot::id, Comparator.reverseOrder());

    static InstanceSelection of(List<InstanceSnapshot> instances, int limit) {
        if (instances.size() <= limit) {
            return new InstanceSelection(instances, 0);
        }
        List<InstanceSnapshot> kept = instances.stream().sorted(LIVE_THEN_NEWEST).limit(limit).toList();
        return new InstanceSelection(kept, instances.size() - kept.size());
    }
}
