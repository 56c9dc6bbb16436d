package dev.agentpool.cli;

import dev.agentpool.core.json.Timestamps;
import dev.agentpool.core.metrics.StatuslineState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The legacy JSON shapes of {@code state --get} and {@code state --summary}, and their human one-liners. */
final class StateJson {

    private StateJson() {
    }

    static Map<String, Object> display(StatuslineState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agents", s.agents());
        m.put("tokens_used", s.tokensUsed());
        m.put("tokens_total", s.tokensTotal());
        m.put("tokens_pct", s.tokensPct());
        m.put("tokens_display", s.tokensDisplay());
        m.put("confidence", s.confidence());
        m.put("status", s.status());
        m.put("executing", s.executing());
        return m;
    }

    static Map<String, Object> summary(StatuslineState s, ZoneId zone) {
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("agents", s.agents());
        current.put("tokens", s.tokensDisplay());
        current.put("confidence", s.confidence());
        current.put("status", s.status());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lifecycle_state", s.lifecycle().wireName());
        m.put("executing", s.executing());
        m.put("request_count", s.requestCount());
        m.put("last_update", naive(s.lastUpdate(), zone));
        m.put("last_active_update", naive(s.lastActiveUpdate(), zone));
        m.put("frozen_at", naive(s.frozenAt(), zone));
        m.put("current_metrics", current);
        return m;
    }

    static String displayLine(StatuslineState s) {
        String conf = s.confidence().equals("--") ? "--" : s.confidence() + "%";
        return "Agents: " + s.agents() + " | Tokens: " + s.tokensDisplay() + " (" + s.tokensPct() + "%) | Conf: " + conf
                + " | Status: " + s.status();
    }

    static String summaryLine(StatuslineState s) {
        return "State: " + s.lifecycle().wireName() + " | requests: " + s.requestCount() + " | executing: "
                + s.executing() + " | " + displayLine(s);
    }

    private static String naive(Optional<Instant> instant, ZoneId zone) {
        return instant.map(i -> Timestamps.formatNaiveLocal(i, zone)).orElse(null);
    }
}
