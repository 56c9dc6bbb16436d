package dev.agentpool.cli;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.registry.HostName;
import dev.agentpool.export.ExportSettings;
import dev.agentpool.export.MetricsServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code agentpool serve}: the state directory as Prometheus metrics at {@code /metrics} until stopped (Ctrl-C or
 * SIGTERM). Read-only; see docs/metrics.md.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the state directory as OpenMetrics/Prometheus metrics at http://BIND:PORT/metrics.",
                "Read-only (GET only). One Prometheus can scrape one serve per machine; see docs/metrics.md."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StateDirOption stateDir;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = MetricsServer.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; a LAN address exposes the metrics"
                    + " to that network, without authentication).")
    private String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + MetricsServer.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; Claude Code's own exporter uses 9464; 0 = any free port).")
    private int port;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Value of the host label (default: this machine's name).")
    private String host;

    @Option(names = "--max-instances", paramLabel = "N",
            defaultValue = "" + ExportSettings.DEFAULT_MAX_INSTANCE_SERIES,
            description = "At most N instances get per-instance series, live first (default: ${DEFAULT-VALUE}).")
    private int maxInstances;

    @Option(names = "--max-snapshot-age", paramLabel = "SECONDS", defaultValue = "1",
            description = "Answer scrapes from a scan up to this old (default: ${DEFAULT-VALUE}; 0 rescans on"
                    + " every scrape).")
    private double maxSnapshotAge;

    @Override
    public Integer call() throws InterruptedException {
        MetricsServer server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "agentpool-serve-stop"));
        stopped.await();
        return 0;
    }

    /** Checks the options, opens the directory and starts serving; the caller owns the returned server. */
    MetricsServer start() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535, got " + port);
        }
        if (!(maxSnapshotAge >= 0) || maxSnapshotAge > 3600) {
            throw new IllegalArgumentException("--max-snapshot-age must be 0-3600 seconds, got " + maxSnapshotAge);
        }
        Path dir = stateDir.forReading();
        Map<String, String> env = AgentPoolCli.environment(spec);
        ExportSettings settings = settings(env);
        Supplier<Snapshot> scanner = scanner(dir, env, spec.commandLine().getErr());
        try {
            MetricsServer server = MetricsServer.start(bind, port, scanner, settings, VersionProvider.version());
            PrintWriter out = spec.commandLine().getOut();
            out.println("agentpool: serving " + server.metricsUrl() + " for " + dir + " (host=" + settings.host()
                    + "; Ctrl-C to stop)");
            out.flush();
            return server;
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private ExportSettings settings(Map<String, String> env) {
        ExportSettings settings = ExportSettings.defaults().withHost(HostName.local(env))
                .withMaxInstanceSeries(maxInstances)
                .withMaxSnapshotAge(Duration.ofNanos(Math.round(maxSnapshotAge * 1e9)));
        return host == null ? settings : settings.withHost(host);
    }

    /**
     * One scan per call: the CLI's engine (aggregator, staleness policy, OS process table, read pool); files unchanged
     * since the previous scan are not read again ({@code Aggregator.reusingUnchangedFiles}), liveness is fresh.
     */
    static Supplier<Snapshot> scanner(Path dir, Map<String, String> env, PrintWriter err) {
        // The engine lives as long as the server (its read pool is daemon threads), so it is never closed here.
        Engine engine = new Engine(dir, env, err);
        return engine.aggregator().reusingUnchangedFiles()::scan;
    }
}
