package dev.agentpool.core.verify;

import dev.agentpool.core.model.Lifecycle;

/** A value the verifier combines from several sources, with the Java type a {@link SourceReading} holds for it. */
public enum Field {
    AGENTS(Integer.class),
    TOKENS_USED(Long.class),
    TOKENS_TOTAL(Long.class),
    /** Percent of the context window used, 0–100. */
    TOKENS_PCT(Double.class),
    /** Legacy quality score 0–100; a source that says "--" simply has no value. */
    CONFIDENCE(Double.class),
    LIFECYCLE(Lifecycle.class),
    EXECUTING(Boolean.class),
    REQUEST_COUNT(Long.class);

    private final Class<?> type;

    Field(Class<?> type) {
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }
}
