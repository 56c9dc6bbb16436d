package dev.agentpool.ui.notify;

import java.time.Duration;

/**
 * The few events worth interrupting someone for. Each can be switched off in the settings.
 * The cooldown is the least time between two notifications about the same thing (so a value flapping around a
 * threshold does not nag).
 */
public enum NotificationKind {
    POOL_WARNING("Pool use crosses the warning threshold", Duration.ofMinutes(10)),
    POOL_CRITICAL("Pool use crosses the critical threshold", Duration.ofMinutes(10)),
    INSTANCE_CRITICAL("An instance turns CRITICAL (context almost full)", Duration.ofMinutes(5)),
    WAITING_FOR_USER("An instance starts waiting for you", Duration.ofMinutes(1)),
    NEW_STALE("A new stale instance appears", Duration.ofMinutes(10));

    private final String description;
    private final Duration cooldown;

    NotificationKind(String description, Duration cooldown) {
        this.description = description;
        this.cooldown = cooldown;
    }

    /** A sentence for the settings window. */
    public String description() {
        return description;
    }

    public Duration cooldown() {
        return cooldown;
    }
}
