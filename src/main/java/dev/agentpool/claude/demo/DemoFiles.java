package dev.agentpool.claude.demo;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.StateLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Removes exactly the files the demo's instances have: their per-instance files and sidecar locks. */
final class DemoFiles {

    private DemoFiles() {
    }

    static int delete(Path dir, List<InstanceId> ids) throws IOException {
        StateLayout layout = new StateLayout(dir);
        int deleted = 0;
        for (InstanceId id : ids) {
            for (StateLayout.FileKind kind : StateLayout.FileKind.values()) {
                deleted += Files.deleteIfExists(layout.path(kind, id)) ? 1 : 0;
            }
            deleted += Files.deleteIfExists(layout.sidecarLockPath(java.util.Optional.of(id))) ? 1 : 0;
        }
        return deleted;
    }
}
