package dev.agentpool.core.model;

import dev.agentpool.core.id.InstanceId;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Names of every file we read or write in the state directory (see docs/file-formats.md of the legacy system and
 * docs/architecture.md). The single place that knows the on-disk layout; cleanup only ever deletes names that
 * {@link #classify(String)} recognises.
 */
public record StateLayout(Path dir) {

    public static final String INSTANCES_DIR = "instances";
    /** Sidecar lock files ({@code <ID>.lck}, {@code shared.lck}): never renamed, so a FileChannel lock on them holds. */
    public static final String LOCKS_DIR = "locks";
    public static final String SIDECAR_SUFFIX = ".lck";
    public static final String SHARED_SIDECAR = "shared" + SIDECAR_SUFFIX;

    /** Kinds of per-instance file, with their name prefix and suffix. */
    public enum FileKind {
        LOCK("instance_", ".lock"),
        COUNTER("agent_usage_counter_", ".txt"),
        REALTIME_METRICS("realtime_metrics_", ".json"),
        STATE("statusline_state_", ".json"),
        /** Ours (not legacy): running subagents, waiting flag and Claude Code session details, written by the hook. */
        ACTIVITY("claude_activity_", ".json");

        private final String prefix;
        private final String suffix;

        FileKind(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
        }

        public String prefix() {
            return prefix;
        }

        public String suffix() {
            return suffix;
        }

        public String fileName(InstanceId id) {
            return prefix + id.value() + suffix;
        }

        /** The legacy shared-mode file name (no ID), or empty for kinds that have none. */
        public Optional<String> sharedFileName() {
            return switch (this) {
                case COUNTER -> Optional.of("agent_usage_counter.txt");
                case REALTIME_METRICS -> Optional.of("realtime_metrics.json");
                case STATE -> Optional.of("statusline_state.json");
                default -> Optional.empty();
            };
        }
    }

    /** A per-instance file name recognised as ours. */
    public record Classified(FileKind kind, InstanceId id) {
    }

    public Path instancesDir() {
        return dir.resolve(INSTANCES_DIR);
    }

    public Path path(FileKind kind, InstanceId id) {
        Path parent = kind == FileKind.LOCK ? instancesDir() : dir;
        return parent.resolve(kind.fileName(id));
    }

    public Path locksDir() {
        return dir.resolve(LOCKS_DIR);
    }

    /** The sidecar lock file of an instance ({@code locks/<ID>.lck}) or of shared mode ({@code locks/shared.lck}). */
    public Path sidecarLockPath(Optional<InstanceId> id) {
        return locksDir().resolve(id.isPresent() ? id.get().value() + SIDECAR_SUFFIX : SHARED_SIDECAR);
    }

    /** The instance a sidecar file name in {@code locks/} belongs to (empty for {@code shared.lck} and others). */
    public static Optional<InstanceId> sidecarId(String fileName) {
        return InstanceId.fromFileName(fileName, "", SIDECAR_SUFFIX);
    }

    /** Shared-mode (no instance) path; throws for kinds without one. */
    public Path sharedPath(FileKind kind) {
        return dir.resolve(kind.sharedFileName().orElseThrow(
                () -> new IllegalArgumentException(kind + " has no shared-mode file")));
    }

    /** Per-instance path when {@code id} is present, else the shared-mode path. */
    public Path path(FileKind kind, Optional<InstanceId> id) {
        return id.map(i -> path(kind, i)).orElseGet(() -> sharedPath(kind));
    }

    /** Which of our per-instance files a bare file name is, if any (the whole ID is extracted). */
    public static Optional<Classified> classify(String fileName) {
        Classified what = classify(fileName, null);
        return what == null ? Optional.empty() : Optional.of(what);
    }

    private static final FileKind[] KINDS = FileKind.values();

    /**
     * {@link #classify(String)} (null for empty) with the IDs already met in this scan ({@code known}, may be null;
     * see {@link InstanceId#fromFileName(String, String, String, java.util.Map)}).
     */
    public static Classified classify(String fileName, java.util.Map<String, InstanceId> known) {
        for (FileKind kind : KINDS) {
            InstanceId id = InstanceId.fromFileName(fileName, kind.prefix(), kind.suffix(), known);
            if (id != null) {
                return new Classified(kind, id);
            }
        }
        return null;
    }
}
