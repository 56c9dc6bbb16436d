package dev.agentpool.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A value together with the source it came from, how old that source was when read, and the legacy
 * freshness-based confidence in it (0–100).
 *
 * @param age how old the source file was (now − modification time); {@link Duration#ZERO} for defaults
 */
public record Sourced<T>(T value, Source source, Duration age, int confidence) {

    public Sourced {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(age, "age");
    }

    public static <T> Sourced<T> fallback(T value) {
        return new Sourced<>(value, Source.DEFAULT, Duration.ZERO, 0);
    }
}
