package dev.agentpool.cli;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Sourced;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Our per-instance JSON (not in the legacy output): liveness with the reason, values with their sources. */
final class InstanceJson {

    private InstanceJson() {
    }

    /** Everything known about one instance (for {@code --instance ID}). */
    static Map<String, Object> of(InstanceSnapshot i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("instance_id", i.id().value());
        out.put("live", i.isLive());
        out.put("stale_reason", i.stale().map(r -> r.detail()).orElse(null));
        out.put("stale_kind", i.stale().map(r -> r.kind().name()).orElse(null));
        out.put("pid", i.lock().map(l -> (Object) l.pid()).orElse(null));
        out.put("name", i.displayName());
        out.put("agents", i.agents().value());
        out.put("agents_source", source(i.agents()));
        out.put("confidence", i.confidence().value() > 0 ? i.confidence().value() : "--");
        out.put("lifecycle_state", i.lifecycle().value().wireName());
        out.put("executing", i.executing());
        out.put("request_count", i.requestCount());
        out.put("tokens_used", i.tokensUsed().value());
        out.put("tokens_total", i.tokensTotal().value());
        out.put("tokens_pct", round1(i.tokensPct().value()));
        out.put("status", i.status());
        out.put("heartbeat_age_seconds", i.heartbeatAge().map(a -> (Object) (a.toMillis() / 1000.0)).orElse(null));
        out.put("files", i.files().stream().map(Path::toString).toList());
        return out;
    }

    static List<Map<String, Object>> problems(List<Problem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file().toString());
            m.put("reason", p.reason());
            return m;
        }).toList();
    }

    static String source(Sourced<?> value) {
        return value.source().wireName();
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
