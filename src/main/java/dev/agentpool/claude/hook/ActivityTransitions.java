package dev.agentpool.claude.hook;

import dev.agentpool.core.metrics.ActivityRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;

/**
 * What one hook event does to an instance's activity (running subagents, waiting flag, ended). Pure: the caller
 * reads the record under the instance's file lock, applies, and writes the result.
 *
 * <p>Reconciliation, because Claude Code loses events (integration doc §1.4): Stop keeps only the subagents its
 * {@code background_tasks} still lists as running (no field = older Claude Code = nothing dropped); SessionEnd
 * stops them all; a subagent with no stop after the configured timeout expires; PostToolUse of the Agent/Task tool
 * adds a launched subagent whose SubagentStart was lost (#44075) and removes one that completed in the foreground.
 *
 * <p>Waiting for the user: Notification (permission, idle, elicitation prompts) and PermissionRequest set it; the
 * next prompt, main-session tool event, Stop or session change clears it. A tool event from inside a background
 * subagent clears it only when it is the tool the permission was asked for, since other subagents keep working
 * while the window waits.
 */
public final class ActivityTransitions {

    private ActivityTransitions() {
    }

    public static ActivityRecord apply(ActivityRecord before, HookEvent event, Instant now, Duration subagentTimeout) {
        ActivityDraft d = new ActivityDraft(before, now);
        d.expire(subagentTimeout);
        switch (event.name()) {
            case "SessionStart" -> {
                d.setEnded(false);
                d.stopWaiting();
            }
            case "SessionEnd" -> {
                d.stopAll();
                d.stopWaiting();
                d.setEnded(true);
            }
            case "UserPromptSubmit" -> d.stopWaiting();
            case "SubagentStart" -> d.start(event.agentId(), event.agentType());
            case "SubagentStop" -> d.stop(event.agentId());
            case "Stop", "StopFailure" -> turnEnded(d, event);
            case "PreToolUse", "PostToolUse", "PostToolUseFailure" -> toolEvent(d, event);
            case "Notification" -> notification(d, event);
            case "PermissionRequest" -> d.waitFor(permissionReason(event.toolName()));
            default -> {
                // unknown or unused event: a heartbeat only
            }
        }
        return d.build();
    }

    private static void turnEnded(ActivityDraft d, HookEvent event) {
        d.stopWaiting();
        if (event.backgroundTasks().isPresent()) {
            d.retainOnly(new HashSet<>(event.backgroundTasks().get()));
        }
    }

    private static void toolEvent(ActivityDraft d, HookEvent event) {
        boolean fromMain = event.agentId().isEmpty();
        boolean answersPermission = d.waiting().isPresent()
                && d.waiting().get().reason().equals(permissionReason(event.toolName()));
        if (fromMain || answersPermission) {
            d.stopWaiting();
        }
        if (event.name().equals("PostToolUse") && event.isAgentTool() && !event.launchedAgentId().isEmpty()) {
            if (isFinished(event.launchStatus())) {
                d.stop(event.launchedAgentId());
            } else {
                d.start(event.launchedAgentId(), event.launchedAgentType());
            }
        }
    }

    /** Foreground Agent calls return when the subagent is done; background launches return "async_launched". */
    private static boolean isFinished(String status) {
        return status.equals("completed") || status.equals("failed") || status.equals("error")
                || status.equals("killed") || status.equals("cancelled");
    }

    private static void notification(ActivityDraft d, HookEvent event) {
        String what = switch (event.notificationType()) {
            case "permission_prompt" -> "permission";
            case "idle_prompt" -> "waiting for input";
            case "elicitation_dialog", "elicitation_url_dialog" -> "question";
            case "agent_needs_input" -> "agent needs input";
            default -> "";
        };
        if (!what.isEmpty()) {
            d.waitFor(event.message().isBlank() ? what : what + ": " + event.message());
        } else if (event.notificationType().startsWith("elicitation_")) {
            d.stopWaiting(); // elicitation_complete / elicitation_response: answered
        }
    }

    static String permissionReason(String toolName) {
        return "permission: " + (toolName.isEmpty() ? "tool" : toolName);
    }
}
