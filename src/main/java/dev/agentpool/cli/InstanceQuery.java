package dev.agentpool.cli;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code aggregate --instance ID}: legacy keys instance_id, agents, confidence, state (always JSON), then ours. */
final class InstanceQuery {

    /** Exit code when the instance is unknown (the legacy tool printed a plain line). */
    static final int NOT_FOUND = 1;

    private InstanceQuery() {
    }

    static int print(Snapshot s, InstanceId id, PrintWriter out) {
        Optional<InstanceSnapshot> found = s.instances().stream().filter(i -> i.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            out.println("Instance " + id + " not found");
            return NOT_FOUND;
        }
        InstanceSnapshot i = found.get();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("lifecycle_state", i.lifecycle().value().wireName());
        state.put("executing", i.executing());
        state.put("request_count", i.requestCount());
        state.put("status", i.status());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("instance_id", id.value());
        json.put("agents", i.agents().value());
        json.put("confidence", i.confidence().value() > 0 ? i.confidence().value() : null);
        json.put("state", state);
        Map<String, Object> ours = InstanceJson.of(i);
        ours.keySet().removeAll(json.keySet());
        json.putAll(ours);
        out.println(JsonWriter.pretty(json));
        return 0;
    }
}
