package dev.agentpool.claude;

import dev.agentpool.claude.io.DiagnosticLog;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.AtomicFiles;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.metrics.ActivityCodec;
import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.CounterFile;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.metrics.RealtimeMetricsCodec;
import dev.agentpool.core.metrics.StatuslineState;
import dev.agentpool.core.metrics.StatuslineStateCodec;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import dev.agentpool.core.registry.LockFileCodec;
import dev.agentpool.core.time.Elapsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of one instance as the hot path reads and writes them, through the core codecs. Callers hold the
 * instance's sidecar lock around a read-modify-write. A file that is missing reads as empty; one that is corrupt
 * reads as empty too, with a line in the diagnostic log (the next write replaces it with a good one).
 *
 * <p>Fewer writes per event: each write is a temp file, an fsync and a rename, the biggest cost left in a hook
 * process. {@link #refreshLock} ({@link #lockNeedsWrite}) and {@link #activityNeedsWrite} skip the write when the file on disk already says
 * the same except for its time stamp (lock {@code last_heartbeat}, activity {@code updated}) and that stamp is less
 * than {@link #REFRESH_AFTER} old. Staleness is judged by heartbeat age (3600 s by default), so a heartbeat up to
 * 5 s old is harmless (for a configured maximum age under 50 s the lock's window shrinks to a tenth of it,
 * {@link #heartbeatRefresh}); any real change (new session, subagent started or stopped, waiting flag) is written
 * at once. One object per update and thread: it keeps the text of the lock and activity files it last read.
 */
public final class InstanceFiles {

    /** A file whose content is unchanged but for its time stamp is rewritten only when the stamp is this old. */
    public static final Duration REFRESH_AFTER = Duration.ofSeconds(5);

    private static final Duration TEN_WINDOWS = Duration.ofSeconds(REFRESH_AFTER.getSeconds() * 10);

    private final StateLayout layout;
    private final InstanceId id;
    private final ZoneId zone;
    private final DiagnosticLog log;
    /**
     * The files this object read, with the text each held then (null: missing or unreadable), in the order read: for
     * {@link #unchangedOnDisk}, and the last text of the lock and activity files for the needs-write checks.
     */
    private final List<FileKind> seenKinds = new ArrayList<>();
    private final List<String> seenTexts = new ArrayList<>();
    private boolean seenUnreadable;

    /** @param log where unreadable (not missing) files are reported; null: nowhere ({@link #quiet}) */
    public InstanceFiles(StateLayout layout, InstanceId id, ZoneId zone, DiagnosticLog log) {
        this.layout = layout;
        this.id = id;
        this.zone = zone;
        this.log = log;
    }

    /**
     * The same files, reporting nothing: for a look before the real update, which reads them again and reports what
     * it finds (a file that cannot be read always leads to the real update, which replaces it).
     */
    public InstanceFiles quiet() {
        return new InstanceFiles(layout, id, zone, null);
    }

    public InstanceId id() {
        return id;
    }

    public Path path(FileKind kind) {
        return layout.path(kind, id);
    }

    /** The lock; its text is kept for {@link #lockNeedsWrite}. */
    public Optional<LockRecord> readLock() {
        Outcome<String> text = readText(FileKind.LOCK);
        return valueOf(FileKind.LOCK, LockFileCodec.decode(text, id, zone));
    }

    /** The activity record (empty when there is none); its text is kept for {@link #activityNeedsWrite}. */
    public ActivityRecord readActivity() {
        Outcome<String> text = readText(FileKind.ACTIVITY);
        Optional<ActivityRecord> read = valueOf(FileKind.ACTIVITY, ActivityCodec.decode(text, zone));
        return read.isPresent() ? read.get() : ActivityRecord.empty();
    }

    public Optional<StatuslineState> readState() {
        return valueOf(FileKind.STATE, StatuslineStateCodec.decode(readText(FileKind.STATE), zone));
    }

    public Optional<RealtimeMetrics> readMetrics() {
        return valueOf(FileKind.REALTIME_METRICS, RealtimeMetricsCodec.decode(readText(FileKind.REALTIME_METRICS), zone));
    }

    public Optional<Long> readCounter() {
        return valueOf(FileKind.COUNTER, CounterFile.decode(readText(FileKind.COUNTER)));
    }

    private Outcome<String> readText(FileKind kind) {
        Outcome<String> text = SafeFiles.readText(path(kind));
        if (!text.isOk() && !text.reason().equals(SafeFiles.MISSING)) {
            seenUnreadable = true;
        }
        seenKinds.add(kind);
        seenTexts.add(text.isOk() ? text.value() : null);
        return text;
    }

    /** The text the last read of {@code kind} found, null when it found none (missing, unreadable) or never read it. */
    private String lastRead(FileKind kind) {
        int i = seenKinds.lastIndexOf(kind);
        return i < 0 ? null : seenTexts.get(i);
    }

    /**
     * Whether every file this object read still holds exactly the text it held then (or is still missing), read
     * again now: what was decided from those reads is then still what would be decided. False when a read found a
     * file it could not read (deciding again reports it). For a decision made without the lock and checked under it
     * (HookRunner): only the bytes are read again, not parsed.
     */
    public boolean unchangedOnDisk() {
        if (seenUnreadable) {
            return false;
        }
        for (int i = 0; i < seenKinds.size(); i++) {
            Outcome<String> now = SafeFiles.readText(path(seenKinds.get(i)));
            String then = seenTexts.get(i);
            boolean same = then == null ? !now.isOk() && now.reason().equals(SafeFiles.MISSING)
                    : now.isOk() && now.value().equals(then);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    public void writeLock(LockRecord lock) throws IOException {
        if (!Files.isDirectory(layout.instancesDir())) { // a stat, not a failed mkdir and two exceptions
            Files.createDirectories(layout.instancesDir());
        }
        write(FileKind.LOCK, lockText(lock));
    }

    /**
     * Writes {@code after} unless {@code before} (what the file held) differs from it only by a heartbeat younger
     * than {@code refreshAfter} ({@link #heartbeatRefresh}) at {@code after}'s heartbeat. Returns whether it wrote.
     */
    public boolean refreshLock(Optional<LockRecord> before, LockRecord after, Duration refreshAfter)
            throws IOException {
        if (!lockNeedsWrite(before, after, refreshAfter)) {
            return false;
        }
        writeLock(after);
        return true;
    }

    /**
     * Whether {@link #refreshLock} would write {@code after}; {@code before} is what {@link #readLock} last returned.
     * The lock as it would be with the old heartbeat is compared with the text on disk itself, not with that text
     * parsed and written again: one JSON rendering less per event. A file we wrote is in exactly the form we write;
     * any other form (another writer's spacing or key order) differs, so it is rewritten once, in ours.
     */
    public boolean lockNeedsWrite(Optional<LockRecord> before, LockRecord after, Duration refreshAfter) {
        String lockOnDisk = lastRead(FileKind.LOCK);
        if (before.isPresent() && lockOnDisk != null
                && youngEnough(before.get().lastHeartbeat(), after.lastHeartbeat(), refreshAfter)) {
            LockRecord old = before.get();
            LockRecord sameBeat = new LockRecord(after.id(), after.pid(), after.startTime(), old.lastHeartbeat(),
                    after.processStart(), after.host(), after.metadata(), after.owner());
            return !lockText(sameBeat).equals(lockOnDisk);
        }
        return true;
    }

    /**
     * Whether the activity file must be rewritten: the same rule for its {@code updated} stamp, against the text
     * {@link #readActivity} last read ({@code before} is what it returned).
     */
    public boolean activityNeedsWrite(ActivityRecord before, ActivityRecord after) {
        String activityOnDisk = lastRead(FileKind.ACTIVITY);
        if (before.updated().isPresent() && after.updated().isPresent() && activityOnDisk != null
                && youngEnough(before.updated().get(), after.updated().get(), REFRESH_AFTER)) {
            ActivityRecord sameStamp = new ActivityRecord(after.runningSubagents(), after.launchedTotal(),
                    after.waitingForUser(), after.ended(), after.costUsd(), before.updated(), after.recentlyStopped());
            return !activityText(sameStamp).equals(activityOnDisk); // the text on disk, as for the lock
        }
        return true;
    }

    /**
     * How old a lock's heartbeat may get before a heartbeat-only event rewrites it: {@link #REFRESH_AFTER}, or a tenth
     * of the configured maximum heartbeat age when that is shorter, so the coarsening never decides staleness.
     */
    public static Duration heartbeatRefresh(Duration instanceMaxAge) {
        // not dividedBy/multipliedBy: they compute through BigDecimal, whose classes a hook JVM would load for this
        // alone; a maximum age under ten windows is under 50 s, so its nanoseconds fit a long
        if (instanceMaxAge.compareTo(TEN_WINDOWS) >= 0) {
            return REFRESH_AFTER;
        }
        return Duration.ofNanos(instanceMaxAge.toNanos() / 10);
    }

    private static boolean youngEnough(Instant stamp, Instant now, Duration refreshAfter) {
        return stamp != null && now != null && !stamp.isAfter(now) && Elapsed.plus(stamp, refreshAfter).isAfter(now);
    }

    private String lockText(LockRecord lock) {
        return JsonWriter.pretty(LockFileCodec.toMap(lock, zone));
    }

    private String activityText(ActivityRecord activity) {
        return JsonWriter.pretty(ActivityCodec.toMap(activity, zone));
    }

    public void writeActivity(ActivityRecord activity) throws IOException {
        write(FileKind.ACTIVITY, activityText(activity));
    }

    public void writeCounter(long count) throws IOException {
        write(FileKind.COUNTER, CounterFile.format(Math.max(0, count)));
    }

    public void writeState(StatuslineState state) throws IOException {
        write(FileKind.STATE, JsonWriter.pretty(StatuslineStateCodec.toMap(state, zone)));
    }

    public void writeMetrics(RealtimeMetrics metrics) throws IOException {
        write(FileKind.REALTIME_METRICS, JsonWriter.pretty(RealtimeMetricsCodec.toMap(metrics, zone)));
    }

    /** Temp file + fsync + atomic rename, without the directory fsync ({@link AtomicFiles#replace} says why). */
    private void write(FileKind kind, String text) throws IOException {
        AtomicFiles.replaceString(path(kind), text);
    }

    private <T> Optional<T> valueOf(FileKind kind, Outcome<T> outcome) {
        if (outcome.isOk()) {
            return Optional.of(outcome.value());
        }
        if (log != null && !outcome.reason().equals(SafeFiles.MISSING)) {
            log.warn(path(kind).getFileName() + " ignored: " + outcome.reason());
        }
        return Optional.empty();
    }
}
