package dev.agentpool.core.verify;

import dev.agentpool.core.model.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one source said about one instance at one read: the values it has (a source need not know every
 * {@link Field}), where it was read from and how old it was. Immutable; build one with {@link #of} and
 * {@link #with}.
 *
 * @param file the file read, or null for sources that are not a file (process table)
 * @param age now − the source's modification time
 */
public record SourceReading(Source source, Path file, Duration age, Map<Field, Object> values) {

    public SourceReading {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(age, "age");
        if (values instanceof Handed handed) { // a builder's map, never changed after build(): checked, not copied
            for (Map.Entry<Field, Object> e : handed.entrySet()) {
                e.getKey().type().cast(Objects.requireNonNull(e.getValue(), "value"));
            }
            values = Collections.unmodifiableMap(handed);
        } else {
            EnumMap<Field, Object> copy = new EnumMap<>(Field.class);
            for (Map.Entry<Field, Object> e : values.entrySet()) { // a loop, not forEach(lambda): statusline hot path
                copy.put(e.getKey(), e.getKey().type().cast(Objects.requireNonNull(e.getValue(), "value")));
            }
            values = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * The map of a {@link Builder}: handed to the reading it builds instead of copied (the scan builds three readings
     * per instance); the builder copies it before any later change.
     */
    private static final class Handed extends EnumMap<Field, Object> {
        Handed() {
            super(Field.class);
        }

        Handed(Handed other) {
            super(other);
        }
    }

    public static SourceReading of(Source source, Path file, Duration age) {
        return new SourceReading(source, file, age, Map.of());
    }

    /** A copy with {@code field} set; a null value leaves the reading unchanged (the source does not know it). */
    public SourceReading with(Field field, Object value) {
        if (value == null) {
            return this;
        }
        EnumMap<Field, Object> copy = new EnumMap<>(Field.class);
        copy.putAll(values);
        copy.put(field, value);
        return new SourceReading(source, file, age, copy);
    }

    /** Starts a reading to fill field by field (one map, no copy per value; the scan makes tens of thousands). */
    public static Builder builder(Source source, Path file, Duration age) {
        return new Builder(source, file, age);
    }

    /** Collects values; null values are skipped (the source does not know them). Not thread-safe. */
    public static final class Builder {
        private final Source source;
        private final Path file;
        private final Duration age;
        private Handed values = new Handed();
        /** The map has been handed to a reading: copy it before changing it. */
        private boolean handed;

        private Builder(Source source, Path file, Duration age) {
            this.source = source;
            this.file = file;
            this.age = age;
        }

        public Builder put(Field field, Object value) {
            if (value != null) {
                if (handed) {
                    values = new Handed(values);
                    handed = false;
                }
                values.put(field, value);
            }
            return this;
        }

        public SourceReading build() {
            handed = true;
            return new SourceReading(source, file, age, values);
        }
    }

    public <T> Optional<T> get(Field field, Class<T> type) {
        Object value = values.get(field);
        return value == null ? Optional.empty() : Optional.of(type.cast(value));
    }

    public boolean has(Field field) {
        return values.containsKey(field);
    }
}
