package dev.agentpool.core.aggregate;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.Charsets;
import dev.agentpool.core.metrics.ActivityCodec;
import dev.agentpool.core.metrics.CounterFile;
import dev.agentpool.core.metrics.RealtimeMetricsCodec;
import dev.agentpool.core.metrics.StatuslineStateCodec;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StateLayout.FileKind;
import dev.agentpool.core.registry.LockFileCodec;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import dev.agentpool.core.model.StateLayout;

/** Reads one of our files by kind, decoding it with the storage codecs. Never throws for a bad file. */
public final class FileDecoders {

    private FileDecoders() {
    }

    /** Reads and decodes {@code file} as a {@code kind} file of instance {@code id}. */
    public static FileRead<?> read(Path file, FileKind kind, InstanceId id, ZoneId zone) {
        return read(ScanReader.stat(file), kind, id, zone);
    }

    /** Reads and decodes the file {@code stat} describes (already lstat'ed, e.g. to compare with a cached read). */
    static FileRead<?> read(ScanReader.Stat stat, FileKind kind, InstanceId id, ZoneId zone) {
        // Each step only on success, without lambdas (the statusline JVM runs this for every file it scans; a lambda
        // call site costs it a method-handle bootstrap). Same outcomes and warnings as the map(...) chain it replaces.
        // A pure-ASCII file is decoded straight from the read buffer (no String of its text).
        FileRead<Object> content = ScanReader.readForDecoding(stat);
        if (!content.isOk()) {
            return content;
        }
        Object raw = content.value();
        ByteBuffer ascii = raw instanceof ByteBuffer b ? b : null;
        if (kind == FileKind.COUNTER) {
            return content.then(CounterFile.parse(ascii != null
                    ? new String(ascii.array(), 0, ascii.position(), Charsets.ISO_8859_1) : (String) raw));
        }
        FileRead<Map<String, Object>> json = content.then(ascii != null
                ? SafeFiles.parseAsciiObject(ascii.array(), ascii.position()) : SafeFiles.parseObject((String) raw));
        if (!json.isOk()) {
            return json;
        }
        // ifs, not a switch over FileKind: javac's switch map is a class of its own whose initialiser catches
        // NoSuchFieldError, and an enum switch expression throws IncompatibleClassChangeError for an unknown
        // constant; three classes a statusline JVM would load for this dispatch alone
        if (kind == FileKind.REALTIME_METRICS) {
            return json.then(RealtimeMetricsCodec.parse(json.value(), zone));
        }
        if (kind == FileKind.STATE) {
            return json.then(StatuslineStateCodec.parse(json.value(), zone));
        }
        if (kind == FileKind.ACTIVITY) {
            return json.then(ActivityCodec.parse(json.value(), zone));
        }
        if (kind == FileKind.LOCK) {
            FileRead<LockRecord> lock = json.then(LockFileCodec.parse(json.value(), zone));
            return lock.isOk() ? lock.then(matching(lock.value(), id)) : lock;
        }
        throw new IllegalStateException("handled above: " + kind);
    }

    /**
     * Reads every file of one instance, or of shared (legacy) mode when {@code id} is empty (no lock nor activity
     * file there). Missing files come back as failed reads saying "does not exist".
     */
    @SuppressWarnings("unchecked")
    public static InstanceFiles readInstance(StateLayout layout, Optional<InstanceId> id, ZoneId zone) {
        FileRead<?>[] f = new FileRead<?>[FileKind.values().length];
        for (FileKind kind : FileKind.values()) {
            if (id.isPresent() || kind.sharedFileName().isPresent()) {
                f[kind.ordinal()] = read(layout.path(kind, id), kind, id.orElse(null), zone);
            }
        }
        return new InstanceFiles(id.orElse(null), (FileRead) f[FileKind.LOCK.ordinal()],
                (FileRead) f[FileKind.COUNTER.ordinal()], (FileRead) f[FileKind.REALTIME_METRICS.ordinal()],
                (FileRead) f[FileKind.STATE.ordinal()], (FileRead) f[FileKind.ACTIVITY.ordinal()]);
    }

    private static Outcome<LockRecord> matching(LockRecord lock, InstanceId expected) {
        return lock.id().equals(expected) ? Outcome.ok(lock)
                : Outcome.failed("instance_id " + lock.id() + " does not match the file name (" + expected + ")");
    }
}
