package dev.agentpool.core.metrics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code realtime_metrics_<ID>.json} ({@code realtime_metrics.json} in shared mode). Every value
 * may be absent (missing, {@code "--"}, or rejected as malformed when read).
 *
 * @param agents agents of the instance (legacy {@code agents_total}, else {@code agents})
 * @param confidence quality score 0–100; empty for {@code "--"}
 * @param tokensTotal context window size; {@link #DEFAULT_TOKENS_TOTAL} when the file does not say
 * @param contextWindowSize ours: the window size reported by Claude Code's statusLine
 * @param updated ours: when our statusline command wrote the file
 */
public record RealtimeMetrics(
        Optional<Long> agents,
        Optional<Double> confidence,
        Optional<Boolean> executing,
        Optional<Long> tokensUsed,
        long tokensTotal,
        Optional<Double> tokensPct,
        Optional<Double> contextPct,
        Optional<String> model,
        Optional<Double> costUsd,
        Optional<String> sessionId,
        Optional<Long> contextWindowSize,
        Optional<Instant> updated) {

    public static final long DEFAULT_TOKENS_TOTAL = 200_000;

    public RealtimeMetrics {
        Objects.requireNonNull(agents);
        Objects.requireNonNull(confidence);
        Objects.requireNonNull(executing);
        Objects.requireNonNull(tokensUsed);
        Objects.requireNonNull(tokensPct);
        Objects.requireNonNull(contextPct);
        Objects.requireNonNull(model);
        Objects.requireNonNull(costUsd);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(contextWindowSize);
        Objects.requireNonNull(updated);
    }

    /** Nothing known. */
    public static RealtimeMetrics empty() {
        return new RealtimeMetrics(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_TOKENS_TOTAL, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The legacy core of a metrics file: agents, confidence, executing and token use; the extras stay empty. */
    public static RealtimeMetrics legacy(long agents, Optional<Double> confidence, boolean executing,
            long tokensUsed, long tokensTotal) {
        double pct = tokensTotal > 0 ? Math.round(tokensUsed * 1000.0 / tokensTotal) / 10.0 : 0.0;
        return new RealtimeMetrics(Optional.of(agents), confidence, Optional.of(executing), Optional.of(tokensUsed),
                tokensTotal, Optional.of(pct), Optional.of(pct), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RealtimeMetrics withExtras(String model, Double costUsd, String sessionId, Long windowSize, Instant updated) {
        return new RealtimeMetrics(agents, confidence, executing, tokensUsed, tokensTotal, tokensPct, contextPct,
                Optional.ofNullable(model), Optional.ofNullable(costUsd), Optional.ofNullable(sessionId),
                Optional.ofNullable(windowSize), Optional.ofNullable(updated));
    }
}
