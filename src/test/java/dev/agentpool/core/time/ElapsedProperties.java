package dev.agentpool.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Elapsed against the JDK's Duration.between (and .abs()) as the oracle, over the whole Instant range. */
class ElapsedProperties {

    @Property(tries = 5000)
    void betweenIsDurationBetween(@ForAll("instants") Instant from, @ForAll("instants") Instant to) {
        assertThat(Elapsed.between(from, to)).isEqualTo(Duration.between(from, to));
    }

    @Property(tries = 5000)
    void apartIsAbsoluteDurationBetween(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        assertThat(Elapsed.apart(a, b)).isEqualTo(Duration.between(a, b).abs());
    }

    @Property(tries = 2000)
    void closeInstantsAgree(@ForAll("recent") Instant a, @ForAll("offsets") long nanos) {
        // the usual case (a heartbeat a few seconds old): differences around zero and across second boundaries
        Instant b = a.plusNanos(nanos);
        assertThat(Elapsed.between(a, b)).isEqualTo(Duration.between(a, b));
        assertThat(Elapsed.apart(a, b)).isEqualTo(Duration.between(a, b).abs());
    }

    @Example
    void extremesAgree() {
        for (Instant a : new Instant[] {Instant.MIN, Instant.EPOCH, Instant.MAX}) {
            for (Instant b : new Instant[] {Instant.MIN, Instant.EPOCH, Instant.MAX}) {
                assertThat(Elapsed.between(a, b)).isEqualTo(Duration.between(a, b));
                assertThat(Elapsed.apart(a, b)).isEqualTo(Duration.between(a, b).abs());
            }
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L));
        return Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Instant> recent() {
        return Combinators.combine(Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Long> offsets() {
        return Arbitraries.longs().between(-5_000_000_000L, 5_000_000_000L);
    }
}
