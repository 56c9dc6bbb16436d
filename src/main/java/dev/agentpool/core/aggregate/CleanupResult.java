package dev.agentpool.core.aggregate;

import dev.agentpool.core.model.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a cleanup did: exactly the files removed, the planned files that were not removed and why (the instance
 * became live, the file changed or vanished, deletion failed), and the files left alone at planning time.
 */
public record CleanupResult(List<Path> removed, List<Problem> notRemoved, List<Problem> leftAlone) {

    public CleanupResult {
        removed = List.copyOf(removed);
        notRemoved = List.copyOf(notRemoved);
        leftAlone = List.copyOf(leftAlone);
    }
}
