package dev.agentpool.claude.statusline;

import dev.agentpool.claude.hook.Payloads;
import dev.agentpool.claude.hook.SessionFacts;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the statusLine JSON the monitor records (integration doc §3, v2.1.240 shape). Strings are "" when
 * absent; {@code context} is empty when the payload has no context_window (Claude Code before v2.0.65).
 */
public record StatuslinePayload(String sessionId, String sessionName, String cwd, String transcriptPath,
                                String modelId, String version, Optional<Double> costUsd,
                                Optional<ContextUsage> context) {

    public static StatuslinePayload from(Map<String, Object> json) {
        Map<String, Object> model = Payloads.object(json, "model");
        String modelId = Payloads.string(model, "id");
        String cwd = Payloads.string(json, "cwd");
        if (cwd.isEmpty()) {
            cwd = Payloads.string(Payloads.object(json, "workspace"), "current_dir");
        }
        Optional<Double> cost = Payloads.number(Payloads.object(json, "cost"), "total_cost_usd");
        if (cost.isPresent() && cost.get() < 0) { // no Optional.filter lambda on the hot path
            cost = Optional.empty();
        }
        return new StatuslinePayload(Payloads.string(json, "session_id"), Payloads.string(json, "session_name"), cwd,
                Payloads.string(json, "transcript_path"),
                modelId.isEmpty() ? Payloads.string(model, "display_name") : modelId,
                Payloads.string(json, "version"), cost, ContextUsage.of(json));
    }

    public SessionFacts facts() {
        return new SessionFacts(sessionId, cwd, modelId, transcriptPath, sessionName, version);
    }
}
