package dev.agentpool.core.registry;

import dev.agentpool.core.io.InstanceFileLock;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.model.StateLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legacy {@code --cleanup} of the instance manager: deletes lock files (and their sidecars) of stale instances,
 * including unreadable ones. Each candidate is judged again under its instance lock right before deletion, so an
 * instance that came back to life (fresh heartbeat) in between is kept; symbolic links and anything that is not a
 * regular file are never deleted (they are reported instead).
 */
public final class StaleLockCleaner {

    /** What was removed, and what was left although stale (with why). */
    public record Result(List<Path> removed, List<String> skipped) {
        public Result {
            removed = List.copyOf(removed);
            skipped = List.copyOf(skipped);
        }
    }

    private final InstanceRegistry registry;
    private final StateLayout layout;

    public StaleLockCleaner(InstanceRegistry registry, StateLayout layout) {
        this.registry = registry;
        this.layout = layout;
    }

    public Result removeStale() throws IOException {
        List<Path> removed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (RegistryEntry candidate : registry.listAll()) {
            if (candidate.isLive()) {
                continue;
            }
            try (InstanceFileLock guard = InstanceFileLock.acquire(layout, Optional.of(candidate.id()))) {
                RegistryEntry now = registry.entry(candidate.id());
                Optional<StaleReason> reason = now.stale();
                if (reason.isEmpty()) {
                    continue;
                }
                if (!Files.isRegularFile(now.file(), LinkOption.NOFOLLOW_LINKS)) {
                    skipped.add(now.file() + ": not a regular file, left alone");
                    continue;
                }
                Files.delete(now.file());
                removed.add(now.file());
                Files.deleteIfExists(layout.sidecarLockPath(Optional.of(candidate.id())));
            }
        }
        return new Result(removed, skipped);
    }
}
