package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aNaiveTimestampIsLocalTimeOfTheZone() {
        assertThat(Timestamps.parse("2026-11-27T22:55:32.654372", BERLIN))
                .contains(Instant.parse("2026-11-27T21:55:32.654372Z"));
    }

    @Test
    void offsetsAndZAreHonouredWhateverTheZone() {
        assertThat(Timestamps.parse("2026-11-27T22:55:32Z", BERLIN)).contains(Instant.parse("2026-11-27T22:55:32Z"));
        assertThat(Timestamps.parse("2026-11-27T22:55:32.5-05:00", BERLIN)).contains(Instant.parse("2026-11-28T03:55:32.5Z"));
    }

    @Test
    void pythonsSpaceSeparatorAndShortFractionsAreAccepted() {
        assertThat(Timestamps.parse("2026-11-27 22:55:32", BERLIN)).contains(Instant.parse("2026-11-27T21:55:32Z"));
        assertThat(Timestamps.parse("2026-11-27T22:55:32.1", BERLIN)).contains(Instant.parse("2026-11-27T21:55:32.1Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-13-01T00:00:00", "2026-11-27", "2026-11-27T25:00:00", "NaN"})
    void anythingElseIsEmpty(String text) {
        assertThat(Timestamps.parse(text, BERLIN)).isEmpty();
    }

    @Test
    void legacyFormatIsNaiveLocalWithSixFractionDigitsEvenForWholeSeconds() {
        assertThat(Timestamps.formatNaiveLocal(Instant.parse("2026-11-27T21:55:32Z"), BERLIN))
                .isEqualTo("2026-11-27T22:55:32.000000");
    }

    @Test
    void ourFormatCarriesTheOffset() {
        assertThat(Timestamps.formatWithOffset(Instant.parse("2026-07-01T10:00:00Z"), BERLIN))
                .isEqualTo("2026-07-01T12:00:00+02:00");
    }
}
