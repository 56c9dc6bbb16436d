package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The hand-computed fast paths give exactly what {@code LocalDateTime.of(...).atZone(zone).toInstant()} (naive) and
 * {@code ...toInstant(ZoneOffset.ofTotalSeconds(...))} (offset) gave, or null where those throw: any field values
 * (out-of-range months, days, Feb 29 of non-leap years, hours 24+), zones with and without daylight saving, and times
 * right at and around their transitions (gaps and overlaps), in any order (the cached offset window must never
 * answer for a time it does not cover).
 */
class NaiveTimestampsProperties {

    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
        ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"),
        ZoneOffset.ofHoursMinutes(-3, -30), ZoneId.of("Pacific/Apia")};

    @Property(tries = 5000)
    void naiveAgreesWithJavaTime(@ForAll("fields") int[] f, @ForAll @IntRange(min = 0, max = 7) int zone,
                                 @ForAll @IntRange(min = 0, max = 9) int digits) {
        String text = text(f, digits);
        ZoneId z = ZONES[zone];
        assertThat(NaiveTimestamps.parseOrNull(text, z)).as("%s in %s", text, z).isEqualTo(expectedNaive(f, digits, z));
    }

    @Property(tries = 3000)
    void aroundTransitionsAgreesWithJavaTime(@ForAll @IntRange(min = 2, max = 4) int zone,
                                             @ForAll @IntRange(min = 1970, max = 2040) int year,
                                             @ForAll @IntRange(min = -10_800, max = 10_800) int secondsFromTransition,
                                             @ForAll boolean before) {
        ZoneId z = ZONES[zone];
        Instant start = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        var transition = z.getRules().nextTransition(start);
        LocalDateTime local = (before ? transition.getDateTimeBefore() : transition.getDateTimeAfter())
                .plusSeconds(secondsFromTransition);
        int[] f = {local.getYear(), local.getMonthValue(), local.getDayOfMonth(), local.getHour(), local.getMinute(),
            local.getSecond(), 0};
        String text = text(f, 0);
        assertThat(NaiveTimestamps.parseOrNull(text, z)).as("%s in %s", text, z).isEqualTo(expectedNaive(f, 0, z));
    }

    @Property(tries = 3000)
    void offsetFormAgreesWithJavaTime(@ForAll("fields") int[] f, @ForAll @IntRange(min = 0, max = 19) int hours,
                                      @ForAll @IntRange(min = 0, max = 59) int minutes, @ForAll boolean west,
                                      @ForAll @IntRange(min = 0, max = 9) int digits) {
        String sign = west ? "-" : "+";
        String text = text(f, digits) + sign + two(hours) + ":" + two(minutes);
        Instant expected;
        try {
            expected = LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], nanos(f[6], digits))
                    .toInstant(ZoneOffset.ofTotalSeconds((hours * 3600 + minutes * 60) * (west ? -1 : 1)));
        } catch (DateTimeException e) {
            expected = null;
        }
        assertThat(NaiveTimestamps.parseOffsetOrNull(text)).as(text).isEqualTo(expected);
    }

    private static Instant expectedNaive(int[] f, int digits, ZoneId z) {
        try {
            return LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], nanos(f[6], digits)).atZone(z).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int nanos(int nanos, int digits) {
        int scale = 1;
        for (int i = digits; i < 9; i++) {
            scale *= 10;
        }
        return nanos / scale * scale;
    }

    private static String text(int[] f, int digits) {
        String base = four(f[0]) + "-" + two(f[1]) + "-" + two(f[2]) + "T" + two(f[3]) + ":" + two(f[4]) + ":" + two(f[5]);
        if (digits == 0) {
            return base;
        }
        String fraction = Integer.toString(1_000_000_000 + f[6]).substring(1);
        return base + "." + fraction.substring(0, digits);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String four(int v) {
        String s = Integer.toString(v);
        return "0".repeat(4 - s.length()) + s;
    }

    @Provide
    Arbitrary<int[]> fields() {
        Arbitrary<Integer> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999),
                Arbitraries.of(0, 1, 1900, 1970, 2000, 2024, 2025, 2100, 2400, 9999));
        return Arbitraries.integers().between(0, 99).array(int[].class).ofSize(7)
                .flatMap(a -> year.map(y -> {
                    int[] f = a.clone();
                    f[0] = y;
                    f[1] = a[1] % 14; // 0–13
                    f[2] = a[2] % 33; // 0–32
                    f[3] = a[3] % 26; // 0–25
                    f[4] = a[4] % 61;
                    f[5] = a[5] % 61;
                    f[6] = a[6] * 10_101_010 % 1_000_000_000;
                    return f;
                }));
    }
}
