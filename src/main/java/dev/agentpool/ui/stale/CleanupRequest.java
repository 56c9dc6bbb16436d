package dev.agentpool.ui.stale;

import dev.agentpool.core.id.InstanceId;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user is asked to confirm: the stale instances to clean up and exactly which files of each will go.
 * {@link StaleViewModel} asks for the instances it lists; the {@link StaleCleaner} plans (fills in the files found
 * on disk and its own {@code plan}); the dialog shows it; the same value is then executed.
 *
 * @param plan the cleaner's own plan, opaque to the UI (null before planning)
 */
public record CleanupRequest(List<Target> targets, Object plan) {

    public CleanupRequest {
        targets = List.copyOf(targets);
    }

    /** One stale instance and the files that will be deleted. */
    public record Target(InstanceId id, String name, String reason, int agents, List<Path> files) {
        public Target {
            files = List.copyOf(files);
        }

        public Target withFiles(List<Path> planned) {
            return new Target(id, name, reason, agents, planned);
        }
    }

    public List<InstanceId> ids() {
        return targets.stream().map(Target::id).toList();
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
