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
 * Numbers are written exactly as before the thousandths fast path ({@link JsonWriter#appendMillis}): the oracle is
 * {@code Double.toString}, which {@code StringBuilder.append(double)} wrote for every non-whole number.
 */
class JsonWriterDoubleProperties {

    /** What the writer wrote for a finite non-whole double before the fast path. */
    private static String old(double d) {
        return Double.toString(d);
    }

    private static void assertSameOrDeclined(double d) {
        StringBuilder out = new StringBuilder();
        if (JsonWriter.appendMillis(out, d)) {
            assertThat(out.toString()).as("%s", old(d)).isEqualTo(old(d));
        }
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
                assertThat(JsonWriter.appendMillis(out, d)).isTrue();
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
        StringBuilder out = new StringBuilder();
        if (d != Math.rint(d)) {
            assertThat(JsonWriter.appendMillis(out, d)).isTrue();
            assertThat(out.toString()).isEqualTo(old(d));
        }
    }

    @Property(tries = 20000)
    void aNeighbourOfAThousandthIsDeclinedOrWrittenAsBefore(@ForAll("millis") long m) {
        double d = m / 1000.0;
        assertSameOrDeclined(Math.nextUp(d));
        assertSameOrDeclined(Math.nextDown(d));
        assertSameOrDeclined(d * 10);
        assertSameOrDeclined(d / 10);
    }

    @Property(tries = 20000)
    void anyDoubleIsDeclinedOrWrittenAsBefore(@ForAll double d) {
        if (Double.isFinite(d) && d != Math.rint(d)) {
            assertSameOrDeclined(d);
        }
    }

    @Test
    void edgesOfTheRange() {
        for (double d : new double[] {0.001, -0.001, 0.0009, 9_999_999.999, 9_999_999.9999, 10_000_000.5, 1e-3,
                0.1, 0.01, 0.3, 2.675, 1.005, 123456.789, 0.5, 4.35}) {
            assertSameOrDeclined(d);
        }
        StringBuilder out = new StringBuilder();
        assertThat(JsonWriter.appendMillis(out, 0.0009)).isFalse();
        assertThat(JsonWriter.appendMillis(out, 10_000_000.5)).isFalse();
        assertThat(JsonWriter.appendMillis(out, 0.1 + 0.2)).isFalse(); // 0.30000000000000004
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
