package dev.agentpool.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            true,  95.0, 🔴 CRITICAL
            true,  94.9, 🟡 WARNING
            true,  85.0, 🟡 WARNING
            true,  50.0, ✅ ACTIVE
            true,  49.9, 🟢 OPTIMAL
            false, 9.9,  🟢 OPTIMAL
            false, 10.0, 🟢 READY
            false, 99.0, 🟢 READY
            """)
    void followsTheLegacyThresholds(boolean executing, double pct, String expected) {
        assertThat(StatusWord.of(executing, pct)).isEqualTo(expected);
    }
}
