package dev.agentpool.ui.notify;

import dev.agentpool.core.model.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a sequence of snapshots into a few notifications. A condition (pool ≥ warning, instance X critical, X waiting,
 * X stale) notifies when it starts (an episode), at most once per episode, and not again for the same thing within
 * its kind's cooldown. The first snapshot is the baseline: what is already true at start-up is shown by the icon and
 * the window, not announced. Paused or switched-off kinds are tracked all the same, so resuming does not replay old
 * episodes. Pure: time from the injected clock, no threads, no toolkit; call from one thread.
 */
public final class Notifier {

    private final Clock clock;
    private Set<String> active = null;
    private final Map<String, Instant> lastShown = new HashMap<>();
    private boolean paused;

    public Notifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    public boolean isPaused() {
        return paused;
    }

    /** The notifications to show for this snapshot (often none). */
    public List<Notification> onSnapshot(Snapshot snapshot, NotifierRules rules) {
        Map<String, Condition> now = Conditions.of(snapshot, rules, active == null ? Set.of() : active);
        boolean baseline = active == null;
        Set<String> previous = baseline ? Set.of() : active;
        active = new HashSet<>(now.keySet());
        if (baseline) {
            return List.of();
        }
        List<Condition> started = new ArrayList<>();
        for (Map.Entry<String, Condition> e : now.entrySet()) {
            if (!previous.contains(e.getKey()) && mayShow(e.getKey(), e.getValue().kind(), rules)) {
                started.add(e.getValue());
            }
        }
        return Messages.summarise(started);
    }

    private boolean mayShow(String key, NotificationKind kind, NotifierRules rules) {
        if (paused || !rules.enabled().contains(kind)) {
            return false;
        }
        Instant now = clock.instant();
        Instant last = lastShown.get(key);
        if (last != null && last.plus(kind.cooldown()).isAfter(now)) {
            return false;
        }
        lastShown.put(key, now);
        return true;
    }
}
