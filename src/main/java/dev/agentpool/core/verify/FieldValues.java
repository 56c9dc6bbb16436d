package dev.agentpool.core.verify;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A {@link SourceReading}'s values: a read-only map from {@link Field} to value over an array indexed by ordinal,
 * iterating in ordinal order like the {@code Collections.unmodifiableMap(EnumMap)} it replaces (same equals,
 * hashCode and toString, from AbstractMap). Why not EnumMap: its constructor asks the enum for its constants by
 * reflection (Class.getEnumConstantsShared: a method accessor and three more classes) and its iteration is four
 * more; every statusline JVM builds readings, and each first-touched JDK class costs it tens of microseconds.
 * Only {@link SourceReading} and its builder fill one, never after handing it to a reading.
 */
final class FieldValues extends AbstractMap<Field, Object> {

    /** Field.values() once, by a plain call (not by reflection, as EnumMap does). */
    private static final Field[] FIELDS = Field.values();

    private final Object[] byOrdinal;
    private int size;

    FieldValues() {
        byOrdinal = new Object[FIELDS.length];
    }

    FieldValues(FieldValues other) {
        byOrdinal = other.byOrdinal.clone();
        size = other.size;
    }

    /** Sets a value (not null); for the owner filling it, before it is handed out. */
    void set(Field field, Object value) {
        if (byOrdinal[field.ordinal()] == null) {
            size++;
        }
        byOrdinal[field.ordinal()] = value;
    }

    /** Every value cast to its field's type, as SourceReading requires; a ClassCastException otherwise. */
    void checkTypes() {
        for (int i = 0; i < byOrdinal.length; i++) {
            if (byOrdinal[i] != null) {
                FIELDS[i].type().cast(byOrdinal[i]);
            }
        }
    }

    @Override
    public Object get(Object key) {
        return key instanceof Field f ? byOrdinal[f.ordinal()] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<Field, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Field, Object>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < byOrdinal.length && byOrdinal[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < byOrdinal.length;
                    }

                    @Override
                    public Map.Entry<Field, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<Field, Object> e = new AbstractMap.SimpleImmutableEntry<>(FIELDS[next],
                                byOrdinal[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
