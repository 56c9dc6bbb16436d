package dev.agentpool.ui;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.ui.main.Formats;
import dev.agentpool.ui.tray.PoolStatusline;
import java.nio.file.Path;
import java.util.List;

/**
 * What of a {@link Snapshot} the monitor shows outside the details windows, as a value: two scans with equal keys
 * look the same in the main window (pool bar, rows, status line to the minute), the stale list, the tray (icon,
 * tooltip, menu) and the notifier (pool use, statuses, waiting, stale IDs). The poller compares keys off the FX
 * thread and posts only scans whose key changed (see {@link dev.agentpool.ui.poll.SnapshotPoller}).
 *
 * <p>Left out on purpose, because they change with every scan but are shown only in a details window (which turns
 * the filter off while open) or in the status tooltip (read on demand): the exact scan time and duration, exact
 * heartbeat ages (kept as the table words them, {@link Formats#agoCoarse}), the files' ages, the lock's heartbeat
 * time, the legacy aggregate's per-file ages and its unrounded age-weighted confidence (kept as the tray's compact line
 * prints it). Whoever shows a new value from the snapshot outside the details
 * windows must add it here; {@code SnapshotViewKeyTest} lists what must and must not count.
 */
record SnapshotViewKey(Path dir, long minute, int poolSize, List<Problem> problems, String trayLine,
                       List<Instance> instances) {

    /** One instance as the table row, stale row, tray menu entry and notifier see it. */
    record Instance(InstanceId id, StaleReason stale, String name, int agents, long tokensUsed, long tokensTotal,
                    double tokensPct, Lifecycle lifecycle, boolean executing, String status, boolean waiting,
                    String waitingReason, String heartbeat, List<Path> files) {
    }

    static SnapshotViewKey of(Snapshot s) {
        List<Instance> instances = s.instances().stream().map(SnapshotViewKey::instance).toList();
        // the tray's compact line as printed: the legacy average confidence in it is age-weighted and differs in
        // some decimal on every scan, while the tooltip shows one decimal
        return new SnapshotViewKey(s.dir(), Math.floorDiv(s.takenAt().getEpochSecond(), 60), s.poolSize(),
                s.problems(), PoolStatusline.compact(s), instances);
    }

    private static Instance instance(InstanceSnapshot i) {
        // the table shows the heartbeat of live rows only; a stale row's reason already words its age (core, minutes)
        String heartbeat = i.isLive() ? Formats.agoCoarse(i.heartbeatAge().orElse(null)) : "";
        return new Instance(i.id(), i.stale().orElse(null), i.displayName(), i.agents().value(),
                i.tokensUsed().value(), i.tokensTotal().value(), i.tokensPct().value(), i.lifecycle().value(),
                i.executing(), i.status(), i.claude().waitingForUser(), i.claude().waitingReason(), heartbeat,
                i.files());
    }
}
