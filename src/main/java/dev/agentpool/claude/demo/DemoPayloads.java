package dev.agentpool.claude.demo;

import dev.agentpool.core.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hook and statusLine payloads shaped like Claude Code v2.1.240's (integration doc §1.3 and §3). */
final class DemoPayloads {

    private final String sessionId;
    private final String cwd;

    DemoPayloads(String sessionId, String cwd) {
        this.sessionId = sessionId;
        this.cwd = cwd;
    }

    private Map<String, Object> common(String event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session_id", sessionId);
        m.put("transcript_path", "/home/demo/.claude/projects/" + cwd.replaceAll("[^A-Za-z0-9]", "-") + "/"
                + sessionId + ".jsonl");
        m.put("cwd", cwd);
        m.put("permission_mode", "default");
        m.put("hook_event_name", event);
        return m;
    }

    String sessionStart() {
        Map<String, Object> m = common("SessionStart");
        m.remove("permission_mode");
        m.put("source", "startup");
        m.put("model", "claude-sonnet-4-5");
        return JsonWriter.compact(m);
    }

    String prompt() {
        Map<String, Object> m = common("UserPromptSubmit");
        m.put("prompt", "refactor the parser and add tests");
        return JsonWriter.compact(m);
    }

    String subagent(String event, String agentId, String type) {
        Map<String, Object> m = common(event);
        m.put("agent_id", agentId);
        m.put("agent_type", type);
        if (event.equals("SubagentStop")) {
            m.put("stop_hook_active", false);
            m.put("last_assistant_message", "Found 3 issues");
            m.put("background_tasks", List.of());
        }
        return JsonWriter.compact(m);
    }

    String stop(List<String> stillRunning) {
        Map<String, Object> m = common("Stop");
        m.put("stop_hook_active", false);
        m.put("last_assistant_message", "Done. Summary of the changes…");
        m.put("background_tasks", stillRunning.stream().map(id -> (Object) Map.of("id", id, "type", "subagent",
                "status", "running", "description", "Scan tests", "agent_type", "Explore")).toList());
        m.put("session_crons", List.of());
        return JsonWriter.compact(m);
    }

    String permissionRequest(String tool) {
        Map<String, Object> m = common("PermissionRequest");
        m.put("tool_name", tool);
        m.put("tool_input", Map.of("command", "rm -rf build"));
        return JsonWriter.compact(m);
    }

    String notification(String type, String message) {
        Map<String, Object> m = common("Notification");
        m.remove("permission_mode");
        m.put("message", message);
        m.put("notification_type", type);
        return JsonWriter.compact(m);
    }

    String statusLine(long usedTokens, double costUsd) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cwd", cwd);
        m.put("session_id", sessionId);
        m.put("model", Map.of("id", "claude-sonnet-4-5", "display_name", "Sonnet 4.5"));
        m.put("workspace", Map.of("current_dir", cwd, "project_dir", cwd));
        m.put("version", "2.1.240");
        m.put("cost", Map.of("total_cost_usd", costUsd, "total_duration_ms", 45000L));
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("input_tokens", usedTokens - 7000);
        usage.put("output_tokens", 1200L);
        usage.put("cache_creation_input_tokens", 5000L);
        usage.put("cache_read_input_tokens", 2000L);
        Map<String, Object> cw = new LinkedHashMap<>();
        cw.put("total_input_tokens", usedTokens);
        cw.put("total_output_tokens", 1200L);
        cw.put("context_window_size", 200000L);
        cw.put("used_percentage", Math.round(usedTokens / 2000.0 * 10) / 10.0);
        cw.put("current_usage", usage);
        m.put("context_window", cw);
        return JsonWriter.compact(m);
    }
}
