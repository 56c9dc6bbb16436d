package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The streaming writer prints exactly what {@link JsonWriter#pretty} prints for the same model. */
class JsonWriterStreamProperties {

    @Property(tries = 500)
    void streamingAModelGivesThePrettyText(@ForAll("models") Object model) {
        JsonWriter w = JsonWriter.prettyStream(16);
        stream(w, model);
        assertThat(w.text()).isEqualTo(JsonWriter.pretty(model));
    }

    /** Walks the model with the streaming calls (scalars through the typed overloads where there is one). */
    private static void stream(JsonWriter w, Object v) {
        if (v instanceof Map<?, ?> m) {
            w.beginObject();
            m.forEach((k, x) -> stream(w.name((String) k), x));
            w.endObject();
        } else if (v instanceof List<?> l) {
            w.beginArray();
            l.forEach(x -> stream(w, x));
            w.endArray();
        } else if (v instanceof Long l) {
            w.value(l.longValue());
        } else if (v instanceof Double d) {
            w.value(d.doubleValue());
        } else if (v instanceof Boolean b) {
            w.value(b.booleanValue());
        } else {
            w.value(v);
        }
    }

    @Provide
    Arbitrary<Object> models() {
        return Arbitraries.recursive(this::scalar, this::container, 0, 4);
    }

    private Arbitrary<Object> scalar() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Double.NaN, 25.0, 0.1, 1e20, -0.0).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b), Arbitraries.just(null));
    }

    private Arbitrary<Object> container(Arbitrary<Object> inner) {
        Arbitrary<Object> list = inner.list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(4), inner).ofMaxSize(4)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(list, map, inner);
    }
}
