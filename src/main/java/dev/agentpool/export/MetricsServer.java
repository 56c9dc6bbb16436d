package dev.agentpool.export;

import dev.agentpool.core.model.Snapshot;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The {@code /metrics} endpoint (OpenMetrics or Prometheus text, by the scraper's Accept header), plus the Prometheus
 * client's landing page and {@code /-/healthy}. Read-only: GET and HEAD only. Used by {@code agentpool serve} and by
 * the tray's settings; both pass a snapshot supplier (a fresh scan, or the tray's latest poll) and get scans
 * bounded to one per {@link ExportSettings#maxSnapshotAge()} however often Prometheus scrapes.
 */
public final class MetricsServer implements AutoCloseable {

    /** Bound to loopback unless asked otherwise: the numbers say what a user is working on. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** Next to, not on, Claude Code's own Prometheus exporter (9464). */
    public static final int DEFAULT_PORT = 9477;

    private final HTTPServer server;
    private final SnapshotCache cache;
    private final String bind;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private MetricsServer(HTTPServer server, SnapshotCache cache, String bind) {
        this.server = server;
        this.cache = cache;
        this.bind = bind;
    }

    /** Starts serving with default settings (this host's name, 500 instance series, at most one scan per second). */
    public static MetricsServer start(String bind, int port, Supplier<Snapshot> snapshots) {
        String version = MetricsServer.class.getPackage().getImplementationVersion();
        return start(bind, port, snapshots, ExportSettings.defaults(), version == null ? "dev" : version);
    }

    /**
     * Starts serving now; {@code port} 0 picks a free port (see {@link #port()}).
     *
     * @throws UncheckedIOException when the address cannot be bound (port in use, unknown address)
     */
    public static MetricsServer start(String bind, int port, Supplier<Snapshot> snapshots, ExportSettings settings,
                                      String version) {
        Objects.requireNonNull(bind, "bind");
        Clock clock = Clock.systemUTC();
        SnapshotCache cache = new SnapshotCache(snapshots, settings.maxSnapshotAge(), clock);
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(new AgentPoolCollector(cache, settings, clock, version));
        try {
            HTTPServer server = HTTPServer.builder().hostname(bind).port(port).registry(registry)
                    .authenticator(new ReadOnlyMethods()).buildAndStart();
            return new MetricsServer(server, cache, bind);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        return server.getPort();
    }

    /** e.g. {@code http://127.0.0.1:9477/metrics}. */
    public String metricsUrl() {
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + port() + "/metrics";
    }

    /** Scans done so far (each scrape within the freshness window reuses the last one). */
    public long scanCount() {
        return cache.scanCount();
    }

    /** Stops listening and releases the port; idempotent. */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            server.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
