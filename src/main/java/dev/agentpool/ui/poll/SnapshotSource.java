package dev.agentpool.ui.poll;

import dev.agentpool.core.model.Snapshot;
import java.io.IOException;

/** One scan of the state directory. Called on the poller's background thread, never on the FX thread. */
@FunctionalInterface
public interface SnapshotSource {

    /** @throws IOException when the directory cannot be scanned at all (single bad files are problems, not errors) */
    Snapshot load() throws IOException;
}
