package dev.agentpool.core.metrics;

import dev.agentpool.core.model.Lifecycle;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code statusline_state_<ID>.json} ({@code statusline_state.json} in shared mode): what the
 * statusline shows plus the request lifecycle. The strings are kept exactly as the legacy tools display them.
 *
 * @param agents agents as shown, {@code "25"} or {@code "N/A"}
 * @param tokensDisplay e.g. {@code "15k/200k"} (integer thousands, truncated)
 * @param confidence as shown, {@code "99.2"} or {@code "--"}
 * @param status legacy status word, e.g. {@code "🟢 OPTIMAL"}
 * @param frozenAt when the values were frozen (COMPLETING); empty while ACTIVE
 * @param requestCount requests completed (incremented on ACTIVE → COMPLETING)
 */
public record StatuslineState(
        Lifecycle lifecycle,
        String agents,
        long tokensUsed,
        long tokensTotal,
        double tokensPct,
        String tokensDisplay,
        String confidence,
        String status,
        boolean executing,
        Optional<Instant> lastUpdate,
        Optional<Instant> lastActiveUpdate,
        Optional<Instant> frozenAt,
        long requestCount) {

    public static final String DEFAULT_STATUS = "🟢 OPTIMAL";

    public StatuslineState {
        Objects.requireNonNull(lifecycle);
        Objects.requireNonNull(agents);
        Objects.requireNonNull(tokensDisplay);
        Objects.requireNonNull(confidence);
        Objects.requireNonNull(status);
        Objects.requireNonNull(lastUpdate);
        Objects.requireNonNull(lastActiveUpdate);
        Objects.requireNonNull(frozenAt);
    }

    /** A state nobody wrote yet: idle, nothing shown, no requests. */
    public static StatuslineState initial() {
        return new StatuslineState(Lifecycle.IDLE, "N/A", 0, RealtimeMetrics.DEFAULT_TOKENS_TOTAL, 0.0,
                tokensDisplay(0, RealtimeMetrics.DEFAULT_TOKENS_TOTAL), "--", DEFAULT_STATUS, false,
                Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** {@code "15k/200k"}: integer thousands, truncated, like the legacy tools. */
    public static String tokensDisplay(long used, long total) {
        return (used / 1000) + "k/" + (total / 1000) + "k";
    }

    /** The agent count shown, when it is a number. */
    public Optional<Long> agentCount() {
        return dev.agentpool.core.json.Numbers.parseCount(agents.trim());
    }

    public StatuslineState withLifecycle(Lifecycle next, boolean nowExecuting, Optional<Instant> frozen,
            Instant updated, long requests) {
        return new StatuslineState(next, agents, tokensUsed, tokensTotal, tokensPct, tokensDisplay, confidence,
                status, nowExecuting, Optional.of(updated), lastActiveUpdate, frozen, requests);
    }
}
