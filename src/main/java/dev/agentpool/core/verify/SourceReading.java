package dev.agentpool.core.verify;

import dev.agentpool.core.model.Source;
import java.nio.file.Path;
import java.time.Duration;
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
        if (values instanceof FieldValues own) { // a builder's map, never changed after build(): checked, not copied
            own.checkTypes();
        } else {
            FieldValues copy = new FieldValues();
            for (Map.Entry<Field, Object> e : values.entrySet()) { // a loop, not forEach(lambda): statusline hot path
                copy.set(e.getKey(), e.getKey().type().cast(Objects.requireNonNull(e.getValue(), "value")));
            }
            values = copy;
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
        FieldValues copy = new FieldValues((FieldValues) values); // the constructor made it one
        copy.set(field, value); // type checked by the constructor, with the others
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
        private FieldValues values = new FieldValues();
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
                    values = new FieldValues(values);
                    handed = false;
                }
                values.set(field, value);
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
