package dev.agentpool.core.model;

import java.util.Locale;
import java.util.Optional;

/** Request lifecycle of an instance: ACTIVE (metrics updating) → COMPLETING (frozen, request_count + 1) → IDLE. */
public enum Lifecycle {
    ACTIVE, COMPLETING, IDLE;

    /** Computed once: every state file of a scan asks ({@code toLowerCase} is dear in a cold JVM). */
    private final String wireName = name().toLowerCase(Locale.ROOT);
    private static final Lifecycle[] ALL = values();

    /** The word in {@code statusline_state*.json}: {@code "active"}, {@code "completing"}, {@code "idle"}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<Lifecycle> fromWire(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (Lifecycle l : ALL) {
            if (l.wireName.equalsIgnoreCase(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
