package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.LockRecord;
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
     * One file of ours as listed: {@code path} is the listed path when the listing gave one (a name that is not pure
     * ASCII keeps its exact bytes that way), else null: it is made from {@code parent} and {@code name} on the
     * reading thread.
     */
    private record Entry(Path parent, String name, Path path, Classified what) {
        Path file() {
            return path != null ? path : parent.resolve(name);
        }
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
            Path file = e.file();
            return pass != null ? pass.read(file, e.what().kind(), e.what().id(), zone)
                    : FileDecoders.read(file, e.what().kind(), e.what().id(), zone);
        }
    }

    /**
     * Which instances a scan reads beyond their lock file, decided from the lock as read (null: the instance has no
     * lock file). An instance not kept is left out of the result whole: its files are not read and its problems not
     * reported.
     */
    interface LockFilter {
        boolean keep(InstanceId id, FileRead<LockRecord> lock);
    }

    public static Result scan(StateLayout layout, ZoneId zone, ParallelReads reads) {
        return scan(layout, zone, reads, null, null);
    }

    /**
     * With {@code reuse} (may be null): files unchanged since the previous scan are not read again; with
     * {@code filter} (may be null: every instance) the lock files are read first and only the kept instances' other
     * files after them.
     */
    static Result scan(StateLayout layout, ZoneId zone, ParallelReads reads, FileReuse reuse, LockFilter filter) {
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        java.util.Map<String, InstanceId> ids = new java.util.HashMap<>();
        // Names are classified here, on the calling thread, not on the reading threads: measured at 10,000 instances,
        // classifying on both threads cost ~5 % more CPU than doing it once here (both interpret and compile it, and
        // share the ID map), and below 6,000 files the CLI reads on this thread anyway.
        list(layout.dir(), false, entries, problems, ids);
        list(layout.instancesDir(), true, entries, problems, ids);
        FileReuse.Pass pass = reuse == null ? null : reuse.begin();
        Decode decode = new Decode(zone, pass);
        List<FileRead<?>> read;
        if (filter == null) {
            read = reads.map(entries, decode);
        } else {
            read = new ArrayList<>();
            entries = readKept(entries, reads, decode, filter, read);
        }
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

    /**
     * Reads the lock entries, asks {@code filter} about each instance, then reads the other entries of the kept ones;
     * returns the kept entries, their reads (in the same order) added to {@code read}.
     */
    @SuppressWarnings("unchecked")
    private static List<Entry> readKept(List<Entry> entries, ParallelReads reads, Decode decode, LockFilter filter,
                                        List<FileRead<?>> read) {
        List<Entry> locks = new ArrayList<>();
        List<Entry> others = new ArrayList<>();
        for (Entry e : entries) {
            (e.what().kind() == FileKind.LOCK ? locks : others).add(e);
        }
        List<FileRead<?>> lockReads = reads.map(locks, decode);
        java.util.Map<InstanceId, Boolean> kept = new java.util.HashMap<>();
        List<Entry> chosen = new ArrayList<>();
        for (int i = 0; i < locks.size(); i++) {
            InstanceId id = locks.get(i).what().id();
            boolean keep = filter.keep(id, (FileRead<LockRecord>) lockReads.get(i));
            kept.put(id, keep);
            if (keep) {
                chosen.add(locks.get(i));
                read.add(lockReads.get(i));
            }
        }
        List<Entry> rest = new ArrayList<>();
        for (Entry e : others) {
            Boolean keep = kept.get(e.what().id());
            if (keep == null) { // an instance without a lock file
                keep = filter.keep(e.what().id(), null);
                kept.put(e.what().id(), keep);
            }
            if (keep) {
                rest.add(e);
            }
        }
        read.addAll(reads.map(rest, decode));
        chosen.addAll(rest);
        return chosen;
    }

    private static void list(Path dir, boolean locksOnly, List<Entry> out, List<Problem> problems,
                             java.util.Map<String, InstanceId> ids) {
        if (locksOnly && Files.isSymbolicLink(dir)) {
            problems.add(new Problem(dir, "is a symbolic link (not followed)"));
            return;
        }
        // File.list: the names as strings straight from readdir, no Path per entry (~2× cheaper than a DirectoryStream
        // at 4,000 names; the Path of a file of ours is made on the reading thread). It says nothing about a failure,
        // and a name that is not ASCII may not survive the round trip through a String; for both the DirectoryStream
        // below lists again, as before.
        String[] names = new java.io.File(dir.toString()).list();
        if (names != null && allAscii(names)) {
            for (String name : names) {
                classify(dir, name, null, locksOnly, out, problems, ids);
            }
            return;
        }
        try (DirectoryStream<Path> paths = Files.newDirectoryStream(dir)) {
            for (Path path : paths) {
                classify(dir, name(path), path, locksOnly, out, problems, ids);
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

    /** {@code path}: the listed path, or null to make it from {@code dir} and {@code name} when needed. */
    private static void classify(Path dir, String name, Path path, boolean locksOnly, List<Entry> out,
                                 List<Problem> problems, java.util.Map<String, InstanceId> ids) {
        if (name.startsWith(".")) {
            return; // our temp files ('.<name>.<hex>.tmp') and anything hidden
        }
        Classified what = StateLayout.classify(name, ids);
        if (what != null && (what.kind() == FileKind.LOCK) == locksOnly) {
            out.add(new Entry(dir, name, path, what));
        } else if (what == null && looksLikeOurs(name, locksOnly)) {
            problems.add(new Problem(path != null ? path : dir.resolve(name),
                    "name looks like ours but holds no valid instance ID; ignored"));
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
