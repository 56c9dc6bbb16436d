package dev.agentpool.core.format;

import java.util.Optional;

/**
 * What the statusline shows. In shared (legacy) mode only {@code currentAgents} is shown as the agent figure.
 * Optionals of boxed values, not OptionalInt/OptionalDouble: those are two classes more for every statusline JVM
 * to load, where Optional, Integer and Double are loaded anyway.
 *
 * @param totalAgents agents across all instances; empty when unknown
 * @param instanceCount number of instances; empty when unknown
 * @param tokensPct percent of the context used; empty to compute it from used/total
 * @param confidence quality score 0–100; ≤ 0 (or NaN) means none and prints "--"
 * @param status the status text, e.g. "🟢 OPTIMAL"
 */
public record StatuslineInput(
        int currentAgents,
        Optional<Integer> totalAgents,
        Optional<Integer> instanceCount,
        long tokensUsed,
        long tokensTotal,
        Optional<Double> tokensPct,
        double confidence,
        String status) {

    public static final long DEFAULT_TOKENS_TOTAL = 200_000;

    public StatuslineInput {
        status = status == null ? "" : status;
    }

    /** The percentage to show: the given one, else used/total × 100 (0 when total is 0). */
    public double effectiveTokensPct() {
        if (tokensPct.isPresent()) {
            return tokensPct.get();
        }
        return tokensTotal <= 0 ? 0.0 : tokensUsed * 100.0 / tokensTotal;
    }

    public boolean hasConfidence() {
        return confidence > 0;
    }
}
