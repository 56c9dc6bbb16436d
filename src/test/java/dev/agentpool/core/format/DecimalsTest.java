package dev.agentpool.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            7.5,    7.5
            99.0,   99.0
            0.25,   0.2
            0.35,   0.3
            2.675,  2.7
            12.25,  12.2
            99.95,  100.0
            """)
    void oneDecimalRoundsLikePython(double value, String expected) {
        assertThat(Decimals.oneDecimal(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            15000,  200000, 15k/200k
            15999,  200000, 15k/200k
            999,    200000, 0k/200k
            0,      0,      0k/0k
            """)
    void tokensDisplayTruncatesToWholeThousands(long used, long total, String expected) {
        assertThat(Decimals.tokensDisplay(used, total)).isEqualTo(expected);
    }
}
