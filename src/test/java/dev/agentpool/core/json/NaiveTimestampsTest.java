package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NaiveTimestampsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Property
    void fastPathAgreesWithTheJavaTimeParser(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long epochSecond,
                                            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                            @ForAll @IntRange(min = 0, max = 9) int digits) {
        String base = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                .format(LocalDateTime.ofEpochSecond(epochSecond, 0, java.time.ZoneOffset.UTC));
        String fraction = String.format("%09d", nanos).substring(0, digits);
        String text = digits == 0 ? base : base + "." + fraction;
        assertThat(NaiveTimestamps.parseOrNull(text, ZONE))
                .isEqualTo(LocalDateTime.parse(text).atZone(ZONE).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27T22:55:32.654372+01:00", "2026-11-27T22:55:32Z", "2026-13-27T22:55:32",
            "2026-11-27T22:55:32.", "2026-11-27X22:55:32", "2026-11-27T22:55:3a", "2026-11-27T22:55:32.1234567890"})
    void anythingElseIsLeftToTheGeneralParser(String text) {
        assertThat(NaiveTimestamps.parseOrNull(text, ZONE)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27T22:55:32.654372", "2026-11-27 22:55:32.654372", "2026-11-27T22:55:32"})
    void theLegacyFormsStillParseThroughTimestamps(String text) {
        assertThat(Timestamps.parse(text, ZONE)).contains(
                LocalDateTime.parse(text.replace(' ', 'T')).atZone(ZONE).toInstant());
    }
}
