package dev.agentpool.ui.stale;

import java.io.IOException;

/**
 * Plans and deletes the files of stale instances; both run on a background thread. Contract (the core cleanup
 * provides it): {@link #plan} deletes nothing and lists exactly what {@link #clean} may delete; {@link #clean}
 * re-checks each instance's liveness at the moment of deleting and keeps it when it is live again, deletes only
 * our per-instance files of the planned instances, and reports a file it cannot delete instead of throwing.
 */
public interface StaleCleaner {

    /** The same targets with the files that would be deleted now (empty for an instance that is live again). */
    CleanupRequest plan(CleanupRequest wanted) throws IOException;

    /** Executes a request returned by {@link #plan}. */
    CleanupReport clean(CleanupRequest planned) throws IOException;
}
