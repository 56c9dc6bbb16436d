package dev.agentpool.core.aggregate;

import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.sessions.ClaudeSessionEntry;
import dev.agentpool.core.time.Elapsed;
import java.time.Duration;
import dev.agentpool.core.metrics.StatuslineState;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.verify.Field;
import dev.agentpool.core.verify.SourceReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the readable files of one instance into {@link SourceReading}s for the verifier: one reading per file,
 * carrying only the values that file really has. Unreadable files give no reading. The Claude Code feed adds its
 * sources (activity file, session registry) by adding readings; nothing here needs to change for that.
 */
public final class InstanceReadings {

    private InstanceReadings() {
    }

    public static List<SourceReading> of(InstanceFiles files, Instant now) {
        List<SourceReading> out = new ArrayList<>(3);
        if (files.counter() != null && files.counter().isOk()) {
            out.add(counter(files.counter(), now));
        }
        if (files.realtime() != null && files.realtime().isOk()) {
            out.add(realtime(files.realtime(), now));
        }
        if (files.state() != null && files.state().isOk()) {
            out.add(state(files.state(), now));
        }
        return out;
    }

    /** The hook-maintained activity file: subagents running now (what the counter file should also say). */
    public static SourceReading activity(FileRead<ActivityRecord> file, Instant now) {
        return SourceReading.builder(Source.HOOK_ACTIVITY, file.path(), file.age(now))
                .put(Field.AGENTS, clampToInt(file.value().runningSubagents().size())).build();
    }

    /** Claude Code's own registry entry: busy means a request is executing. */
    public static SourceReading claudeSession(ClaudeSessionEntry entry, Instant now) {
        Duration age = entry.modified().isAfter(now) ? Duration.ZERO : Elapsed.between(entry.modified(), now);
        SourceReading.Builder b = SourceReading.builder(Source.CLAUDE_SESSIONS, entry.file(), age);
        if (!entry.status().isEmpty()) {
            b.put(Field.EXECUTING, entry.isBusy());
        }
        return b.build();
    }

    public static SourceReading counter(FileRead<Long> file, Instant now) {
        return SourceReading.builder(Source.COUNTER_FILE, file.path(), file.age(now))
                .put(Field.AGENTS, clampToInt(file.value())).build();
    }

    public static SourceReading realtime(FileRead<RealtimeMetrics> file, Instant now) {
        RealtimeMetrics m = file.value();
        return SourceReading.builder(Source.REALTIME_METRICS, file.path(), file.age(now))
                .put(Field.AGENTS, m.agents().isPresent() ? clampToInt(m.agents().get()) : null)
                .put(Field.TOKENS_USED, m.tokensUsed().orElse(null))
                .put(Field.TOKENS_TOTAL, m.tokensTotal())
                .put(Field.TOKENS_PCT, m.tokensPct().isPresent() ? m.tokensPct().get()
                        : m.contextPct().orElse(null))
                .put(Field.CONFIDENCE, m.confidence().orElse(null))
                .put(Field.EXECUTING, m.executing().orElse(null)).build();
    }

    public static SourceReading state(FileRead<StatuslineState> file, Instant now) {
        StatuslineState s = file.value();
        return SourceReading.builder(Source.STATE_FILE, file.path(), file.age(now))
                .put(Field.AGENTS, s.agentCount().isPresent() ? clampToInt(s.agentCount().get()) : null)
                .put(Field.TOKENS_USED, s.tokensUsed())
                .put(Field.TOKENS_TOTAL, s.tokensTotal())
                .put(Field.TOKENS_PCT, s.tokensPct())
                .put(Field.CONFIDENCE, parseConfidence(s.confidence()))
                .put(Field.LIFECYCLE, s.lifecycle())
                .put(Field.EXECUTING, s.executing())
                .put(Field.REQUEST_COUNT, s.requestCount()).build();
    }

    /** The state file keeps confidence as display text ("99.2" or "--"); anything not a positive number is none. */
    static Double parseConfidence(String text) {
        try {
            String t = text.trim();
            // "99.2" (the usual form) without Double.parseDouble's general machinery; the same value
            java.util.Optional<Double> plain = dev.agentpool.core.json.Numbers.parseDecimal(t);
            double v = plain.isPresent() ? plain.get() : Double.parseDouble(t);
            return v > 0 && v <= 100 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int clampToInt(long value) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, value));
    }
}
