package dev.agentpool.core.metrics;

import dev.agentpool.core.verify.StatusWord;
import java.util.Locale;
import java.util.Optional;

/**
 * The values a statusline update shows, before they become the legacy strings of {@link StatuslineState}.
 *
 * @param agents agents of the instance; empty shows {@code "N/A"}
 * @param confidence 0–100; empty or ≤ 0 shows {@code "--"}
 */
public record DisplayValues(Optional<Long> agents, long tokensUsed, long tokensTotal, Optional<Double> confidence,
        boolean executing) {

    public DisplayValues {
        if (tokensUsed < 0 || tokensTotal <= 0) {
            throw new IllegalArgumentException("tokens must be used ≥ 0 of total > 0, got " + tokensUsed + "/" + tokensTotal);
        }
    }

    /** Percent of the context window in use, one decimal, e.g. 7.5. */
    public double tokensPct() {
        return Math.round(tokensUsed * 1000.0 / tokensTotal) / 10.0;
    }

    public String agentsText() {
        return agents.map(String::valueOf).orElse("N/A");
    }

    /** {@code "99.2"} (one decimal) or {@code "--"}. */
    public String confidenceText() {
        return confidence.filter(c -> c > 0).map(c -> String.format(Locale.ROOT, "%.1f", c)).orElse("--");
    }

    public String status() {
        return StatusWord.of(executing, tokensPct()).display();
    }
}
