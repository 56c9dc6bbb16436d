package dev.agentpool.claude.hook;

import dev.agentpool.core.metrics.StatuslineState;
import dev.agentpool.core.model.Lifecycle;
import java.time.Instant;
import java.util.Optional;

/**
 * The request lifecycle driven by hook events: UserPromptSubmit → ACTIVE; Stop/StopFailure → COMPLETING (values
 * frozen, request_count + 1) → IDLE; SessionEnd → IDLE. As in the legacy state machine, request_count grows only on
 * ACTIVE → COMPLETING, so the extra Stop that Claude Code fires per background completion (#24421) counts nothing.
 */
public enum LifecycleStep {
    NONE, ACTIVATE, FINISH_TURN, GO_IDLE;

    public static LifecycleStep forEvent(String eventName) {
        return switch (eventName) {
            case "UserPromptSubmit" -> ACTIVATE;
            case "Stop", "StopFailure" -> FINISH_TURN;
            case "SessionEnd" -> GO_IDLE;
            default -> NONE;
        };
    }

    /** The state after this step; the same object when nothing changes. */
    public StatuslineState apply(StatuslineState s, Instant now) {
        return switch (this) {
            case NONE -> s;
            case ACTIVATE -> s.lifecycle() == Lifecycle.ACTIVE ? s : active(s, now);
            case FINISH_TURN -> s.lifecycle() == Lifecycle.ACTIVE ? idle(completing(s, now), now) : idle(s, now);
            case GO_IDLE -> idle(s, now);
        };
    }

    private static StatuslineState active(StatuslineState s, Instant now) {
        return new StatuslineState(Lifecycle.ACTIVE, s.agents(), s.tokensUsed(), s.tokensTotal(), s.tokensPct(),
                s.tokensDisplay(), s.confidence(), s.status(), true, Optional.of(now), Optional.of(now),
                Optional.empty(), s.requestCount());
    }

    private static StatuslineState completing(StatuslineState s, Instant now) {
        return s.withLifecycle(Lifecycle.COMPLETING, false, Optional.of(now), now, s.requestCount() + 1);
    }

    private static StatuslineState idle(StatuslineState s, Instant now) {
        if (s.lifecycle() == Lifecycle.IDLE && !s.executing()) {
            return s;
        }
        Optional<Instant> frozen = s.frozenAt().isPresent() ? s.frozenAt() : Optional.of(now);
        return s.withLifecycle(Lifecycle.IDLE, false, frozen, now, s.requestCount());
    }
}
