package dev.agentpool.core.aggregate;

import dev.agentpool.core.metrics.RealtimeMetrics;
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

    public static SourceReading counter(FileRead<Long> file, Instant now) {
        return SourceReading.of(Source.COUNTER_FILE, file.path(), file.age(now))
                .with(Field.AGENTS, clampToInt(file.value()));
    }

    public static SourceReading realtime(FileRead<RealtimeMetrics> file, Instant now) {
        RealtimeMetrics m = file.value();
        return SourceReading.of(Source.REALTIME_METRICS, file.path(), file.age(now))
                .with(Field.AGENTS, m.agents().map(InstanceReadings::clampToInt).orElse(null))
                .with(Field.TOKENS_USED, m.tokensUsed().orElse(null))
                .with(Field.TOKENS_TOTAL, m.tokensTotal())
                .with(Field.TOKENS_PCT, m.tokensPct().or(m::contextPct).orElse(null))
                .with(Field.CONFIDENCE, m.confidence().orElse(null))
                .with(Field.EXECUTING, m.executing().orElse(null));
    }

    public static SourceReading state(FileRead<StatuslineState> file, Instant now) {
        StatuslineState s = file.value();
        return SourceReading.of(Source.STATE_FILE, file.path(), file.age(now))
                .with(Field.AGENTS, s.agentCount().map(InstanceReadings::clampToInt).orElse(null))
                .with(Field.TOKENS_USED, s.tokensUsed())
                .with(Field.TOKENS_TOTAL, s.tokensTotal())
                .with(Field.TOKENS_PCT, s.tokensPct())
                .with(Field.CONFIDENCE, parseConfidence(s.confidence()))
                .with(Field.LIFECYCLE, s.lifecycle())
                .with(Field.EXECUTING, s.executing())
                .with(Field.REQUEST_COUNT, s.requestCount());
    }

    /** The state file keeps confidence as display text ("99.2" or "--"); anything not a positive number is none. */
    static Double parseConfidence(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            return v > 0 && v <= 100 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int clampToInt(long value) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, value));
    }
}
