package dev.agentpool.claude.hook;

import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.time.Elapsed;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mutable working copy of an {@link ActivityRecord} for one hook event. The rules that keep the count honest live
 * here: a start for a running or recently stopped id does nothing (repeated or late events), a stop for an unknown
 * id changes no count, nothing ever goes negative.
 */
final class ActivityDraft {

    /** Tombstones kept at most; older ones go first. */
    static final int MAX_RECENTLY_STOPPED = 500;

    /**
     * How long a stopped id is remembered. Long enough for what it guards against: async hooks are separate processes
     * that can finish out of order by seconds, and a background launch's PostToolUse can come after a fast subagent's
     * stop. Not as long as the subagent timeout (2 h by default), because every hook and statusline of the window
     * reads the whole list and a hook that writes rewrites it: a window holding 480 stopped ids paid ~13 ms per
     * hook and ~7 ms per statusline for them (docs/benchmarks.md, "Claude Code hot path").
     */
    static final Duration STOPPED_IDS_KEPT = Duration.ofMinutes(10);

    private final Map<String, ActivityRecord.Running> running;
    private final Map<String, Instant> stopped;
    private final Instant now;
    private long launchedTotal;
    private Optional<ActivityRecord.Waiting> waiting;
    private boolean ended;
    private final Optional<Double> cost;

    ActivityDraft(ActivityRecord from, Instant now) {
        this.running = new LinkedHashMap<>(from.runningSubagents());
        this.stopped = new LinkedHashMap<>(from.recentlyStopped());
        this.now = now;
        this.launchedTotal = Math.max(0, from.launchedTotal());
        this.waiting = from.waitingForUser();
        this.ended = from.ended();
        this.cost = from.costUsd();
    }

    void start(String agentId, String type) {
        if (agentId.isEmpty() || running.containsKey(agentId) || stopped.containsKey(agentId)) {
            return;
        }
        running.put(agentId, new ActivityRecord.Running(type, now));
        launchedTotal++;
    }

    void stop(String agentId) {
        if (agentId.isEmpty()) {
            return;
        }
        running.remove(agentId);
        // Also for an unknown id: its start may still be on the way (async hooks run out of order).
        stopped.remove(agentId);
        stopped.put(agentId, now);
        keepNewestStopped();
    }

    /** Keeps only the running subagents whose id is in {@code stillRunning}. */
    void retainOnly(Set<String> stillRunning) {
        for (String id : Set.copyOf(running.keySet())) {
            if (!stillRunning.contains(id)) {
                stop(id);
            }
        }
    }

    void stopAll() {
        retainOnly(Set.of());
    }

    /**
     * Drops subagents that never reported a stop within {@code timeout}, and tombstones older than
     * {@link #STOPPED_IDS_KEPT}.
     */
    void expire(Duration timeout) {
        Instant limit = Elapsed.minus(now, timeout);
        for (String id : List.copyOf(running.keySet())) {
            if (running.get(id).started().isBefore(limit)) {
                stop(id);
            }
        }
        Instant forgetBefore = Elapsed.minus(now, STOPPED_IDS_KEPT);
        for (Iterator<Instant> it = stopped.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(forgetBefore)) {
                it.remove();
            }
        }
        keepNewestStopped(); // a file may list more (written by hand, or hostile)
    }

    /** Drops the oldest tombstones beyond {@link #MAX_RECENTLY_STOPPED}. */
    private void keepNewestStopped() {
        Iterator<String> oldest = stopped.keySet().iterator();
        while (stopped.size() > MAX_RECENTLY_STOPPED) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Starts waiting; while already waiting the first reason stays (the permission prompt follows the request). */
    void waitFor(String reason) {
        if (waiting.isEmpty()) {
            waiting = Optional.of(new ActivityRecord.Waiting(now, reason));
        }
    }

    void stopWaiting() {
        waiting = Optional.empty();
    }

    Optional<ActivityRecord.Waiting> waiting() {
        return waiting;
    }

    void setEnded(boolean value) {
        ended = value;
    }

    ActivityRecord build() {
        return new ActivityRecord(running, launchedTotal, waiting, ended, cost, Optional.of(now), stopped);
    }
}
