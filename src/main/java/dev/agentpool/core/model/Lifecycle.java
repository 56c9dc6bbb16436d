package dev.agentpool.core.model;

import java.util.Locale;
import java.util.Optional;

/** Request lifecycle of an instance: ACTIVE (metrics updating) → COMPLETING (frozen, request_count + 1) → IDLE. */
public enum Lifecycle {
    ACTIVE, COMPLETING, IDLE;

    /** The word in {@code statusline_state*.json}: {@code "active"}, {@code "completing"}, {@code "idle"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lifecycle> fromWire(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Lifecycle l : values()) {
            if (l.wireName().equalsIgnoreCase(text.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
