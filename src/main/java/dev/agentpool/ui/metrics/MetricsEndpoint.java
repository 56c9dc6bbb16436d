package dev.agentpool.ui.metrics;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.export.MetricsServer;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The monitor's {@code /metrics} endpoint (settings → "metrics_enabled", "metrics_port"), served on 127.0.0.1 from the
 * poller's latest snapshot, so a scrape never rescans. The HTTP server calls the supplier on its own threads, hence
 * the {@link AtomicReference} instead of an FX property. Plain class, no toolkit: {@link #apply} and {@link #stop}
 * are called on the FX thread, {@link #offer} after each scan.
 */
public final class MetricsEndpoint implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MetricsEndpoint.class.getName());

    private final String bind;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private MetricsServer server;
    private int requestedPort;

    /** @param bind the address to listen on ({@link MetricsServer#DEFAULT_BIND} in the app) */
    public MetricsEndpoint(String bind) {
        this.bind = bind;
    }

    /** The snapshot the next scrape reports. */
    public void offer(Snapshot snapshot) {
        if (snapshot != null) {
            latest.set(snapshot);
        }
    }

    /**
     * Starts, moves or stops the endpoint to match the settings. Never throws: a port in use (or any bind failure)
     * leaves the endpoint off and is described in the result.
     *
     * @param port 0 picks a free port (tests)
     * @return a note for the status line (address, or why it is off); empty when the endpoint is off by choice
     */
    public Status apply(boolean enabled, int port) {
        if (server != null && (!enabled || port != requestedPort)) {
            stop();
        }
        if (!enabled) {
            return new Status("", false);
        }
        if (server == null) {
            try {
                server = MetricsServer.start(bind, port, this::snapshotForScrape);
                requestedPort = port;
                LOG.log(System.Logger.Level.INFO, "serving metrics on " + server.metricsUrl());
            } catch (UncheckedIOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "metrics endpoint not started: " + e.getMessage());
                return new Status("metrics off: port " + port + " on " + bind + " cannot be used ("
                        + rootMessage(e) + ")", true);
            }
        }
        return new Status("metrics on " + server.metricsUrl(), false);
    }

    /** The bound port, while serving. */
    public Optional<Integer> port() {
        return Optional.ofNullable(server).map(MetricsServer::port);
    }

    /** Stops serving and frees the port; idempotent. */
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Snapshot snapshotForScrape() {
        Snapshot snapshot = latest.get();
        if (snapshot == null) {
            // scrape before the first scan finished: fail this scrape (HTTP 500) rather than report an empty pool
            throw new IllegalStateException("no scan of the state directory yet");
        }
        return snapshot;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** What to show about the endpoint: a note (empty for none) and whether it is a problem. */
    public record Status(String note, boolean error) {
    }
}
