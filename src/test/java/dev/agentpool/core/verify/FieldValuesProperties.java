package dev.agentpool.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A reading's values behave as the Collections.unmodifiableMap(EnumMap) they replaced, the oracle. */
class FieldValuesProperties {

    @Property(tries = 2000)
    void builderWithAndCopyAgreeWithEnumMap(@ForAll("fieldLists") List<Field> fields) {
        Map<Field, Object> oracle = new EnumMap<>(Field.class);
        SourceReading.Builder b = SourceReading.builder(Source.STATE_FILE, Path.of("f"), Duration.ZERO);
        SourceReading viaWith = SourceReading.of(Source.STATE_FILE, Path.of("f"), Duration.ZERO);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Object v = valueFor(f, i);
            oracle.put(f, v);
            b.put(f, v);
            viaWith = viaWith.with(f, v);
        }
        Map<Field, Object> expected = Collections.unmodifiableMap(oracle);
        SourceReading built = b.build();
        SourceReading copied = new SourceReading(Source.STATE_FILE, Path.of("f"), Duration.ZERO, new java.util.HashMap<>(oracle));
        for (SourceReading r : List.of(built, viaWith, copied)) {
            Map<Field, Object> actual = r.values();
            assertThat(actual).isEqualTo(expected);
            assertThat(expected).isEqualTo(actual);
            assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
            assertThat(actual.toString()).isEqualTo(expected.toString());
            assertThat(actual.size()).isEqualTo(expected.size());
            assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            for (Field f : Field.values()) {
                assertThat(actual.get(f)).isEqualTo(expected.get(f));
                assertThat(actual.containsKey(f)).isEqualTo(expected.containsKey(f));
                assertThat(r.has(f)).isEqualTo(expected.containsKey(f));
            }
            assertThat(actual.get("AGENTS")).isNull();
            assertThatThrownBy(() -> actual.put(Field.AGENTS, 1)).isInstanceOf(UnsupportedOperationException.class);
            if (!actual.isEmpty()) {
                assertThatThrownBy(() -> actual.entrySet().iterator().remove()).isInstanceOf(
                        UnsupportedOperationException.class);
                assertThatThrownBy(actual::clear).isInstanceOf(UnsupportedOperationException.class);
            }
        }
        assertThat(built).isEqualTo(viaWith).isEqualTo(copied);
        assertThat(built.hashCode()).isEqualTo(copied.hashCode());
    }

    @Property(tries = 200)
    void aBuilderReusedAfterBuildLeavesTheFirstReadingAlone(@ForAll("fieldLists") List<Field> fields) {
        SourceReading.Builder b = SourceReading.builder(Source.STATE_FILE, null, Duration.ZERO);
        b.put(Field.AGENTS, 1);
        SourceReading first = b.build();
        for (int i = 0; i < fields.size(); i++) {
            b.put(fields.get(i), valueFor(fields.get(i), i));
        }
        assertThat(first.values()).isEqualTo(Map.of(Field.AGENTS, 1));
    }

    @Property(tries = 200)
    void aValueOfTheWrongTypeIsRefused(@ForAll Field field) {
        Object wrong = field.type() == String.class ? 1 : "text";
        SourceReading.Builder b = SourceReading.builder(Source.STATE_FILE, null, Duration.ZERO).put(field, wrong);
        assertThatThrownBy(b::build).isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> SourceReading.of(Source.STATE_FILE, null, Duration.ZERO).with(field, wrong))
                .isInstanceOf(ClassCastException.class);
    }

    private static Object valueFor(Field f, int i) {
        if (f.type() == Integer.class) {
            return i;
        } else if (f.type() == Long.class) {
            return (long) i * 1000;
        } else if (f.type() == Double.class) {
            return i / 4.0;
        } else if (f.type() == Boolean.class) {
            return i % 2 == 0;
        }
        return Lifecycle.values()[i % Lifecycle.values().length];
    }

    @Provide
    Arbitrary<List<Field>> fieldLists() {
        return Arbitraries.of(Field.class).list().ofMaxSize(12);
    }
}
