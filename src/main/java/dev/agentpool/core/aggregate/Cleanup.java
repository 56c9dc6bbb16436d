package dev.agentpool.core.aggregate;

import dev.agentpool.core.aggregate.CleanupPlan.Deletion;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import dev.agentpool.core.registry.ProcessInspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * File cleanup with the legacy meaning (metric files older than N hours; lock files of stale instances) and our
 * guarantees: a live instance's files are never deleted — liveness is checked again for each instance at the moment
 * of deleting, not only when planning; symbolic links are never followed nor deleted (they are reported); only
 * names of ours are touched; a stale instance's sidecar lock goes with it; a file changed since planning is kept.
 * {@link #plan} is a value the UI can show; {@link #execute} returns exactly what was removed and what was not.
 */
public final class Cleanup {

    /** Metric files older than this go when no max age is given (the legacy tool's example uses 24 h). */
    public static final Duration DEFAULT_METRIC_MAX_AGE = Duration.ofHours(24);

    private final StateLayout layout;
    private final LivenessRule rule;
    private final ProcessInspector processes;
    private final Clock clock;

    public Cleanup(Path dir, LivenessRule rule, ProcessInspector processes, Clock clock) {
        this.layout = new StateLayout(dir);
        this.rule = rule;
        this.processes = processes;
        this.clock = clock;
    }

    /** What would be deleted now with metric files older than {@code metricMaxAge}. Deletes nothing. */
    public CleanupPlan plan(Duration metricMaxAge) {
        return new CleanupPlanner(rule, processes).plan(layout, metricMaxAge, clock.instant(), clock.getZone());
    }

    /** Deletes what {@code plan} lists, re-checking each instance's liveness and each file just before deleting. */
    public CleanupResult execute(CleanupPlan plan) {
        List<Path> removed = new ArrayList<>();
        List<Problem> notRemoved = new ArrayList<>();
        for (Map.Entry<InstanceId, List<Deletion>> e : byInstance(plan.deletions()).entrySet()) {
            Optional<StaleReason> stale = staleNow(e.getKey());
            for (Deletion d : e.getValue()) {
                if (stale.isEmpty()) {
                    notRemoved.add(new Problem(d.file(), "kept: instance " + e.getKey() + " is live now"));
                } else {
                    delete(d, removed, notRemoved);
                }
            }
        }
        return new CleanupResult(removed, notRemoved, plan.leftAlone());
    }

    private Optional<StaleReason> staleNow(InstanceId id) {
        Path lockPath = layout.path(FileKind.LOCK, id);
        FileRead<LockRecord> lock = null;
        if (Files.exists(lockPath, LinkOption.NOFOLLOW_LINKS)) {
            @SuppressWarnings("unchecked")
            FileRead<LockRecord> read = (FileRead<LockRecord>) FileDecoders.read(lockPath, FileKind.LOCK, id,
                    clock.getZone());
            lock = read;
        }
        // no cache here: a process may have appeared since planning. The activity file's "ended" flag is not
        // consulted by cleanup: without it an instance is, if anything, judged live, which only keeps files.
        return InstanceLiveness.staleReason(lock, null, rule, processes, clock.instant());
    }

    private static void delete(Deletion d, List<Path> removed, List<Problem> notRemoved) {
        try {
            BasicFileAttributes now = Files.readAttributes(d.file(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!now.isRegularFile()) {
                notRemoved.add(new Problem(d.file(), "kept: no longer a regular file"));
            } else if (!now.lastModifiedTime().toInstant().equals(d.modifiedAt())) {
                notRemoved.add(new Problem(d.file(), "kept: changed since the plan was made"));
            } else {
                Files.delete(d.file());
                removed.add(d.file());
            }
        } catch (NoSuchFileException e) {
            notRemoved.add(new Problem(d.file(), "already gone"));
        } catch (IOException | SecurityException e) {
            notRemoved.add(new Problem(d.file(), "could not delete: " + e.getMessage()));
        }
    }

    private static Map<InstanceId, List<Deletion>> byInstance(List<Deletion> deletions) {
        Map<InstanceId, List<Deletion>> out = new LinkedHashMap<>();
        deletions.forEach(d -> out.computeIfAbsent(d.instance(), id -> new ArrayList<>()).add(d));
        return out;
    }
}
