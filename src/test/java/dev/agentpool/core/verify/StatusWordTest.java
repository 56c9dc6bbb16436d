package dev.agentpool.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            true,  95.0,  🔴 CRITICAL
            true,  100.0, 🔴 CRITICAL
            true,  94.9,  🟡 WARNING
            true,  85.0,  🟡 WARNING
            true,  84.9,  ✅ ACTIVE
            true,  50.0,  ✅ ACTIVE
            true,  49.9,  🟢 OPTIMAL
            true,  0.0,   🟢 OPTIMAL
            false, 9.9,   🟢 OPTIMAL
            false, 10.0,  🟢 READY
            false, 99.0,  🟢 READY
            """)
    void statusFollowsTheLegacyThresholds(boolean executing, double pct, String expected) {
        assertThat(StatusWord.of(executing, pct).display()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            🟡 WARNING, WARNING
            warning,    WARNING
            ✅ ACTIVE,  ACTIVE
            """)
    void statusTextIsRecognisedByItsWord(String text, StatusWord expected) {
        assertThat(StatusWord.fromText(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,      100
            999,    100
            1000,   95
            4999,   95
            5000,   85
            29999,  85
            30000,  70
            59999,  70
            60000,  50
            299999, 50
            300000, 20
            -5000,  100
            """)
    void confidenceFallsWithTheAgeOfTheSource(long ageMillis, int expected) {
        assertThat(FreshnessConfidence.of(Duration.ofMillis(ageMillis))).isEqualTo(expected);
    }
}
