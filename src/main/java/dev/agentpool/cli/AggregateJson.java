package dev.agentpool.cli;

import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.json.Timestamps;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.LegacyAggregate.AgentEntry;
import dev.agentpool.core.model.LegacyAggregate.ConfidenceEntry;
import dev.agentpool.core.model.LegacyAggregate.StateEntry;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import java.time.ZoneId;
import java.util.List;

/**
 * The JSON of {@code aggregate}: every key of the legacy aggregator with the legacy meaning (a metric file counts
 * while fresh, whatever its lock says), then ours (live/stale split, pool use, per-instance detail, problems).
 * Streamed into one buffer ({@link JsonWriter#prettyStream}) rather than built as maps: at 10,000 instances the
 * output is several megabytes and the maps cost more than the writing.
 */
final class AggregateJson {

    /** The legacy tool's name for how it aggregates; kept so scripts that print it see a stable word. */
    static final String METHOD = "instance_isolation";

    /** Roughly what one instance adds to {@code --all} (breakdowns + our brief), to size the buffer once. */
    private static final int BYTES_PER_INSTANCE = 900;

    private AggregateJson() {
    }

    /** The pretty-printed JSON of {@code mode} (no trailing newline). */
    static String render(AggregateArgs.Mode mode, Snapshot s, ZoneId zone) {
        LegacyAggregate l = s.legacy();
        JsonWriter w = JsonWriter.prettyStream(1024 + BYTES_PER_INSTANCE * s.instances().size()).beginObject();
        switch (mode) {
            case AGENTS -> {
                w.name("total_agents").value(l.totalAgents());
                agentEntries(w.name("instance_counts"), l.agentBreakdown());
                agentCounts(w, l);
            }
            case CONFIDENCE -> {
                w.name("avg_confidence").value(InstanceJson.round1(l.avgConfidence()));
                confidenceEntries(w.name("instance_confidences"), l.confidenceBreakdown());
                confidenceRange(w, l);
            }
            case STATE -> {
                stateCounts(w, l);
                stateEntries(w.name("instance_states"), l.stateBreakdown());
            }
            case ALL -> all(w, s, zone);
        }
        return w.endObject().text();
    }

    private static void all(JsonWriter w, Snapshot s, ZoneId zone) {
        LegacyAggregate l = s.legacy();
        w.name("total_agents").value(l.totalAgents());
        agentCounts(w, l);
        agentEntries(w.name("agent_breakdown"), l.agentBreakdown());
        w.name("avg_confidence").value(InstanceJson.round1(l.avgConfidence()));
        confidenceRange(w, l);
        confidenceEntries(w.name("confidence_breakdown"), l.confidenceBreakdown());
        stateCounts(w, l);
        stateEntries(w.name("state_breakdown"), l.stateBreakdown());
        w.name("timestamp").value(Timestamps.formatNaiveLocal(s.takenAt(), zone));
        w.name("aggregation_method").value(METHOD);
        // ours
        w.name("live_instances").value(s.live().size());
        w.name("stale_instances").value(s.stale().size());
        w.name("live_agents").value(s.liveAgents());
        w.name("stale_agents").value(s.staleAgents());
        w.name("pool_size").value(s.poolSize());
        w.name("pool_utilization").value(InstanceJson.round1(s.poolUtilisation() * 100));
        w.name("instances").beginArray();
        for (InstanceSnapshot i : s.instances()) {
            brief(w, i);
        }
        w.endArray();
        problems(w.name("problems"), s.problems());
    }

    private static void agentCounts(JsonWriter w, LegacyAggregate l) {
        w.name("instance_count").value(l.instanceCount());
        w.name("max_agents").value(l.maxAgents());
        w.name("min_agents").value(l.minAgents());
    }

    private static void confidenceRange(JsonWriter w, LegacyAggregate l) {
        w.name("max_confidence").value(l.maxConfidence());
        w.name("min_confidence").value(l.minConfidence());
    }

    private static void stateCounts(JsonWriter w, LegacyAggregate l) {
        w.name("active_instances").value(l.activeInstances());
        w.name("completing_instances").value(l.completingInstances());
        w.name("idle_instances").value(l.idleInstances());
        w.name("total_instances").value(l.totalInstances());
        w.name("total_requests").value(l.totalRequests());
    }

    private static void agentEntries(JsonWriter w, List<AgentEntry> entries) {
        w.beginArray();
        for (AgentEntry e : entries) {
            w.beginObject().name("instance_id").value(e.instanceId()).name("agents").value(e.agents())
                    .name("age_seconds").value(e.ageSeconds()).endObject();
        }
        w.endArray();
    }

    private static void confidenceEntries(JsonWriter w, List<ConfidenceEntry> entries) {
        w.beginArray();
        for (ConfidenceEntry e : entries) {
            w.beginObject().name("instance_id").value(e.instanceId()).name("confidence").value(e.confidence())
                    .name("age_seconds").value(e.ageSeconds()).endObject();
        }
        w.endArray();
    }

    private static void stateEntries(JsonWriter w, List<StateEntry> entries) {
        w.beginArray();
        for (StateEntry e : entries) {
            w.beginObject().name("instance_id").value(e.instanceId()).name("lifecycle_state").value(e.lifecycleState())
                    .name("executing").value(e.executing()).name("agents").value(e.agents())
                    .name("tokens_display").value(e.tokensDisplay()).name("confidence").value(e.confidence())
                    .name("age_seconds").value(e.ageSeconds()).endObject();
        }
        w.endArray();
    }

    /** The few fields per instance the directory-wide JSON adds (10,000 instances must stay a small print). */
    private static void brief(JsonWriter w, InstanceSnapshot i) {
        w.beginObject().name("instance_id").value(i.id().value()).name("live").value(i.isLive());
        w.name("stale_reason").value(i.stale().isPresent() ? i.stale().get().detail() : null);
        w.name("stale_kind").value(i.stale().isPresent() ? i.stale().get().kind().name() : null);
        w.name("pid").value(i.lock().isPresent() ? (Object) i.lock().get().pid() : null);
        w.name("agents").value(i.agents().value()).name("agents_source").value(InstanceJson.source(i.agents()));
        w.name("heartbeat_age_seconds")
                .value(i.heartbeatAge().isPresent() ? (Object) (i.heartbeatAge().get().toMillis() / 1000.0) : null);
        w.endObject();
    }

    private static void problems(JsonWriter w, List<Problem> problems) {
        w.beginArray();
        for (Problem p : problems) {
            w.beginObject().name("file").value(p.file().toString()).name("reason").value(p.reason()).endObject();
        }
        w.endArray();
    }
}
