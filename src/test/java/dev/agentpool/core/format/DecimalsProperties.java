package dev.agentpool.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** oneDecimal's integer rounding against the BigDecimal implementation it replaced, as the oracle. */
class DecimalsProperties {

    /** The implementation before branch perf-sl, verbatim. */
    static String oracle(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        return text.equals("-0.0") ? "-0.0" : text;
    }

    @Property(tries = 20000)
    void anyDoubleAgrees(@ForAll double value) {
        assertThat(Decimals.oneDecimal(value)).isEqualTo(oracle(value));
    }

    @Property(tries = 20000)
    void percentagesAgree(@ForAll("percentages") double value) {
        assertThat(Decimals.oneDecimal(value)).isEqualTo(oracle(value));
    }

    @Property(tries = 20000)
    void bitPatternsAgree(@ForAll @LongRange(min = 0, max = 0x7fefffffffffffffL) long bits, @ForAll boolean negative) {
        double value = Double.longBitsToDouble(bits);
        value = negative ? -value : value;
        assertThat(Decimals.oneDecimal(value)).isEqualTo(oracle(value));
    }

    @Property(tries = 20000)
    void halvesAndTheirNeighboursAgree(@ForAll @IntRange(min = -2_000_000, max = 2_000_000) int twentieths) {
        // k/20 are the ties (and near-ties, as doubles) where half-to-even on the exact value matters
        double tie = twentieths / 20.0;
        for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie), tie * 100 / 100}) {
            assertThat(Decimals.oneDecimal(v)).isEqualTo(oracle(v));
        }
    }

    @Example
    void edgesAgree() {
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0.05, -0.05, 0.04999,
            -0.04, 0.25, 0.35, 2.675, 99.95, 100.0, 9007199254740991.0, 9007199254740992.0, -9007199254740993.0,
            Math.nextDown(9007199254740992.0), 4503599627370495.5, 1e300, -1e300, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.pow(2, -58), Math.pow(2, -57) * 0.9};
        for (double v : edges) {
            assertThat(Decimals.oneDecimal(v)).as("%s", v).isEqualTo(oracle(v));
        }
    }

    @Example
    void everyHundredthUpToTenThousandAgrees() {
        for (int i = -10_000; i <= 1_000_000; i++) {
            double v = i / 100.0;
            assertThat(Decimals.oneDecimal(v)).isEqualTo(oracle(v));
        }
    }

    @Provide
    Arbitrary<Double> percentages() {
        return Arbitraries.doubles().between(-1000, 100_000).ofScale(6);
    }
}
