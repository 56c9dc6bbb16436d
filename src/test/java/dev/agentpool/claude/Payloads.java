package dev.agentpool.claude;

/**
 * Hook and statusLine payloads shaped like docs/claude-code-integration.md §1.3 and §3 (values illustrative there,
 * made per window here).
 */
public final class Payloads {

    private Payloads() {
    }

    private static String common(String session, String event) {
        return "\"session_id\":\"" + session + "\",\"transcript_path\":\"/home/u/.claude/projects/-home-u-app/"
                + session + ".jsonl\",\"cwd\":\"/home/u/app\",\"hook_event_name\":\"" + event + "\"";
    }

    public static String sessionStart(String session, String source) {
        return "{" + common(session, "SessionStart") + ",\"source\":\"" + source + "\",\"model\":\"claude-sonnet-4-5\"}";
    }

    public static String sessionEnd(String session, String reason) {
        return "{" + common(session, "SessionEnd") + ",\"reason\":\"" + reason + "\"}";
    }

    public static String prompt(String session) {
        return "{" + common(session, "UserPromptSubmit") + ",\"permission_mode\":\"default\","
                + "\"prompt\":\"refactor the parser\",\"prompt_id\":\"550e8400-e29b-41d4-a716-446655440000\"}";
    }

    public static String subagentStart(String session, String agentId, String type) {
        return "{" + common(session, "SubagentStart") + ",\"permission_mode\":\"default\",\"agent_id\":\"" + agentId
                + "\",\"agent_type\":\"" + type + "\"}";
    }

    public static String subagentStop(String session, String agentId, String type) {
        return "{" + common(session, "SubagentStop") + ",\"permission_mode\":\"default\",\"stop_hook_active\":false,"
                + "\"agent_id\":\"" + agentId + "\",\"agent_type\":\"" + type + "\",\"agent_transcript_path\":"
                + "\"/home/u/.claude/projects/-home-u-app/" + session + "/subagents/agent-" + agentId + ".jsonl\","
                + "\"last_assistant_message\":\"Found 3 issues\",\"background_tasks\":[],\"session_crons\":[]}";
    }

    /** Stop of v2.1.145+: {@code runningSubagents} listed as running background subagent tasks, plus a shell. */
    public static String stop(String session, String... runningSubagents) {
        StringBuilder tasks = new StringBuilder("{\"id\":\"b7x1\",\"type\":\"shell\",\"status\":\"running\","
                + "\"description\":\"npm run dev\"}");
        for (String id : runningSubagents) {
            tasks.append(",{\"id\":\"").append(id).append("\",\"type\":\"subagent\",\"status\":\"running\","
                    + "\"description\":\"Scan tests\",\"agent_type\":\"Explore\"}");
        }
        return "{" + common(session, "Stop") + ",\"permission_mode\":\"default\",\"stop_hook_active\":false,"
                + "\"last_assistant_message\":\"Done.\",\"background_tasks\":[" + tasks + "],\"session_crons\":[]}";
    }

    /** Stop of Claude Code before v2.1.145: no background_tasks field at all. */
    public static String stopOld(String session) {
        return "{" + common(session, "Stop") + ",\"stop_hook_active\":false}";
    }

    public static String stopFailure(String session) {
        return "{" + common(session, "StopFailure") + ",\"error\":\"rate_limit\"}";
    }

    public static String agentLaunched(String session, String tool, String agentId) {
        return "{" + common(session, "PostToolUse") + ",\"permission_mode\":\"default\",\"tool_name\":\"" + tool
                + "\",\"tool_input\":{\"description\":\"Scan tests\",\"prompt\":\"Find flaky tests\","
                + "\"subagent_type\":\"Explore\"},\"tool_response\":{\"status\":\"async_launched\",\"agentId\":\""
                + agentId + "\",\"description\":\"Scan tests\",\"prompt\":\"Find flaky tests\",\"outputFile\":\"/tmp/o\","
                + "\"resolvedModel\":\"claude-sonnet-4-5\"},\"tool_use_id\":\"toolu_01ABC\",\"duration_ms\":35}";
    }

    public static String agentCompleted(String session, String tool, String agentId) {
        return "{" + common(session, "PostToolUse") + ",\"tool_name\":\"" + tool + "\",\"tool_input\":{\"prompt\":\"x\","
                + "\"subagent_type\":\"Plan\"},\"tool_response\":{\"status\":\"completed\",\"agentId\":\"" + agentId
                + "\",\"content\":[],\"totalTokens\":1200,\"usage\":{\"input_tokens\":10,\"output_tokens\":5}},"
                + "\"tool_use_id\":\"toolu_02\"}";
    }

    public static String preToolUse(String session, String tool, String agentId) {
        String inside = agentId.isEmpty() ? "" : ",\"agent_id\":\"" + agentId + "\",\"agent_type\":\"Explore\"";
        return "{" + common(session, "PreToolUse") + ",\"tool_name\":\"" + tool + "\",\"tool_input\":{\"command\":"
                + "\"ls\"},\"tool_use_id\":\"toolu_03\"" + inside + "}";
    }

    public static String permissionRequest(String session, String tool) {
        return "{" + common(session, "PermissionRequest") + ",\"tool_name\":\"" + tool + "\",\"tool_input\":"
                + "{\"command\":\"rm -rf build\"},\"permission_suggestions\":[]}";
    }

    public static String notification(String session, String type, String message) {
        return "{" + common(session, "Notification") + ",\"message\":\"" + message + "\",\"title\":\"Claude Code\","
                + "\"notification_type\":\"" + type + "\"}";
    }
}
