package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.metrics.StatuslineState;
import dev.agentpool.core.model.LockRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one instance as read in one scan; any of them may be null (absent). {@code id} is null for the
 * shared (legacy) mode files. A present file whose content
 * could not be decoded carries the reason in its {@link FileRead#content()}.
 */
public record InstanceFiles(
        InstanceId id,
        FileRead<LockRecord> lock,
        FileRead<Long> counter,
        FileRead<RealtimeMetrics> realtime,
        FileRead<StatuslineState> state,
        FileRead<ActivityRecord> activity) {

    /** Every file present (readable or not), lock first. */
    public List<FileRead<?>> present() {
        // loops, not streams: the statusline JVM assembles every instance once (no lambda bootstraps)
        List<FileRead<?>> out = new ArrayList<>(5);
        for (FileRead<?> f : new FileRead<?>[] {lock, counter, realtime, state, activity}) {
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The paths of {@link #present()}, in that order (a plain loop: the scan asks once per instance). */
    public List<Path> paths() {
        List<Path> out = new ArrayList<>(5);
        for (FileRead<?> f : new FileRead<?>[] {lock, counter, realtime, state, activity}) {
            if (f != null) {
                out.add(f.path());
            }
        }
        return List.copyOf(out);
    }
}
