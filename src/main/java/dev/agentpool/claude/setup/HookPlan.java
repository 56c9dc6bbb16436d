package dev.agentpool.claude.setup;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * The hook entries {@code setup claude} writes, one per event (integration doc §2).
 * <ul>
 *   <li>{@code "async": true} (command hooks only) wherever the hook only records: it adds no latency to the
 *       session. Not for SessionStart, whose registration the statusline and later hooks build on, and not for
 *       SessionEnd, which runs while Claude Code tears down (async hooks are killed at teardown, so the end would
 *       be lost; its 1.5 s budget is raised to our timeout).</li>
 *   <li>Matcher {@code Agent|Task} on the tool events: {@code Agent} since v2.1.63, {@code Task} before (a lone
 *       {@code Task} matcher no longer matches). Other events get no matcher (= all).</li>
 * </ul>
 */
public final class HookPlan {

    /** Seconds; far above what the command needs, well under Claude Code's defaults. */
    public static final int TIMEOUT_SECONDS = 10;
    public static final String AGENT_MATCHER = "Agent|Task";

    /** One event's entry: matcher (null for none) and whether it runs async. */
    public record Entry(String event, String matcher, boolean async) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("SessionStart", null, false),
            new Entry("SessionEnd", null, false),
            new Entry("UserPromptSubmit", null, true),
            new Entry("Stop", null, true),
            new Entry("StopFailure", null, true),
            new Entry("SubagentStart", null, true),
            new Entry("SubagentStop", null, true),
            new Entry("Notification", null, true),
            new Entry("PermissionRequest", null, true),
            new Entry("PreToolUse", AGENT_MATCHER, true),
            new Entry("PostToolUse", AGENT_MATCHER, true));

    private HookPlan() {
    }

    /** The matcher group for {@code entry} running {@code command}, in the key order Claude Code's docs use. */
    public static Map<String, Object> group(Entry entry, String command) {
        Map<String, Object> handler = new LinkedHashMap<>();
        handler.put("type", "command");
        handler.put("command", command);
        handler.put("timeout", (long) TIMEOUT_SECONDS);
        if (entry.async()) {
            handler.put("async", true);
        }
        Map<String, Object> group = new LinkedHashMap<>();
        if (entry.matcher() != null) {
            group.put("matcher", entry.matcher());
        }
        group.put("hooks", List.of(handler));
        return group;
    }

    /** The statusLine entry. */
    public static Map<String, Object> statusLine(String command) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "command");
        s.put("command", command);
        s.put("padding", 0L);
        return s;
    }
}
