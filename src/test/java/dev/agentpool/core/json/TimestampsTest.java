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

    /**
     * The hand-written formatters and the offset fast path (no DateTimeFormatter on the hook path) must give exactly
     * what java.time gives: many instants (whole seconds, millis, micros, nanos, trailing zeros), several zones
     * including offsets with minutes and a DST zone, and years at the edges.
     */
    @Test
    void handWrittenFormattingAndParsingAgreeWithJavaTime() {
        java.time.format.DateTimeFormatter naive = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
        ZoneId[] zones = {java.time.ZoneOffset.UTC, java.time.ZoneOffset.ofHoursMinutes(5, 30),
                java.time.ZoneOffset.ofHoursMinutes(-9, -30), java.time.ZoneOffset.ofHours(14), BERLIN,
                ZoneId.of("America/St_Johns")};
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        java.util.List<Instant> instants = new java.util.ArrayList<>(java.util.List.of(Instant.EPOCH,
                Instant.parse("2026-11-27T22:55:32Z"), Instant.parse("2026-11-27T22:55:32.5Z"),
                Instant.parse("2026-11-27T22:55:32.120Z"), Instant.parse("2026-11-27T22:55:32.000001Z"),
                Instant.parse("2026-11-27T22:55:32.123456789Z"), Instant.parse("2026-03-29T01:30:00Z"),
                Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z")));
        for (int i = 0; i < 2000; i++) {
            long seconds = random.nextLong(-2_000_000_000L, 8_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        for (ZoneId zone : zones) {
            for (Instant t : instants) {
                String withOffset = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(t.atZone(zone).toOffsetDateTime());
                assertThat(Timestamps.formatWithOffset(t, zone)).as("%s in %s", t, zone).isEqualTo(withOffset);
                assertThat(Timestamps.formatNaiveLocal(t, zone)).as("%s in %s", t, zone)
                        .isEqualTo(naive.format(java.time.LocalDateTime.ofInstant(t, zone)));
                if (withOffset.length() >= 20 && Character.isDigit(withOffset.charAt(0))) {
                    assertThat(Timestamps.parse(withOffset, zone)).as(withOffset)
                            .contains(java.time.OffsetDateTime.parse(withOffset).toInstant());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27T22:55:32+25:00", "2026-11-27T22:55:32.Z", "2026-11-27T22:55:32.1234567890Z",
            "2026-11-27T22:55:32+0100", "2026-02-30T22:55:32Z", "2026-11-27T22:55:32+01:60"})
    void theOffsetFastPathRefusesWhatJavaTimeRefuses(String text) {
        assertThat(Timestamps.parse(text, BERLIN)).isEqualTo(javaTime(text));
    }

    private static java.util.Optional<Instant> javaTime(String text) {
        try {
            return java.util.Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
