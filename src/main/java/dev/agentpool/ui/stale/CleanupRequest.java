package dev.agentpool.ui.stale;

import dev.agentpool.core.id.InstanceId;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user is asked to confirm: the stale instances to clean up and exactly which files of each will go
 * (as the last scan saw them). Built by {@link StaleViewModel}, shown by the confirmation dialog, executed by a
 * {@link StaleCleaner}.
 */
public record CleanupRequest(List<Target> targets) {

    public CleanupRequest {
        targets = List.copyOf(targets);
    }

    /** One stale instance and its files. */
    public record Target(InstanceId id, String name, String reason, int agents, List<Path> files) {
        public Target {
            files = List.copyOf(files);
        }
    }

    public boolean isEmpty() {
        return targets.isEmpty();
    }

    public int fileCount() {
        return targets.stream().mapToInt(t -> t.files().size()).sum();
    }

    public int agents() {
        return targets.stream().mapToInt(Target::agents).sum();
    }

    /** E.g. "Delete 20 files of 5 stale instances (145 agents)?" */
    public String question() {
        int n = targets.size();
        return "Delete " + fileCount() + (fileCount() == 1 ? " file" : " files") + " of " + n + " stale "
                + (n == 1 ? "instance" : "instances") + " (" + agents() + " agents)?";
    }
}
