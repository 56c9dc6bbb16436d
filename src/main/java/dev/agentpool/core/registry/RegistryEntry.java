package dev.agentpool.core.registry;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One lock file found in {@code instances/}: its content when readable, and why it is stale (empty = live).
 *
 * @param lock empty when the lock is unreadable (then {@code stale} is {@code UNREADABLE_LOCK} with the reason)
 * @param warnings single values of the lock that were rejected (e.g. a malformed heartbeat)
 */
public record RegistryEntry(InstanceId id, Path file, Optional<LockRecord> lock, Optional<StaleReason> stale,
        List<String> warnings) {

    public RegistryEntry {
        warnings = List.copyOf(warnings);
    }

    public boolean isLive() {
        return stale.isEmpty();
    }
}
