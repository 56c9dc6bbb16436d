package dev.agentpool.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CounterFileTest {

    @Test
    void readsTheLegacyCounters() {
        assertThat(CounterFile.read(Fixtures.legacyStateDir().resolve("agent_usage_counter.txt")).value()).isEqualTo(145);
        assertThat(CounterFile.read(Fixtures.legacyStateDir()
                .resolve("agent_usage_counter_20261127_225533_11009_5b34d339.txt")).value()).isEqualTo(35);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '25',        25
            ' 25\n',     25
            '\t0  ',     0
            '999999999999999999', 999999999999999999
            """)
    void acceptsADecimalCountWithSurroundingWhitespace(String text, long expected) {
        assertThat(CounterFile.parse(text.replace("\\n", "\n").replace("\\t", "\t")).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "abc", "12abc", "1.5", "1e3", "+4", "", "  ", "9999999999999999999", "NaN", "2 3"})
    void refusesAnythingElseWithAReason(String text) {
        assertThat(CounterFile.parse(text).isOk()).isFalse();
        assertThat(CounterFile.parse(text).reason()).isNotBlank();
    }

    @Test
    void namesANegativeCountAsSuch() {
        assertThat(CounterFile.parse("-3").reason()).startsWith("negative count");
    }

    @Test
    void refusesBinaryContent(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("agent_usage_counter.txt"), new byte[] {'1', (byte) 0xff});
        assertThat(CounterFile.read(f).reason()).contains("not UTF-8");
    }

    @Test
    void formatsLikeTheLegacyTools() {
        assertThat(CounterFile.format(145)).isEqualTo("145");
    }
}
