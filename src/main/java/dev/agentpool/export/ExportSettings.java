package dev.agentpool.export;

import dev.agentpool.core.registry.HostName;
import java.time.Duration;
import java.util.Objects;

/**
 * How the endpoint labels and bounds what it exports.
 *
 * @param host value of the {@code host} label on every series (this machine's name by default)
 * @param maxInstanceSeries at most this many instances get per-instance series (live first, then newest);
 *                          host totals always count every instance
 * @param maxSnapshotAge a scrape reuses a snapshot up to this old instead of rescanning
 */
public record ExportSettings(String host, int maxInstanceSeries, Duration maxSnapshotAge) {

    public static final int DEFAULT_MAX_INSTANCE_SERIES = 500;

    public ExportSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(maxSnapshotAge, "maxSnapshotAge");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host label must not be blank");
        }
        if (maxInstanceSeries < 0) {
            throw new IllegalArgumentException("max instance series must be >= 0, got " + maxInstanceSeries);
        }
        if (maxSnapshotAge.isNegative()) {
            throw new IllegalArgumentException("max snapshot age must not be negative");
        }
    }

    public static ExportSettings defaults() {
        return new ExportSettings(localHostName(), DEFAULT_MAX_INSTANCE_SERIES, SnapshotCache.DEFAULT_MAX_AGE);
    }

    public ExportSettings withHost(String newHost) {
        return new ExportSettings(newHost, maxInstanceSeries, maxSnapshotAge);
    }

    public ExportSettings withMaxInstanceSeries(int limit) {
        return new ExportSettings(host, limit, maxSnapshotAge);
    }

    public ExportSettings withMaxSnapshotAge(Duration age) {
        return new ExportSettings(host, maxInstanceSeries, age);
    }

    /** This machine's host name, as the registry writes it into lock files. */
    public static String localHostName() {
        return HostName.local(System.getenv());
    }
}
