package dev.agentpool.core.aggregate;

import dev.agentpool.core.aggregate.CleanupPlan.Deletion;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import dev.agentpool.core.registry.ProcessInspector;
import dev.agentpool.core.time.Elapsed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link CleanupPlan}: metric files older than the max age of instances that are not live, and the lock
 * file and sidecar lock of every stale instance. Only names {@link StateLayout#classify} (or
 * {@link StateLayout#sidecarId}) recognise are considered; symbolic links and other non-regular files are left
 * alone and reported. Deletes nothing.
 */
final class CleanupPlanner {

    private final LivenessRule rule;
    private final ProcessInspector processes;

    CleanupPlanner(LivenessRule rule, ProcessInspector processes) {
        this.rule = rule;
        this.processes = processes;
    }

    CleanupPlan plan(StateLayout layout, Duration maxAge, Instant now, ZoneId zone) {
        OwnFiles own = OwnFiles.list(layout);
        List<Deletion> deletions = new ArrayList<>();
        List<Problem> leftAlone = new ArrayList<>(own.leftAlone());
        PerScanProcessCache cache = new PerScanProcessCache(processes.forOnePass());
        for (Map.Entry<InstanceId, Map<FileKind, OwnFiles.Seen>> e : own.byInstance().entrySet()) {
            InstanceId id = e.getKey();
            OwnFiles.Seen lockSeen = e.getValue().get(FileKind.LOCK);
            FileRead<LockRecord> lock = lockSeen == null ? null : lockRead(lockSeen, id, zone);
            Optional<StaleReason> stale = InstanceLiveness.staleReason(lock, null, rule, cache, now);
            planInstance(id, e.getValue(), stale, maxAge, now, deletions, leftAlone);
            Optional.ofNullable(own.sidecars().get(id)).filter(s -> stale.isPresent())
                    .ifPresent(s -> deletions.add(new Deletion(s.path(), id, "sidecar lock of a stale instance: "
                            + stale.get(), s.modified())));
        }
        return new CleanupPlan(layout.dir(), maxAge, now, deletions, leftAlone);
    }

    private static void planInstance(InstanceId id, Map<FileKind, OwnFiles.Seen> files, Optional<StaleReason> stale,
                                     Duration maxAge, Instant now, List<Deletion> deletions, List<Problem> leftAlone) {
        for (Map.Entry<FileKind, OwnFiles.Seen> f : files.entrySet()) {
            OwnFiles.Seen seen = f.getValue();
            if (f.getKey() == FileKind.LOCK) {
                stale.ifPresent(r -> deletions.add(new Deletion(seen.path(), id, "lock of a stale instance: " + r,
                        seen.modified())));
                continue;
            }
            Duration age = Elapsed.between(seen.modified(), now);
            if (age.compareTo(maxAge) <= 0) {
                continue;
            }
            if (stale.isEmpty()) {
                leftAlone.add(new Problem(seen.path(), "older than the max age but its instance is live"));
            } else {
                deletions.add(new Deletion(seen.path(), id, "metric file " + describe(age) + " old", seen.modified()));
            }
        }
    }

    private static FileRead<LockRecord> lockRead(OwnFiles.Seen seen, InstanceId id, ZoneId zone) {
        @SuppressWarnings("unchecked")
        FileRead<LockRecord> read = (FileRead<LockRecord>) FileDecoders.read(seen.path(), FileKind.LOCK, id, zone);
        return read;
    }

    static String describe(Duration age) {
        return age.toHours() >= 1 ? age.toHours() + " h" : age.toMinutes() >= 1 ? age.toMinutes() + " min"
                : age.toSeconds() + " s";
    }
}
