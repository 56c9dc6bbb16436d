package dev.agentpool.ui.poll;

import dev.agentpool.core.model.Snapshot;
import java.io.IOException;
import java.util.Objects;

/**
 * A scan whose pool size is the one chosen in the monitor's settings rather than {@code config.json}'s. The pool size
 * only scales the bars and the health; nothing else in a snapshot depends on it, so replacing it after the scan is
 * the same as scanning with it. {@link #setPoolSize} may be called from any thread (the scan runs on the poller's).
 */
public final class PoolSizeOverride implements SnapshotSource {

    private final SnapshotSource scan;
    private volatile int poolSize;

    /** Until {@link #setPoolSize} is called the scan's own pool size is kept. */
    public PoolSizeOverride(SnapshotSource scan) {
        this.scan = Objects.requireNonNull(scan);
    }

    /** @param size the pool size for every following scan; 0 or less keeps the scan's own */
    public void setPoolSize(int size) {
        poolSize = size;
    }

    @Override
    public Snapshot load() throws IOException {
        Snapshot s = scan.load();
        int size = poolSize;
        if (s == null || size <= 0 || size == s.poolSize()) {
            return s;
        }
        return new Snapshot(s.dir(), s.takenAt(), size, s.instances(), s.problems(), s.legacy(), s.scanDuration());
    }
}
