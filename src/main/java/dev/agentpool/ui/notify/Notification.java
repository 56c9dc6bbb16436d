package dev.agentpool.ui.notify;

import dev.agentpool.core.id.InstanceId;
import java.util.Optional;

/**
 * One message for the user.
 *
 * @param instance the instance it is about when it is about exactly one (clicking then opens its details)
 * @param warning true for something to act on (shown as a warning), false for information
 */
public record Notification(NotificationKind kind, String title, String text, Optional<InstanceId> instance,
                           boolean warning) {
}
