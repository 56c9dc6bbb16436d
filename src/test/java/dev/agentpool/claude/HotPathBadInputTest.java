package dev.agentpool.claude;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever Claude Code (or anyone) feeds the hot path, it exits 0, prints nothing from a hook, and logs why. */
class HotPathBadInputTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[1,2,3]", "{\"hook_event_name\":42}", "{\"no_event\":true}",
        "{\"hook_event_name\":\"SomethingNew\",\"session_id\":\"s\"}", "{\"hook_event_name\":\"SubagentStart\","
            + "\"agent_id\":[],\"agent_type\":null}", "{\"hook_event_name\":\"Stop\",\"background_tasks\":\"x\"}",
        "\u0000\u0001binary", "{\"a\":"})
    void hookSwallowsBadPayloadsSilently(String payload) {
        PrintStream realOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = ClaudeHotPath.hook(new String[] {"hook", "--dir", dir.toString()}, stream(payload));
            assertThat(code).isZero();
        } finally {
            System.setOut(realOut);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void oversizedPayloadIsRefusedAndLogged() throws IOException {
        byte[] huge = new byte[3 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(ClaudeHotPath.hook(new String[] {"hook", "--dir", dir.toString()}, new ByteArrayInputStream(huge)))
                .isZero();
        assertThat(Files.readString(dir.resolve("logs").resolve("agentpool.log"))).contains("payload larger than");
    }

    @Test
    void statuslineFallsBackToAShortLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ClaudeHotPath.statusline(new String[] {"statusline", "--dir", dir.toString()}, stream("{oops"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("agentpool: no data\n");
    }

    @Test
    void unwritableStateDirectoryStillExitsZero() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThat(ClaudeHotPath.hook(new String[] {"hook", "--dir", file.toString()},
                stream("{\"hook_event_name\":\"SessionStart\",\"session_id\":\"s\"}"))).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ClaudeHotPath.statusline(new String[] {"statusline", "--dir", file.toString()},
                stream("{\"session_id\":\"s\"}"), new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("agentpool: no data\n");
    }

    @Test
    void realHookProcessWithGarbageExitsZeroWithoutOutput() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                Path.of(dev.agentpool.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                "dev.agentpool.Main", "hook", "--dir", dir.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write("{\"hook_event_name\":".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(output).isEmpty();
        assertThat(Files.readString(dir.resolve("logs").resolve("agentpool.log"))).contains("not a JSON object");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
