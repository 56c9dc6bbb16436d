package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.Classified;
import dev.agentpool.core.model.StateLayout.FileKind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The regular files of ours in a state directory, for cleanup: per-instance files, and sidecar locks in
 * {@code locks/}. Symbolic links and non-regular files carrying our names are reported, never returned.
 */
record OwnFiles(Map<InstanceId, Map<FileKind, Seen>> byInstance, Map<InstanceId, Seen> sidecars,
                List<Problem> leftAlone) {

    /** A regular file as seen when listing. */
    record Seen(Path path, Instant modified) {
    }

    static OwnFiles list(StateLayout layout) {
        OwnFiles out = new OwnFiles(new TreeMap<>(), new HashMap<>(), new ArrayList<>());
        out.scan(layout.dir(), name -> StateLayout.classify(name).filter(c -> c.kind() != FileKind.LOCK));
        out.scan(layout.instancesDir(), name -> StateLayout.classify(name).filter(c -> c.kind() == FileKind.LOCK));
        out.scan(layout.locksDir(), name -> StateLayout.sidecarId(name).map(id -> new Classified(null, id)));
        return out;
    }

    private void scan(Path dir, java.util.function.Function<String, Optional<Classified>> classify) {
        if (Files.isSymbolicLink(dir)) {
            leftAlone.add(new Problem(dir, "is a symbolic link (not followed)"));
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> names = Files.newDirectoryStream(dir)) {
            for (Path path : names) {
                classify.apply(path.getFileName().toString()).ifPresent(c -> add(path, c));
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException | SecurityException e) {
            leftAlone.add(new Problem(dir, "cannot be listed: " + e.getMessage()));
        }
    }

    private void add(Path path, Classified what) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            leftAlone.add(new Problem(path, "cannot be inspected: " + e.getMessage()));
            return;
        }
        if (attrs.isSymbolicLink()) {
            leftAlone.add(new Problem(path, "is a symbolic link; left alone"));
        } else if (!attrs.isRegularFile()) {
            leftAlone.add(new Problem(path, "is not a regular file; left alone"));
        } else {
            Seen seen = new Seen(path, attrs.lastModifiedTime().toInstant());
            if (what.kind() == null) {
                sidecars.put(what.id(), seen);
            } else {
                byInstance.computeIfAbsent(what.id(), id -> new EnumMap<>(FileKind.class)).put(what.kind(), seen);
            }
        }
    }
}
