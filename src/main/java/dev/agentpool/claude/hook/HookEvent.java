package dev.agentpool.claude.hook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a Claude Code hook payload the monitor uses (see docs/claude-code-integration.md §1). Strings are
 * "" when absent.
 *
 * @param name hook_event_name, e.g. "SubagentStart"
 * @param model SessionStart only, and not always
 * @param source SessionStart: startup, resume, clear, compact, fork
 * @param reason SessionEnd: clear, resume, logout, prompt_input_exit, other
 * @param agentId the subagent (SubagentStart/Stop); on other events it marks an event from inside a subagent
 * @param launchedAgentId PostToolUse of the Agent/Task tool: tool_response.agentId
 * @param launchStatus PostToolUse of the Agent/Task tool: tool_response.status (async_launched, completed, …)
 * @param backgroundTasks Stop/SubagentStop: ids of subagent tasks still running; empty when the field is absent
 *     (older Claude Code), which is not the same as an empty list
 */
public record HookEvent(String name, String sessionId, String transcriptPath, String cwd, String model,
                        String source, String reason, String agentId, String agentType, String toolName,
                        String launchedAgentId, String launchStatus, String launchedAgentType,
                        String notificationType, String message, String sessionTitle,
                        Optional<List<String>> backgroundTasks) {

    public static HookEvent from(Map<String, Object> payload) {
        Map<String, Object> response = Payloads.object(payload, "tool_response");
        Map<String, Object> input = Payloads.object(payload, "tool_input");
        return new HookEvent(Payloads.string(payload, "hook_event_name"), Payloads.string(payload, "session_id"),
                Payloads.string(payload, "transcript_path"), Payloads.string(payload, "cwd"), model(payload),
                Payloads.string(payload, "source"), Payloads.string(payload, "reason"),
                Payloads.string(payload, "agent_id"), Payloads.string(payload, "agent_type"),
                Payloads.string(payload, "tool_name"), Payloads.string(response, "agentId"),
                Payloads.string(response, "status"), Payloads.string(input, "subagent_type"),
                Payloads.string(payload, "notification_type"), Payloads.string(payload, "message"),
                Payloads.string(payload, "session_title"), runningSubagentTasks(payload));
    }

    /** True for the subagent-launching tool under either name (Task before v2.1.63, Agent since). */
    public boolean isAgentTool() {
        return toolName.equals("Agent") || toolName.equals("Task");
    }

    /** SessionStart's model is a string in hooks; tolerate the statusLine's {id, display_name} object too. */
    private static String model(Map<String, Object> payload) {
        String plain = Payloads.string(payload, "model");
        return plain.isEmpty() ? Payloads.string(Payloads.object(payload, "model"), "id") : plain;
    }

    private static Optional<List<String>> runningSubagentTasks(Map<String, Object> payload) {
        Optional<List<Object>> tasks = Payloads.list(payload, "background_tasks");
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        {
            for (Object t : tasks.get()) {
                if (t instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> task = (Map<String, Object>) m;
                    if (isRunningSubagent(task)) {
                        ids.add(Payloads.string(task, "id"));
                    }
                }
            }
        }
        return Optional.of(ids);
    }

    /** A subagent task that has not finished; unknown status words count as running (enums grow). */
    private static boolean isRunningSubagent(Map<String, Object> task) {
        String type = Payloads.string(task, "type").toLowerCase(Locale.ROOT);
        String status = Payloads.string(task, "status").toLowerCase(Locale.ROOT);
        boolean finished = status.equals("completed") || status.equals("failed") || status.equals("killed")
                || status.equals("stopped") || status.equals("cancelled") || status.equals("error");
        return type.equals("subagent") && !finished && !Payloads.string(task, "id").isEmpty();
    }
}
