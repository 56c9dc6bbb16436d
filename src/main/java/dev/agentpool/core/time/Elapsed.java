package dev.agentpool.core.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Time between two instants, the values of {@link Duration#between} and {@code Duration.between(..).abs()} computed
 * from the epoch seconds and nanoseconds. Why not the JDK's: {@code Duration.between} goes through
 * {@code Instant.until(.., ChronoUnit.NANOS)}, whose switch initialises ChronoUnit, ChronoField and its thirty value
 * ranges, and {@code abs()} of a negative duration multiplies through BigDecimal; each of those classes costs a
 * statusline or hook JVM tens of microseconds when first touched, for a subtraction. {@link #plus} and
 * {@link #minus} do the same for {@code Instant.plus/minus(Duration)}, which dispatch through ChronoUnit too.
 */
public final class Elapsed {

    private Elapsed() {
    }

    /** = {@code Duration.between(from, to)}: negative when {@code to} is before {@code from}. */
    public static Duration between(Instant from, Instant to) {
        // exact: the difference of two Instants' epoch seconds fits a long, and ofSeconds normalises the nanos
        return Duration.ofSeconds(to.getEpochSecond() - from.getEpochSecond(), to.getNano() - from.getNano());
    }

    /** = {@code Duration.between(a, b).abs()}: how far apart, whichever comes first. */
    public static Duration apart(Instant a, Instant b) {
        return a.isAfter(b) ? between(b, a) : between(a, b);
    }

    /** = {@code instant.plus(d)}. */
    public static Instant plus(Instant instant, Duration d) {
        return instant.plusSeconds(d.getSeconds()).plusNanos(d.getNano());
    }

    /** = {@code instant.minus(d)}. */
    public static Instant minus(Instant instant, Duration d) {
        return instant.minusSeconds(d.getSeconds()).minusNanos(d.getNano());
    }
}
