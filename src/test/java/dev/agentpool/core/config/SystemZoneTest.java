package dev.agentpool.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class SystemZoneTest {

    @Test
    void thePropertyWinsThenTzThenTheLocaltimeLink() {
        assertThat(SystemZone.isUtc("Etc/UTC", Map.of("TZ", "Europe/Berlin"), null, null)).isTrue();
        assertThat(SystemZone.isUtc("Europe/Berlin", Map.of("TZ", "UTC"), null, "/usr/share/zoneinfo/UTC")).isFalse();
        assertThat(SystemZone.isUtc(null, Map.of("TZ", ":UTC"), null, "/usr/share/zoneinfo/Europe/Berlin")).isTrue();
        assertThat(SystemZone.isUtc("", Map.of("TZ", "CET"), null, "/usr/share/zoneinfo/UTC")).isFalse();
        assertThat(SystemZone.isUtc(null, Map.of(), null, "/usr/share/zoneinfo/Etc/UTC")).isTrue();
        assertThat(SystemZone.isUtc(null, Map.of(), "Etc/UTC", "/usr/share/zoneinfo/Etc/UTC")).isTrue();
        assertThat(SystemZone.isUtc(null, Map.of(), null, "../usr/share/zoneinfo/America/New_York")).isFalse();
    }

    @Test
    void anythingUnclearIsNotKnownToBeUtc() {
        assertThat(SystemZone.isUtc(null, Map.of(), null, null)).isFalse(); // a copied file, not a link
        assertThat(SystemZone.isUtc(null, Map.of(), "Europe/Berlin", "/usr/share/zoneinfo/UTC")).isFalse(); // /etc/timezone disagrees
        assertThat(SystemZone.isUtc(null, Map.of("TZ", "UTC0"), null, null)).isFalse(); // POSIX rule string
        assertThat(SystemZone.isUtc(null, Map.of(), null, "/etc/zone")).isFalse();
    }

    /** Whatever the machine, the fast answer never contradicts the JDK's. */
    @Test
    void whenKnownToBeUtcTheJdkAgrees() {
        if (SystemZone.isUtc()) {
            assertThat(TimeZone.getDefault().getRawOffset()).isZero();
            assertThat(TimeZone.getDefault().useDaylightTime()).isFalse();
        }
        Instant now = Instant.parse("2026-07-01T12:00:00Z");
        assertThat(dev.agentpool.claude.HotPathContext.localOffsetAt(now))
                .isEqualTo(ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(now.toEpochMilli()) / 1000));
    }
}
