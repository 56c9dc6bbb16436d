package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.export.MetricsServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AgentPoolCli.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
    }

    @Test
    void servesTheStateDirectoryAndSaysWhere() throws Exception {
        Files.writeString(dir.resolve("agent_usage_counter_20261127_225532_11009_db0cb426.txt"), "25");
        CommandLine cl = AgentPoolCli.commandLine(Map.of());
        cl.setOut(new PrintWriter(out));
        ServeCommand serve = (ServeCommand) cl.parseArgs("serve", "--dir", dir.toString(), "--port", "0",
                "--host", "box1").subcommand().commandSpec().userObject();

        MetricsServer server = serve.start();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.metricsUrl())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(out.toString()).contains("serving " + server.metricsUrl(), "host=box1");
            assertThat(response.body()).contains("agentpool_stale_instances{host=\"box1\"} 1.0",
                    "agentpool_stale_agents{host=\"box1\"} 25.0");
        } finally {
            server.stop();
        }
    }

    @Test
    void defaultsToLoopbackAndAPortBesideClaudeCodesExporter() {
        CommandLine cl = AgentPoolCli.commandLine(Map.of());
        StringWriter help = new StringWriter();
        cl.getSubcommands().get("serve").usage(new PrintWriter(help));

        assertThat(help.toString()).contains("default: 127.0.0.1", "default: 9477", "9464");
    }

    @Test
    void anOutOfRangePortIsAUserError() {
        assertThat(run("serve", "--dir", dir.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be 0-65535, got 70000");
    }

    @Test
    void aMissingStateDirectoryIsAUserError() {
        assertThat(run("serve", "--dir", dir.resolve("nope").toString(), "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).startsWith("agentpool: ").contains("nope");
    }

    @Test
    void aPortInUseIsAUserErrorNamingTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThat(run("serve", "--dir", dir.toString(), "--port", Integer.toString(port))).isEqualTo(2);
            assertThat(err.toString()).contains("cannot serve metrics on 127.0.0.1:" + port);
        }
    }
}
