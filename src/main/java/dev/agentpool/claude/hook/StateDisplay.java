package dev.agentpool.claude.hook;

import dev.agentpool.core.metrics.StatuslineState;

/** Keeps the display values of the statusline state file in line with what the feed knows. */
public final class StateDisplay {

    private StateDisplay() {
    }

    public static StatuslineState withAgents(StatuslineState s, long agents) {
        return new StatuslineState(s.lifecycle(), Long.toString(agents), s.tokensUsed(), s.tokensTotal(),
                s.tokensPct(), s.tokensDisplay(), s.confidence(), s.status(), s.executing(), s.lastUpdate(),
                s.lastActiveUpdate(), s.frozenAt(), s.requestCount());
    }

    public static StatuslineState withTokens(StatuslineState s, long used, long total, double pct) {
        return new StatuslineState(s.lifecycle(), s.agents(), used, total, pct,
                StatuslineState.tokensDisplay(used, total), s.confidence(), s.status(), s.executing(),
                s.lastUpdate(), s.lastActiveUpdate(), s.frozenAt(), s.requestCount());
    }
}
