package dev.agentpool.core.registry;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.AtomicFiles;
import dev.agentpool.core.io.InstanceFileLock;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instance registry: lock files in {@code instances/}. Registers an instance on behalf of an {@link Owner}
 * (whose pid and start time go into the lock), refreshes heartbeats, lists instances with their stale reasons,
 * deregisters. Every write holds the instance's {@link InstanceFileLock} and replaces the file atomically.
 * Synchronous; time comes from the injected clock (its zone is the local zone of naive legacy timestamps).
 */
public final class InstanceRegistry {

    private final StateLayout layout;
    private final Clock clock;
    private final ProcessInspector inspector;
    private final StalenessPolicy policy;
    private final String host;

    public InstanceRegistry(StateLayout layout, Clock clock, ProcessInspector inspector, StalenessPolicy policy,
            String host) {
        this.layout = layout;
        this.clock = clock;
        this.inspector = inspector;
        this.policy = policy;
        this.host = host;
    }

    /**
     * Writes the lock of {@code id} for {@code owner} (start time and heartbeat now, owner's process start).
     * Throws {@link IllegalArgumentException} when the owner process does not exist: its lock would be stale at once.
     */
    public LockRecord register(InstanceId id, Owner owner, Map<String, Object> metadata) throws IOException {
        ProcessInfo process = inspector.lookup(owner.pid()).orElseThrow(
                () -> new IllegalArgumentException("no process with pid " + owner.pid() + " to register for"));
        Instant now = clock.instant();
        LockRecord lock = new LockRecord(id, owner.pid(), now, now, process.startTime().orElse(null), host, metadata,
                owner.kind());
        try (InstanceFileLock guard = InstanceFileLock.acquire(layout, Optional.of(id))) {
            write(lock);
        }
        return lock;
    }

    /** Refreshes the heartbeat of {@code id}; a failure says why (no lock, unreadable lock). */
    public Outcome<LockRecord> heartbeat(InstanceId id) throws IOException {
        try (InstanceFileLock guard = InstanceFileLock.acquire(layout, Optional.of(id))) {
            Outcome<LockRecord> current = read(id);
            if (!current.isOk()) {
                return current;
            }
            LockRecord refreshed = current.value().withLastHeartbeat(clock.instant());
            write(refreshed);
            return Outcome.ok(refreshed);
        }
    }

    /** The lock of {@code id} as stored. */
    public Outcome<LockRecord> read(InstanceId id) {
        return LockFileCodec.read(layout.path(FileKind.LOCK, id), id, clock.getZone());
    }

    /** Every lock file of {@code instances/} (other names are ignored), with its stale reason, sorted by ID. */
    public List<RegistryEntry> listAll() throws IOException {
        List<RegistryEntry> entries = new ArrayList<>();
        for (InstanceId id : lockIds()) {
            entries.add(entry(id));
        }
        entries.sort((a, b) -> a.id().compareTo(b.id()));
        return entries;
    }

    /** The readable locks of live instances. */
    public List<LockRecord> listActive() throws IOException {
        return listAll().stream().filter(RegistryEntry::isLive).map(e -> e.lock().orElseThrow()).toList();
    }

    /** The entry for one instance, judged now. */
    public RegistryEntry entry(InstanceId id) {
        Path file = layout.path(FileKind.LOCK, id);
        Outcome<LockRecord> read = read(id);
        if (!read.isOk()) {
            return new RegistryEntry(id, file, Optional.empty(), Optional.of(StaleReason.unreadableLock(read.reason())),
                    List.of());
        }
        return new RegistryEntry(id, file, Optional.of(read.value()), policy.evaluate(read.value(), clock.instant()),
                read.warnings());
    }

    /** Removes the lock of {@code id} and its sidecar; true when a lock file was removed. Never follows a symlink. */
    public boolean deregister(InstanceId id) throws IOException {
        boolean removed;
        try (InstanceFileLock guard = InstanceFileLock.acquire(layout, Optional.of(id))) {
            removed = Files.deleteIfExists(layout.path(FileKind.LOCK, id));
            Files.deleteIfExists(layout.sidecarLockPath(Optional.of(id)));
        }
        return removed;
    }

    private void write(LockRecord lock) throws IOException {
        Files.createDirectories(layout.instancesDir());
        AtomicFiles.writeString(layout.path(FileKind.LOCK, lock.id()),
                JsonWriter.pretty(LockFileCodec.toMap(lock, clock.getZone())));
    }

    private List<InstanceId> lockIds() throws IOException {
        List<InstanceId> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.instancesDir())) {
            for (Path f : files) {
                StateLayout.classify(f.getFileName().toString())
                        .filter(c -> c.kind() == FileKind.LOCK).ifPresent(c -> ids.add(c.id()));
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return ids;
    }
}
