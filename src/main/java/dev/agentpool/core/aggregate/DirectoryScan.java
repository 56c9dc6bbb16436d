package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.Classified;
import dev.agentpool.core.model.StateLayout.FileKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a state directory: one listing of {@code <dir>} and one of {@code <dir>/instances}, every name
 * classified by {@link StateLayout#classify}, every file of ours read once (possibly in parallel). Names that are
 * not ours are ignored; names that look like ours but carry no valid ID, and files that cannot be read, become
 * {@link Problem}s. Never throws for a bad directory.
 */
public final class DirectoryScan {

    private DirectoryScan() {
    }

    /** What a scan found: files grouped by instance (sorted by ID) and the problems met. */
    public record Result(List<InstanceFiles> instances, List<Problem> problems) {
        public Result {
            instances = List.copyOf(instances);
            problems = List.copyOf(problems);
        }
    }

    /**
     * One listed name, or a problem of the listing itself at its place in the listing order. {@code path} is the
     * listed path when the listing gave one (a name that is not pure ASCII keeps its exact bytes that way), else null:
     * it is made from {@code parent} and {@code name} on the reading thread, and only for names that are ours.
     */
    private record Listed(Path parent, String name, Path path, boolean locksOnly, Problem problem) {
    }

    /**
     * What became of one listed name: its kind and ID with the file read, or a problem, or neither (not ours). A
     * listing problem comes back as it was.
     */
    private record Found(Classified what, FileRead<?> file, Problem problem) {
        static final Found IGNORED = new Found(null, null, null);
    }

    /**
     * Classifies one listed name and reads it when it is ours, through the reuse pass when there is one: on the
     * reading threads, so the main thread only lists. A class, not a lambda: no method-handle bootstrap in a
     * statusline JVM.
     */
    private static final class Decode implements java.util.function.Function<Listed, Found> {
        private final ZoneId zone;
        private final FileReuse.Pass pass;
        /**
         * The IDs met in this scan (see {@link StateLayout#classify(String, java.util.Map)}), shared by the reading
         * threads; two threads that meet a new ID at once both make it, equal objects that group alike. Sized for
         * the listing up front: a growing map is resized by both threads at once, under its bins' locks.
         */
        private final java.util.Map<String, InstanceId> known;

        Decode(ZoneId zone, FileReuse.Pass pass, int names) {
            this.zone = zone;
            this.pass = pass;
            // about one ID per 4 names (lock, counter, realtime metrics, state file)
            this.known = new java.util.concurrent.ConcurrentHashMap<>(Math.max(16, names / 3));
        }

        @Override
        public Found apply(Listed e) {
            if (e.problem() != null) {
                return new Found(null, null, e.problem());
            }
            Classified what = StateLayout.classify(e.name(), known);
            if (what == null || (what.kind() == FileKind.LOCK) != e.locksOnly()) {
                if (what == null && looksLikeOurs(e.name(), e.locksOnly())) {
                    return new Found(null, null,
                            new Problem(path(e), "name looks like ours but holds no valid instance ID; ignored"));
                }
                return Found.IGNORED;
            }
            Path path = path(e);
            return new Found(what, pass != null ? pass.read(path, what.kind(), what.id(), zone)
                    : FileDecoders.read(path, what.kind(), what.id(), zone), null);
        }

        private static Path path(Listed e) {
            return e.path() != null ? e.path() : e.parent().resolve(e.name());
        }
    }

    public static Result scan(StateLayout layout, ZoneId zone, ParallelReads reads) {
        return scan(layout, zone, reads, null);
    }

    /** With {@code reuse} (may be null): files unchanged since the previous scan are not read again. */
    static Result scan(StateLayout layout, ZoneId zone, ParallelReads reads, FileReuse reuse) {
        List<Listed> listed = new ArrayList<>();
        list(layout.dir(), false, listed);
        list(layout.instancesDir(), true, listed);
        FileReuse.Pass pass = reuse == null ? null : reuse.begin();
        List<Found> found = reads.map(listed, new Decode(zone, pass, listed.size()));
        if (pass != null) {
            pass.finish();
        }
        // the problems in the order of a sequential scan: the listing's (names and directories, in listing order),
        // then the reads' (in the same order)
        List<Problem> problems = new ArrayList<>();
        for (Found f : found) {
            if (f.problem() != null) {
                problems.add(f.problem());
            }
        }
        InstanceGrouping groups = new InstanceGrouping();
        for (Found f : found) {
            if (f.file() != null) {
                groups.add(f.what(), f.file());
                report(f.file(), problems);
            }
        }
        return new Result(groups.build(), problems);
    }

    private static void list(Path dir, boolean locksOnly, List<Listed> out) {
        if (locksOnly && Files.isSymbolicLink(dir)) {
            out.add(new Listed(dir, null, null, locksOnly, new Problem(dir, "is a symbolic link (not followed)")));
            return;
        }
        // File.list: the names as strings straight from readdir, no Path per entry (the listing is the only work on
        // the main thread before the reading threads start: ~2× cheaper than a DirectoryStream at 4,000 names). It
        // says nothing about a failure, and a name that is not ASCII may not survive the round trip through a String;
        // for both the DirectoryStream below lists again, as before.
        String[] names = new java.io.File(dir.toString()).list();
        if (names != null && allAscii(names)) {
            for (String name : names) {
                if (!name.startsWith(".")) { // our temp files ('.<name>.<hex>.tmp') and anything hidden
                    out.add(new Listed(dir, name, null, locksOnly, null));
                }
            }
            return;
        }
        try (DirectoryStream<Path> paths = Files.newDirectoryStream(dir)) {
            for (Path path : paths) {
                String name = name(path);
                if (!name.startsWith(".")) {
                    out.add(new Listed(dir, name, path, locksOnly, null));
                }
            }
        } catch (NoSuchFileException e) {
            if (!locksOnly) {
                out.add(new Listed(dir, null, null, locksOnly, new Problem(dir, "does not exist")));
            }
        } catch (AccessDeniedException e) {
            out.add(new Listed(dir, null, null, locksOnly, new Problem(dir, "permission denied")));
        } catch (IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
            out.add(new Listed(dir, null, null, locksOnly, new Problem(dir, "cannot be listed: " + e.getMessage())));
        }
    }

    private static boolean allAscii(String[] names) {
        for (String name : names) {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) > 0x7f) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The file name of a listed path: the text after its last separator, without {@code getFileName()} (which scans
     * the whole path for its separators and copies the name into a new Path, per entry).
     */
    private static String name(Path path) {
        String full = path.toString();
        int cut = Math.max(full.lastIndexOf('/'), full.lastIndexOf(java.io.File.separatorChar));
        if (cut < 0 || cut == full.length() - 1) {
            Path name = path.getFileName();
            return name == null ? "" : name.toString();
        }
        return full.substring(cut + 1);
    }

    private static boolean looksLikeOurs(String name, boolean locksOnly) {
        for (FileKind kind : FileKind.values()) {
            if ((kind == FileKind.LOCK) == locksOnly && name.startsWith(kind.prefix()) && name.endsWith(kind.suffix())) {
                return true;
            }
        }
        return false;
    }

    private static void report(FileRead<?> file, List<Problem> problems) {
        if (!file.isOk()) {
            problems.add(new Problem(file.path(), file.content().reason()));
        } else {
            for (String w : file.content().warnings()) {
                problems.add(new Problem(file.path(), "value skipped: " + w));
            }
        }
    }

    /**
     * Collects reads per instance in a hash map, sorted by ID once at the end (a sorted map compared IDs on every one
     * of 40,000 insertions), so snapshots list instances by ID.
     */
    private static final class InstanceGrouping {
        private static final int KINDS = FileKind.values().length;
        private final java.util.HashMap<InstanceId, FileRead<?>[]> byId = new java.util.HashMap<>();

        void add(Classified what, FileRead<?> file) {
            FileRead<?>[] files = byId.get(what.id());
            if (files == null) {
                files = new FileRead<?>[KINDS];
                byId.put(what.id(), files);
            }
            files[what.kind().ordinal()] = file;
        }

        @SuppressWarnings("unchecked")
        List<InstanceFiles> build() {
            InstanceId[] ids = byId.keySet().toArray(new InstanceId[0]);
            java.util.Arrays.sort(ids);
            List<InstanceFiles> out = new ArrayList<>(ids.length);
            for (InstanceId id : ids) {
                FileRead<?>[] f = byId.get(id);
                out.add(new InstanceFiles(id, (FileRead) f[FileKind.LOCK.ordinal()],
                        (FileRead) f[FileKind.COUNTER.ordinal()], (FileRead) f[FileKind.REALTIME_METRICS.ordinal()],
                        (FileRead) f[FileKind.STATE.ordinal()], (FileRead) f[FileKind.ACTIVITY.ordinal()]));
            }
            return out;
        }
    }
}
