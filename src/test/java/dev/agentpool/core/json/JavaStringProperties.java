package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Numbers.javaString against Double.toString, the implementation it stands in for, as the oracle. */
class JavaStringProperties {

    @Property(tries = 20000)
    void anyDoubleAgrees(@ForAll double value) {
        assertThat(Numbers.javaString(value)).isEqualTo(Double.toString(value));
    }

    @Property(tries = 20000)
    void anyBitPatternAgrees(@ForAll long bits) {
        double value = Double.longBitsToDouble(bits);
        assertThat(Numbers.javaString(value)).isEqualTo(Double.toString(value));
    }

    @Property(tries = 50000)
    void shortDecimalsAgree(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long digits,
            @ForAll @IntRange(min = 0, max = 18) int fractionDigits, @ForAll boolean negative) {
        // the values javaString computes itself: decimals as a JSON parser or a division produce them
        double value = Double.parseDouble((negative ? "-" : "") + digits + "E-" + fractionDigits);
        assertThat(Numbers.javaString(value)).isEqualTo(Double.toString(value));
    }

    @Property(tries = 20000)
    void neighboursOfShortDecimalsAgree(@ForAll("plainRange") double value) {
        for (double v : new double[] {value, Math.nextUp(value), Math.nextDown(value)}) {
            assertThat(Numbers.javaString(v)).isEqualTo(Double.toString(v));
        }
    }

    @Property(tries = 20000)
    void percentagesAndCostsAgree(@ForAll @LongRange(min = 0, max = 100_000_000) long used,
            @ForAll @LongRange(min = 1, max = 2_000_000) long total) {
        // what the statusline writes: tokens_pct as used * 100.0 / total, costs like 0.0123
        double pct = used * 100.0 / total;
        double cost = used / 1e6;
        assertThat(Numbers.javaString(pct)).isEqualTo(Double.toString(pct));
        assertThat(Numbers.javaString(cost)).isEqualTo(Double.toString(cost));
    }

    @Example
    void everyDecimalOfUpToSixDigitsAgrees() {
        for (int k = 0; k <= 9; k++) {
            double scale = Math.pow(10, k);
            for (int n = 1; n < 1_000_000; n++) {
                double v = n / scale;
                if (!Numbers.javaString(v).equals(Double.toString(v))) {
                    assertThat(Numbers.javaString(v)).as("%d / 10^%d", n, k).isEqualTo(Double.toString(v));
                }
            }
        }
    }

    @Example
    void edgesAgree() {
        double[] edges = {0.0, -0.0, 1e-3, Math.nextDown(1e-3), 1e7, Math.nextDown(1e7), 9999999.999999999,
            0.001, 0.0123, 8.25, 22.5, 99.99999999999999, 1.0 / 3, 2.0 / 3, 0.1 + 0.2, 123456.789012345,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : edges) {
            assertThat(Numbers.javaString(v)).as("%s", v).isEqualTo(Double.toString(v));
            assertThat(Numbers.javaString(-v)).as("-%s", v).isEqualTo(Double.toString(-v));
        }
    }

    @Provide
    Arbitrary<Double> plainRange() {
        return Arbitraries.doubles().between(1e-3, 1e7).ofScale(8);
    }
}
