package dev.agentpool.core.registry;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.FieldReader;
import dev.agentpool.core.json.Timestamps;
import dev.agentpool.core.model.LockRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@code instances/instance_<ID>.lock}. Legacy keys (instance_id, pid, start_time,
 * last_heartbeat, metadata) are written first and in the legacy form — timestamps naive local with microseconds,
 * because the legacy tools subtract them from a naive {@code datetime.now()} — then ours: process_start (with
 * offset), host, owner. Reading accepts naive or offset timestamps.
 *
 * <p>A lock is unreadable (failed {@link Outcome}) when instance_id or pid is missing or wrong; a bad optional value
 * (a timestamp, metadata) is dropped with a warning, so e.g. a bad heartbeat reads as a missing heartbeat.
 */
public final class LockFileCodec {

    private LockFileCodec() {
    }

    /** Reads a lock file; {@code expected} is the ID from its file name, which the content must repeat. */
    public static Outcome<LockRecord> read(Path file, InstanceId expected, ZoneId zone) {
        return decode(SafeFiles.readText(file), expected, zone);
    }

    /** {@link #read} of a file whose text (or why it could not be read) is {@code text}. */
    public static Outcome<LockRecord> decode(Outcome<String> text, InstanceId expected, ZoneId zone) {
        // no flatMap(lambda) chain: this runs in every hook JVM, where a lambda's bootstrap costs milliseconds
        Outcome<Map<String, Object>> json = SafeFiles.parseObject(text);
        if (!json.isOk()) {
            return Outcome.failed(json.reason());
        }
        Outcome<LockRecord> parsed = parse(json.value(), zone);
        if (!parsed.isOk()) {
            return parsed;
        }
        Outcome<LockRecord> checked = matches(parsed.value(), expected);
        return !checked.isOk() || parsed.warnings().isEmpty() ? checked
                : Outcome.ok(checked.value(), parsed.warnings());
    }

    public static Outcome<LockRecord> parse(Map<String, Object> map, ZoneId zone) {
        FieldReader in = new FieldReader(map);
        Optional<String> idText = in.string("instance_id");
        if (idText.isEmpty()) {
            return Outcome.failed(in.problems().isEmpty() ? "instance_id is missing" : in.problems().get(0));
        }
        if (!InstanceId.isValid(idText.get())) {
            return Outcome.failed("instance_id: " + new dev.agentpool.core.id.InvalidInstanceIdException(idText.get()).getMessage());
        }
        Optional<Long> pid = in.count("pid");
        if (pid.isPresent() && pid.get() <= 0) {
            pid = Optional.empty();
        }
        if (pid.isEmpty()) {
            return Outcome.failed(in.problems().isEmpty() ? "pid is missing or not positive" : in.problems().get(0));
        }
        LockRecord lock = new LockRecord(InstanceId.of(idText.get()), pid.get(),
                in.timestamp("start_time", zone).orElse(null),
                in.timestamp("last_heartbeat", zone).orElse(null),
                in.timestamp("process_start", zone).orElse(null),
                in.string("host").orElse(""),
                in.object("metadata").orElse(Map.of()),
                in.string("owner").orElse(""));
        return Outcome.ok(lock, in.problems());
    }

    /** The file content as an ordered map for {@code JsonWriter.pretty}; our keys only when known. */
    public static Map<String, Object> toMap(LockRecord lock, ZoneId zone) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("instance_id", lock.id().value());
        out.put("pid", lock.pid());
        out.put("start_time", naive(lock.startTime(), zone));
        out.put("last_heartbeat", naive(lock.lastHeartbeat(), zone));
        out.put("metadata", lock.metadata());
        // Ours only when known, so a legacy lock read and written back stays byte-identical.
        if (lock.processStart() != null) {
            out.put("process_start", Timestamps.formatWithOffset(lock.processStart(), zone));
        }
        if (!lock.host().isEmpty()) {
            out.put("host", lock.host());
        }
        if (!lock.owner().isEmpty()) {
            out.put("owner", lock.owner());
        }
        return out;
    }

    private static String naive(Instant instant, ZoneId zone) {
        return instant == null ? null : Timestamps.formatNaiveLocal(instant, zone);
    }

    private static Outcome<LockRecord> matches(LockRecord lock, InstanceId expected) {
        return lock.id().equals(expected) ? Outcome.ok(lock)
                : Outcome.failed("instance_id " + lock.id() + " does not match the file name (" + expected + ")");
    }
}
