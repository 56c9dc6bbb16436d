package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The JSON writer's doubles are written exactly as before {@link Numbers#appendJavaString} replaced
 * {@code StringBuilder.append(double)}: the oracle is {@code Double.toString}. Exhaustive over the thousandths where
 * an aggregate's ages and confidences live; {@code JavaStringProperties} covers the other short decimals.
 */
class JsonWriterDoubleProperties {

    /** What the writer wrote for a finite non-whole double before the fast path. */
    private static String old(double d) {
        return Double.toString(d);
    }

    private static void assertSameAsBefore(double d) {
        assertThat(Numbers.appendJavaString(new StringBuilder(), d).toString()).as("%s", old(d)).isEqualTo(old(d));
    }

    @Test
    void everyThousandthUpTo2000SecondsIsWrittenAsBefore() {
        // exhaustive where ages and confidences live; whole numbers are the writer's other branch
        StringBuilder out = new StringBuilder();
        for (long m = 1; m <= 2_000_000; m++) {
            if (m % 1000 == 0) {
                continue;
            }
            for (double d : new double[] {m / 1000.0, -m / 1000.0}) {
                out.setLength(0);
                Numbers.appendJavaString(out, d);
                String expected = old(d);
                if (!out.toString().equals(expected)) {
                    assertThat(out.toString()).as("m = %d", m).isEqualTo(expected);
                }
            }
        }
    }

    @Property(tries = 20000)
    void anyThousandthBelowTenMillionIsWrittenAsBefore(@ForAll("millis") long m) {
        double d = m / 1000.0;
        assertSameAsBefore(d);
    }

    @Property(tries = 20000)
    void aNeighbourOfAThousandthIsWrittenAsBefore(@ForAll("millis") long m) {
        double d = m / 1000.0;
        assertSameAsBefore(Math.nextUp(d));
        assertSameAsBefore(Math.nextDown(d));
        assertSameAsBefore(d * 10);
        assertSameAsBefore(d / 10);
    }

    @Property(tries = 20000)
    void anyDoubleIsWrittenAsBefore(@ForAll double d) {
        assertSameAsBefore(d);
    }

    @Test
    void edgesOfTheRange() {
        for (double d : new double[] {0.001, -0.001, 0.0009, 9_999_999.999, 9_999_999.9999, 10_000_000.5, 1e-3,
                0.1, 0.01, 0.3, 2.675, 1.005, 123456.789, 0.5, 4.35}) {
            assertSameAsBefore(d);
        }
        assertSameAsBefore(0.1 + 0.2); // 0.30000000000000004: 17 digits, FloatingDecimal's own
    }

    @Property(tries = 2000)
    void theWritersWriteAgesAsBefore(@ForAll("millis") long m) {
        double d = m / 1000.0;
        String expected = d == Math.rint(d) ? (long) d + ".0" : old(d);
        assertThat(JsonWriter.pretty(List.of(d))).isEqualTo("[\n  " + expected + "\n]");
        assertThat(JsonWriter.prettyStream(16).beginArray().value(d).endArray().text())
                .isEqualTo("[\n  " + expected + "\n]");
        assertThat(JsonWriter.compact(List.of(d))).isEqualTo("[" + expected + "]");
    }

    @Provide
    Arbitrary<Long> millis() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-9_999_999_999L, 9_999_999_999L),
                Arbitraries.longs().between(-400_000_000L, 400_000_000L),
                Arbitraries.longs().between(1, 1_000_000));
    }
}
