package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a cleanup would delete, as a value the UI can show before anything happens ("which files will go").
 * Planning deletes nothing; {@link Cleanup#execute(CleanupPlan)} re-checks every instance before deleting.
 *
 * @param metricMaxAge metric files older than this are planned for deletion (unless their instance is live)
 * @param deletions the files to delete, grouped by instance in ID order
 * @param leftAlone files of ours that will not be touched and why (symbolic links, not regular files, live)
 */
public record CleanupPlan(Path dir, Duration metricMaxAge, Instant plannedAt, List<Deletion> deletions,
                          List<Problem> leftAlone) {

    public CleanupPlan {
        deletions = List.copyOf(deletions);
        leftAlone = List.copyOf(leftAlone);
    }

    /**
     * One file to delete.
     *
     * @param instance the instance the file belongs to
     * @param why e.g. "metric file 26 h old" or "lock of a stale instance: process 11009 is gone"
     * @param modifiedAt the modification time seen when planning; a file changed since is not deleted
     */
    public record Deletion(Path file, InstanceId instance, String why, Instant modifiedAt) {
    }

    public List<Path> files() {
        return deletions.stream().map(Deletion::file).toList();
    }

    public boolean isEmpty() {
        return deletions.isEmpty();
    }
}
