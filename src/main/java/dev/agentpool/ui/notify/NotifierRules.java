package dev.agentpool.ui.notify;

import java.util.Set;

/**
 * What the notifier watches for.
 *
 * @param warning pool fraction (0–1) of the warning threshold
 * @param critical pool fraction (0–1) of the critical threshold
 * @param enabled kinds that may be shown (the others are tracked but stay silent)
 */
public record NotifierRules(double warning, double critical, Set<NotificationKind> enabled) {

    /**
     * A pool episode ends only when use drops this far (as a fraction) below the threshold, so use hovering around
     * 80 % does not start a new episode every poll.
     */
    public static final double REARM_MARGIN = 0.05;

    public NotifierRules {
        enabled = Set.copyOf(enabled);
    }

    public static NotifierRules defaults() {
        return new NotifierRules(0.80, 0.95, Set.of(NotificationKind.values()));
    }
}
