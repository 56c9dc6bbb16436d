package dev.agentpool.core.verify;

import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.model.Sourced;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Combines what the sources of one instance say into one {@link VerifiedMetrics}. For each {@link Field} the
 * sources are tried in a fixed priority order and the first that has a value wins; the value carries its source
 * and that source's {@link FreshnessConfidence}. A new source (hook activity, Claude Code's session registry)
 * is added by producing {@link SourceReading}s for it and naming it in the priority lists: no other source
 * changes. Stateless and thread-safe.
 */
public final class Verifier {

    private static final List<Source> METRIC_SOURCES =
            List.of(Source.REALTIME_METRICS, Source.STATE_FILE, Source.CLAUDE_SESSIONS, Source.HOOK_ACTIVITY);

    /**
     * The sources of each field by its ordinal, null for a field with none. Not an EnumMap: its constructor asks the
     * enum for its constants by reflection, classes a statusline JVM would load for this alone.
     */
    private final List<?>[] priority;

    public Verifier(Map<Field, List<Source>> priority) {
        this.priority = new List<?>[Field.values().length];
        for (Map.Entry<Field, List<Source>> e : priority.entrySet()) {
            this.priority[e.getKey().ordinal()] = e.getValue();
        }
    }

    /**
     * The default priorities: agents from the counter file (the hooks' own tally), then the realtime metrics,
     * then the state file; tokens and confidence from the realtime metrics (written by the statusline) before the
     * state file; lifecycle, executing and request count from the state file (the lifecycle's owner).
     */
    public static Verifier withDefaultPriorities() {
        Map<Field, List<Source>> p = new HashMap<>(); // not EnumMap: see priority
        p.put(Field.AGENTS, List.of(Source.COUNTER_FILE, Source.REALTIME_METRICS, Source.STATE_FILE,
                Source.HOOK_ACTIVITY));
        for (Field f : List.of(Field.TOKENS_USED, Field.TOKENS_TOTAL, Field.TOKENS_PCT, Field.CONFIDENCE)) {
            p.put(f, METRIC_SOURCES);
        }
        p.put(Field.LIFECYCLE, List.of(Source.STATE_FILE));
        p.put(Field.EXECUTING, List.of(Source.STATE_FILE, Source.REALTIME_METRICS, Source.CLAUDE_SESSIONS,
                Source.HOOK_ACTIVITY));
        p.put(Field.REQUEST_COUNT, List.of(Source.STATE_FILE));
        return new Verifier(p);
    }

    public VerifiedMetrics verify(List<SourceReading> readings) {
        Sourced<Long> used = pick(readings, Field.TOKENS_USED, Long.class, 0L);
        Sourced<Long> total = pick(readings, Field.TOKENS_TOTAL, Long.class, 200_000L);
        Sourced<Double> pct = pick(readings, Field.TOKENS_PCT, Double.class, null);
        if (pct.value() == null) {
            double computed = total.value() <= 0 ? 0.0 : used.value() * 100.0 / total.value();
            pct = new Sourced<>(computed, used.source(), used.age(), used.confidence());
        }
        Sourced<Boolean> executing = pick(readings, Field.EXECUTING, Boolean.class, false);
        return new VerifiedMetrics(
                pick(readings, Field.AGENTS, Integer.class, 0), used, total, pct,
                pick(readings, Field.CONFIDENCE, Double.class, 0.0),
                pick(readings, Field.LIFECYCLE, Lifecycle.class, Lifecycle.IDLE), executing,
                pick(readings, Field.REQUEST_COUNT, Long.class, 0L),
                StatusWord.of(executing.value(), pct.value()), readings);
    }

    private <T> Sourced<T> pick(List<SourceReading> readings, Field field, Class<T> type, T fallback) {
        @SuppressWarnings("unchecked") // only the constructor fills priority, with List<Source>s
        List<Source> sources = (List<Source>) priority[field.ordinal()];
        for (Source source : sources == null ? List.<Source>of() : sources) {
            for (SourceReading r : readings) {
                Optional<T> value = r.source() == source ? r.get(field, type) : Optional.empty();
                if (value.isPresent()) {
                    return new Sourced<>(value.get(), source, r.age(), FreshnessConfidence.of(r.age()));
                }
            }
        }
        return Sourced.fallback(fallback);
    }
}
