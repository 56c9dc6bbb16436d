package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Timestamps#localFields} against {@code LocalDateTime.ofEpochSecond}, and the fixed-offset fast paths of
 * formatting and naive parsing against the zone-rule paths they skip (a {@code ZoneId} with the same fixed rules
 * takes the general path). Seeded, so a failure repeats.
 */
class LocalFieldsTest {

    private static final int[] OFFSETS = {0, 3600, -3600, 19800, -34200, 45900, 18 * 3600, -18 * 3600};

    @Test
    void agreesWithLocalDateTimeOverTheWholeRangeAndAtEdges() {
        SplittableRandom random = new SplittableRandom(20261201);
        long[] edges = {0, -1, 1, 86_399, 86_400, -86_400, -86_401, 951_782_400L /* 2000-02-29 */,
            -62_135_596_800L /* 0001-01-01 */, -62_167_219_200L /* 0000-01-01 */, -62_167_219_201L,
            253_402_300_799L /* 9999-12-31T23:59:59 */, 4_107_542_400L /* 2100-03-01 */, -2_203_891_200L /* 1900-03-01 */};
        for (int offset : OFFSETS) {
            for (long s : edges) {
                check(s, offset);
            }
            for (int i = 0; i < 20_000; i++) {
                check(random.nextLong(-31_557_014_135_532_000L, 31_556_889_832_715_999L), offset); // LocalDateTime's range
                check(random.nextLong(-70_000_000_000L, 260_000_000_000L), offset); // years ~-250 to ~10200
            }
        }
    }

    private static void check(long epochSecond, int offset) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.ofTotalSeconds(offset));
        assertThat(Timestamps.localFields(epochSecond, offset)).as("%d at %d", epochSecond, offset)
                .containsExactly(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                        t.getSecond());
    }

    @Test
    void fixedOffsetFastPathsWriteAndReadWhatTheZoneRulePathsDo() {
        SplittableRandom random = new SplittableRandom(7);
        for (int offset : OFFSETS) {
            ZoneOffset fixed = ZoneOffset.ofTotalSeconds(offset);
            ZoneId sameRules = ZoneId.ofOffset("UTC", fixed); // not a ZoneOffset: the general path
            for (int i = 0; i < 5_000; i++) {
                Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                        random.nextInt(1_000_000_000));
                String naive = Timestamps.formatNaiveLocal(instant, fixed);
                assertThat(naive).isEqualTo(Timestamps.formatNaiveLocal(instant, sameRules));
                assertThat(Timestamps.formatWithOffset(instant, fixed))
                        .isEqualTo(Timestamps.formatWithOffset(instant, sameRules));
                assertThat(NaiveTimestamps.parseOrNull(naive, fixed)).isEqualTo(NaiveTimestamps.parseOrNull(naive, sameRules));
            }
        }
    }
}
