package dev.agentpool.ui.notify;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import java.util.Optional;

/** A condition that holds in {@code snapshot}; {@code instance} is empty for pool-wide conditions. */
record Condition(NotificationKind kind, Optional<InstanceSnapshot> instance, Snapshot snapshot) {
}
