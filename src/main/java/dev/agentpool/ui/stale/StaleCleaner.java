package dev.agentpool.ui.stale;

import java.io.IOException;

/**
 * Deletes the files of stale instances. Contract (the core cleanup provides it): re-checks each instance's
 * liveness at the moment of deleting and keeps it when it is live again; deletes only our per-instance files of
 * that instance; one file that cannot be deleted is reported, not thrown. Called on a background thread.
 */
public interface StaleCleaner {

    /** @throws IOException only when the state directory itself cannot be read */
    CleanupReport clean(CleanupRequest request) throws IOException;
}
