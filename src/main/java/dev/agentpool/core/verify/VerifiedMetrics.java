package dev.agentpool.core.verify;

import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Sourced;
import java.util.List;

/**
 * The verifier's answer for one instance: every value with the source it came from and that source's freshness
 * confidence, plus the legacy status word derived from them.
 *
 * @param readings every reading that went in (for the verbose report)
 */
public record VerifiedMetrics(
        Sourced<Integer> agents,
        Sourced<Long> tokensUsed,
        Sourced<Long> tokensTotal,
        Sourced<Double> tokensPct,
        Sourced<Double> confidence,
        Sourced<Lifecycle> lifecycle,
        Sourced<Boolean> executing,
        Sourced<Long> requestCount,
        StatusWord status,
        List<SourceReading> readings) {

    public VerifiedMetrics {
        readings = List.copyOf(readings);
    }

    /** The legacy {@code verification_confidence.overall}: the mean of the tokens, agents and confidence scores. */
    public double overallConfidence() {
        return Math.round((tokensUsed.confidence() + agents.confidence() + confidence.confidence()) * 10 / 3.0) / 10.0;
    }
}
