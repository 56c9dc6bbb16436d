package dev.agentpool.cli;

import dev.agentpool.core.json.Timestamps;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Snapshot;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of {@code aggregate}: every key of the legacy aggregator with the legacy meaning (a metric file counts
 * while fresh, whatever its lock says), then ours (live/stale split, pool use, per-instance detail, problems).
 */
final class AggregateJson {

    /** The legacy tool's name for how it aggregates; kept so scripts that print it see a stable word. */
    static final String METHOD = "instance_isolation";

    private AggregateJson() {
    }

    static Map<String, Object> all(Snapshot s, ZoneId zone) {
        Map<String, Object> out = new LinkedHashMap<>(agents(s.legacy()));
        out.remove("instance_counts");
        out.put("agent_breakdown", agentEntries(s.legacy()));
        Map<String, Object> conf = confidence(s.legacy());
        out.put("avg_confidence", conf.get("avg_confidence"));
        out.put("max_confidence", conf.get("max_confidence"));
        out.put("min_confidence", conf.get("min_confidence"));
        out.put("confidence_breakdown", conf.get("instance_confidences"));
        Map<String, Object> state = state(s.legacy());
        state.remove("instance_states");
        out.putAll(state);
        out.put("state_breakdown", stateEntries(s.legacy()));
        out.put("timestamp", Timestamps.formatNaiveLocal(s.takenAt(), zone));
        out.put("aggregation_method", METHOD);
        out.putAll(ours(s));
        return out;
    }

    static Map<String, Object> agents(LegacyAggregate l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total_agents", l.totalAgents());
        out.put("instance_counts", agentEntries(l));
        out.put("instance_count", l.instanceCount());
        out.put("max_agents", l.maxAgents());
        out.put("min_agents", l.minAgents());
        return out;
    }

    static Map<String, Object> confidence(LegacyAggregate l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("avg_confidence", InstanceJson.round1(l.avgConfidence()));
        out.put("instance_confidences", l.confidenceBreakdown().stream().map(e -> entry(
                "instance_id", e.instanceId(), "confidence", e.confidence(), "age_seconds", e.ageSeconds())).toList());
        out.put("max_confidence", l.maxConfidence());
        out.put("min_confidence", l.minConfidence());
        return out;
    }

    static Map<String, Object> state(LegacyAggregate l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("active_instances", l.activeInstances());
        out.put("completing_instances", l.completingInstances());
        out.put("idle_instances", l.idleInstances());
        out.put("total_instances", l.totalInstances());
        out.put("total_requests", l.totalRequests());
        out.put("instance_states", stateEntries(l));
        return out;
    }

    /** Our additions, shared by every JSON mode that describes the whole directory. */
    static Map<String, Object> ours(Snapshot s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("live_instances", s.live().size());
        out.put("stale_instances", s.stale().size());
        out.put("live_agents", s.liveAgents());
        out.put("stale_agents", s.staleAgents());
        out.put("pool_size", s.poolSize());
        out.put("pool_utilization", InstanceJson.round1(s.poolUtilisation() * 100));
        out.put("instances", s.instances().stream().map(InstanceJson::brief).toList());
        out.put("problems", InstanceJson.problems(s.problems()));
        return out;
    }

    private static Object agentEntries(LegacyAggregate l) {
        return l.agentBreakdown().stream().map(e -> entry("instance_id", e.instanceId(), "agents", e.agents(),
                "age_seconds", e.ageSeconds())).toList();
    }

    private static Object stateEntries(LegacyAggregate l) {
        return l.stateBreakdown().stream().map(e -> {
            Map<String, Object> m = entry("instance_id", e.instanceId(), "lifecycle_state", e.lifecycleState(),
                    "executing", e.executing());
            m.putAll(entry("agents", e.agents(), "tokens_display", e.tokensDisplay(), "confidence", e.confidence()));
            m.put("age_seconds", e.ageSeconds());
            return m;
        }).toList();
    }

    private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        return m;
    }
}
