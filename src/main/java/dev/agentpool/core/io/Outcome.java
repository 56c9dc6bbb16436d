package dev.agentpool.core.io;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The result of reading something hostile-input safe: either a value (possibly with warnings about single values
 * that were rejected and left out) or a human reason why there is no value. Readers return this instead of throwing,
 * so a bad file becomes a reported problem, never an exception.
 *
 * @param value the value; null exactly when {@code reason} is not null
 * @param reason why there is no value, e.g. "is a symbolic link"; null on success
 * @param warnings per-value problems of a successful read, e.g. "confidence: NaN is not a number"; never null
 */
public record Outcome<T>(T value, String reason, List<String> warnings) {

    public Outcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("exactly one of value and reason must be set");
        }
    }

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(Objects.requireNonNull(value, "value"), null, List.of());
    }

    public static <T> Outcome<T> ok(T value, List<String> warnings) {
        return new Outcome<>(Objects.requireNonNull(value, "value"), null, warnings);
    }

    public static <T> Outcome<T> failed(String reason) {
        return new Outcome<>(null, Objects.requireNonNull(reason, "reason"), List.of());
    }

    public boolean isOk() {
        return reason == null;
    }

    /** Transforms the value of a success; a failure keeps its reason. */
    public <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        return isOk() ? new Outcome<>(f.apply(value), null, warnings) : failed(reason);
    }

    /** Chains a second step that may fail; warnings of both steps are kept. */
    public <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
        return isOk() ? then(f.apply(value)) : failed(reason);
    }

    /**
     * {@link #flatMap} for a second step already computed from {@link #value()} (call it only when {@link #isOk()}
     * or pass anything when not): the form for code without lambdas (the Claude Code hot path).
     */
    public <U> Outcome<U> then(Outcome<U> next) {
        if (!isOk()) {
            return failed(reason);
        }
        if (!next.isOk() || warnings.isEmpty()) {
            return next;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(next.warnings());
        return new Outcome<>(next.value(), null, all);
    }

    /** The value, or {@code fallback} when this is a failure. */
    public T orElse(T fallback) {
        return isOk() ? value : fallback;
    }

    public java.util.Optional<T> toOptional() {
        return java.util.Optional.ofNullable(value);
    }
}
