package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.StateLayout.FileKind;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoded files of the previous scan, kept by a long-lived {@link Aggregator} (see
 * {@link Aggregator#reusingUnchangedFiles()}): a file whose lstat shows the same size, modification time and file
 * key (inode) as when it was decoded is not read again; any difference (including a same-size rewrite with a new
 * modification time, or a rename over it) reads it again. A file missing from a scan is forgotten. A file rewritten
 * in place with the same size and its modification time set back is not noticed: that is the price of not reading.
 * Only successful reads are kept: a file that could not be read or decoded is tried again every scan, so a fix that
 * leaves the stat alone (a {@code chmod}, which changes only the ctime) shows at once. Thread-safe; overlapping
 * scans each see a consistent previous generation.
 */
final class FileReuse {

    private record Entry(ScanReader.Stat stat, FileRead<?> read) {
    }

    private volatile Map<Path, Entry> previous = Map.of();

    /** One scan's use of the cache: reads through it, then {@link Pass#finish} makes it the next previous. */
    final class Pass {
        private final Map<Path, Entry> before = previous;
        private final Map<Path, Entry> seen = new ConcurrentHashMap<>();

        FileRead<?> read(Path file, FileKind kind, InstanceId id, ZoneId zone) {
            ScanReader.Stat stat = ScanReader.stat(file);
            Entry old = before.get(file);
            FileRead<?> read = old != null && stat.sameAs(old.stat()) ? old.read()
                    : FileDecoders.read(stat, kind, id, zone);
            if (stat.attrs() != null && read.isOk()) {
                seen.put(file, new Entry(stat, read));
            }
            return read;
        }

        void finish() {
            previous = seen;
        }
    }

    Pass begin() {
        return new Pass();
    }

    /** How many files the last finished scan left to reuse (for tests and diagnostics). */
    int remembered() {
        return previous.size();
    }
}
