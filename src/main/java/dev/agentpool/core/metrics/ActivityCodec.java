package dev.agentpool.core.metrics;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.FieldReader;
import dev.agentpool.core.json.Timestamps;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@code claude_activity_<ID>.json}. Timestamps are written with offset (no legacy reader exists).
 * A malformed subagent entry or value is left out with a warning; only a non-object file fails.
 */
public final class ActivityCodec {

    /** More running subagents than this in one file is hostile input, not Claude Code. */
    static final int MAX_RUNNING = 10_000;

    private ActivityCodec() {
    }

    public static Outcome<ActivityRecord> read(Path file, ZoneId zone) {
        return decode(SafeFiles.readText(file), zone);
    }

    /** {@link #read} of a file whose text (or why it could not be read) is {@code text}. */
    public static Outcome<ActivityRecord> decode(Outcome<String> text, ZoneId zone) {
        Outcome<Map<String, Object>> json = SafeFiles.parseObject(text);
        return json.isOk() ? parse(json.value(), zone) : Outcome.failed(json.reason());
    }

    public static Outcome<ActivityRecord> parse(Map<String, Object> map, ZoneId zone) {
        FieldReader in = new FieldReader(map);
        Map<String, ActivityRecord.Running> running = running(in, zone);
        ActivityRecord r = new ActivityRecord(running, in.count("launched_total").orElse(0L), waiting(in, zone),
                in.bool("ended").orElse(false), in.nonNegativeNumber("cost_usd"), in.timestamp("updated", zone),
                stopped(in, zone));
        return Outcome.ok(r, in.problems());
    }

    private static Map<String, ActivityRecord.Running> running(FieldReader in, ZoneId zone) {
        Map<String, ActivityRecord.Running> out = new LinkedHashMap<>();
        Map<String, Object> raw = in.object("running_subagents").orElse(Map.of());
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            if (out.size() >= MAX_RUNNING) {
                in.reject("running_subagents", "more than " + MAX_RUNNING + " entries, rest ignored");
                break;
            }
            String key = "running_subagents." + e.getKey();
            if (!(e.getValue() instanceof Map<?, ?>)) {
                in.reject(key, "expected an object");
                continue;
            }
            @SuppressWarnings("unchecked")
            FieldReader entry = new FieldReader((Map<String, Object>) e.getValue());
            Optional<Instant> started = entry.timestamp("started", zone);
            String type = entry.string("type").orElse("");
            for (String p : entry.problems()) {
                in.reject(key, p);
            }
            if (started.isEmpty()) {
                in.reject(key, "no valid start time");
                continue;
            }
            out.put(e.getKey(), new ActivityRecord.Running(type, started.get()));
        }
        return out;
    }

    private static Map<String, Instant> stopped(FieldReader in, ZoneId zone) {
        Map<String, Instant> out = new LinkedHashMap<>();
        Map<String, Object> raw = in.object("recently_stopped").orElse(Map.of());
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            Optional<Instant> when = e.getValue() instanceof String s ? Timestamps.parse(s, zone) : Optional.empty();
            if (when.isEmpty() || out.size() >= MAX_RUNNING) {
                in.reject("recently_stopped." + e.getKey(), "expected a timestamp");
                continue;
            }
            out.put(e.getKey(), when.get());
        }
        return out;
    }

    private static Optional<ActivityRecord.Waiting> waiting(FieldReader in, ZoneId zone) {
        Optional<Map<String, Object>> raw = in.object("waiting_for_user");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        FieldReader w = new FieldReader(raw.get());
        Optional<Instant> since = w.timestamp("since", zone);
        String reason = w.string("reason").orElse("");
        for (String p : w.problems()) {
            in.reject("waiting_for_user", p);
        }
        return since.isPresent() ? Optional.of(new ActivityRecord.Waiting(since.get(), reason)) : Optional.empty();
    }

    public static Map<String, Object> toMap(ActivityRecord r, ZoneId zone) {
        Map<String, Object> running = new LinkedHashMap<>();
        for (Map.Entry<String, ActivityRecord.Running> e : r.runningSubagents().entrySet()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", e.getValue().type());
            entry.put("started", Timestamps.formatWithOffset(e.getValue().started(), zone));
            running.put(e.getKey(), entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("running_subagents", running);
        out.put("launched_total", r.launchedTotal());
        out.put("waiting_for_user", r.waitingForUser().isPresent() ? waitingMap(r.waitingForUser().get(), zone) : null);
        out.put("ended", r.ended());
        out.put("cost_usd", r.costUsd().orElse(null));
        out.put("updated", r.updated().isPresent() ? Timestamps.formatWithOffset(r.updated().get(), zone) : null);
        if (!r.recentlyStopped().isEmpty()) {
            Map<String, Object> stopped = new LinkedHashMap<>();
            for (Map.Entry<String, Instant> e : r.recentlyStopped().entrySet()) {
                stopped.put(e.getKey(), Timestamps.formatWithOffset(e.getValue(), zone));
            }
            out.put("recently_stopped", stopped);
        }
        return out;
    }

    private static Map<String, Object> waitingMap(ActivityRecord.Waiting w, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("since", Timestamps.formatWithOffset(w.since(), zone));
        m.put("reason", w.reason());
        return m;
    }
}
