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
import java.nio.file.LinkOption;
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

    private record Entry(Path path, Classified what) {
    }

    /**
     * Decodes one entry, through the reuse pass when there is one; a class, not a lambda: no method-handle bootstrap
     * in a statusline JVM.
     */
    private static final class Decode implements java.util.function.Function<Entry, FileRead<?>> {
        private final ZoneId zone;
        private final FileReuse.Pass pass;

        Decode(ZoneId zone, FileReuse.Pass pass) {
            this.zone = zone;
            this.pass = pass;
        }

        @Override
        public FileRead<?> apply(Entry e) {
            return pass != null ? pass.read(e.path(), e.what().kind(), e.what().id(), zone)
                    : FileDecoders.read(e.path(), e.what().kind(), e.what().id(), zone);
        }
    }

    public static Result scan(StateLayout layout, ZoneId zone, ParallelReads reads) {
        return scan(layout, zone, reads, null);
    }

    /** With {@code reuse} (may be null): files unchanged since the previous scan are not read again. */
    static Result scan(StateLayout layout, ZoneId zone, ParallelReads reads, FileReuse reuse) {
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        java.util.Map<String, InstanceId> ids = new java.util.HashMap<>();
        list(layout.dir(), false, entries, problems, ids);
        list(layout.instancesDir(), true, entries, problems, ids);
        FileReuse.Pass pass = reuse == null ? null : reuse.begin();
        List<FileRead<?>> read = reads.map(entries, new Decode(zone, pass));
        if (pass != null) {
            pass.finish();
        }
        InstanceGrouping groups = new InstanceGrouping();
        for (int i = 0; i < entries.size(); i++) {
            FileRead<?> file = read.get(i);
            groups.add(entries.get(i).what(), file);
            report(file, problems);
        }
        return new Result(groups.build(), problems);
    }

    private static void list(Path dir, boolean locksOnly, List<Entry> out, List<Problem> problems,
                             java.util.Map<String, InstanceId> ids) {
        if (locksOnly && Files.isSymbolicLink(dir)) {
            problems.add(new Problem(dir, "is a symbolic link (not followed)"));
            return;
        }
        try (DirectoryStream<Path> names = Files.newDirectoryStream(dir)) {
            for (Path path : names) {
                classify(path, locksOnly, out, problems, ids);
            }
        } catch (NoSuchFileException e) {
            if (!locksOnly) {
                problems.add(new Problem(dir, "does not exist"));
            }
        } catch (AccessDeniedException e) {
            problems.add(new Problem(dir, "permission denied"));
        } catch (IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
            problems.add(new Problem(dir, "cannot be listed: " + e.getMessage()));
        }
    }

    private static void classify(Path path, boolean locksOnly, List<Entry> out, List<Problem> problems,
                                 java.util.Map<String, InstanceId> ids) {
        String name = name(path);
        if (name.startsWith(".")) {
            return; // our temp files ('.<name>.<hex>.tmp') and anything hidden
        }
        Classified what = StateLayout.classify(name, ids);
        if (what != null && (what.kind() == FileKind.LOCK) == locksOnly) {
            out.add(new Entry(path, what));
        } else if (what == null && looksLikeOurs(name, locksOnly)) {
            problems.add(new Problem(path, "name looks like ours but holds no valid instance ID; ignored"));
        }
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
