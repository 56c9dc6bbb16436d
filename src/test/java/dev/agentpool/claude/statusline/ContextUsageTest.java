package dev.agentpool.claude.statusline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.json.Json;
import org.junit.jupiter.api.Test;

class ContextUsageTest {

    static ContextUsage of(String contextWindow) {
        return ContextUsage.of(Json.parseObject("{\"session_id\":\"s\"" + contextWindow + "}")).orElseThrow();
    }

    @Test
    void usedPercentageTimesWindowWinsWhenBothArePresent() {
        ContextUsage u = of(",\"context_window\":{\"context_window_size\":1000000,\"used_percentage\":8,"
                + "\"current_usage\":{\"input_tokens\":1,\"cache_read_input_tokens\":1}}");
        assertThat(u).isEqualTo(new ContextUsage(80_000, 1_000_000, 8.0));
    }

    @Test
    void currentUsageSumExcludesOutputWhenThePercentageIsNull() {
        ContextUsage u = of(",\"context_window\":{\"context_window_size\":200000,\"used_percentage\":null,"
                + "\"current_usage\":{\"input_tokens\":8500,\"output_tokens\":1200,\"cache_creation_input_tokens\":5000,"
                + "\"cache_read_input_tokens\":2000}}");
        assertThat(u).isEqualTo(new ContextUsage(15_500, 200_000, 7.8));
    }

    @Test
    void cumulativeTotalsOfOldVersionsAreCappedByTheWindow() {
        ContextUsage u = of(",\"context_window\":{\"total_input_tokens\":950000,\"total_output_tokens\":80000,"
                + "\"context_window_size\":200000,\"current_usage\":null}");
        assertThat(u).isEqualTo(new ContextUsage(200_000, 200_000, 100.0));
    }

    @Test
    void nullsEverywhereMeanNothingUsedYetOfADefaultWindow() {
        assertThat(of(",\"context_window\":{\"context_window_size\":null,\"used_percentage\":null,"
                + "\"current_usage\":null}")).isEqualTo(new ContextUsage(0, 200_000, 0.0));
    }

    @Test
    void noContextWindowAtAllIsUnknown() {
        assertThat(ContextUsage.of(Json.parseObject("{\"session_id\":\"s\"}"))).isEmpty();
        assertThat(ContextUsage.of(Json.parseObject("{\"context_window\":null}"))).isEmpty();
    }
}
