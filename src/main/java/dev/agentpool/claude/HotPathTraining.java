package dev.agentpool.claude;

import dev.agentpool.core.json.Charsets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The AppCDS training run of {@code mvn package}: plays a realistic sequence of hook events and a statusLine payload
 * through the real entry points, in a scratch state directory, so that the JVM started with
 * {@code -XX:ArchiveClassesAtExit} archives every class the hot path loads. Not used at run time.
 */
public final class HotPathTraining {

    private static final String COMMON = "\"session_id\":\"8f1c0d7e-training\",\"transcript_path\":"
            + "\"/tmp/agentpool-training/8f1c.jsonl\",\"cwd\":\"/tmp/agentpool-training\",\"permission_mode\":\"default\"";

    private static final List<String> HOOKS = List.of(
            "{" + COMMON + ",\"hook_event_name\":\"SessionStart\",\"source\":\"startup\",\"model\":\"claude-sonnet-4-5\"}",
            "{" + COMMON + ",\"hook_event_name\":\"UserPromptSubmit\",\"prompt\":\"refactor\",\"prompt_id\":\"550e\"}",
            "{" + COMMON + ",\"hook_event_name\":\"SubagentStart\",\"agent_id\":\"a4d2c8f1e0b3a297\",\"agent_type\":\"Explore\"}",
            "{" + COMMON + ",\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Agent\",\"tool_input\":{\"prompt\":\"x\","
                    + "\"subagent_type\":\"Explore\"},\"tool_response\":{\"status\":\"async_launched\",\"agentId\":"
                    + "\"a4d2c8f1e0b3a297\"},\"tool_use_id\":\"toolu_01\",\"duration_ms\":35}",
            "{" + COMMON + ",\"hook_event_name\":\"PermissionRequest\",\"tool_name\":\"Bash\",\"tool_input\":{}}",
            "{" + COMMON + ",\"hook_event_name\":\"Notification\",\"message\":\"Claude needs your permission\","
                    + "\"notification_type\":\"permission_prompt\"}",
            "{" + COMMON + ",\"hook_event_name\":\"SubagentStop\",\"agent_id\":\"a4d2c8f1e0b3a297\",\"agent_type\":"
                    + "\"Explore\",\"stop_hook_active\":false,\"background_tasks\":[],\"session_crons\":[]}",
            "{" + COMMON + ",\"hook_event_name\":\"Stop\",\"stop_hook_active\":false,\"last_assistant_message\":\"Done\","
                    + "\"background_tasks\":[{\"id\":\"b1\",\"type\":\"subagent\",\"status\":\"running\"}],"
                    + "\"session_crons\":[]}",
            "not json");

    private static final String STATUS_LINE = "{\"cwd\":\"/tmp/agentpool-training\",\"session_id\":\"8f1c0d7e-training\","
            + "\"model\":{\"id\":\"claude-opus-4-1\",\"display_name\":\"Opus\"},\"workspace\":{\"current_dir\":\"/tmp\","
            + "\"project_dir\":\"/tmp\",\"added_dirs\":[]},\"version\":\"2.1.240\",\"cost\":{\"total_cost_usd\":0.0123,"
            + "\"total_duration_ms\":45000},\"context_window\":{\"total_input_tokens\":15500,\"total_output_tokens\":1200,"
            + "\"context_window_size\":200000,\"used_percentage\":8,\"remaining_percentage\":92,\"current_usage\":"
            + "{\"input_tokens\":8500,\"output_tokens\":1200,\"cache_creation_input_tokens\":5000,"
            + "\"cache_read_input_tokens\":2000}},\"exceeds_200k_tokens\":false}";

    private HotPathTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("agentpool-cds-training");
        try {
            Class.forName("dev.agentpool.Main");
            // Claude Code v2.1.214+ sets CLAUDE_PID: that path reads only the start time (procfs on Linux); the
            // runs below take the environment as it is (usually without it: the process-tree walk)
            new dev.agentpool.claude.process.OsProcessTree().startTime(ProcessHandle.current().pid());
            String[] dirArgs = {"--dir", dir.toString()};
            for (int round = 0; round < 2; round++) {
                PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, Charsets.UTF_8);
                for (String payload : HOOKS) {
                    ClaudeHotPath.hook(concat("hook", dirArgs), stream(payload));
                    // a statusline after every event: the aggregate then sees running subagents, waiting, idle, …
                    ClaudeHotPath.statusline(concat("statusline", dirArgs), stream(STATUS_LINE), sink);
                }
                ClaudeHotPath.statusline(concat("statusline", dirArgs), stream(STATUS_LINE), sink);
                ClaudeHotPath.statusline(new String[] {"statusline", "--compact", "--color", "--dir", dir.toString()},
                        stream(STATUS_LINE), sink);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static String[] concat(String command, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = command;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(Charsets.UTF_8));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
