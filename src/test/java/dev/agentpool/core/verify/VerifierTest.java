package dev.agentpool.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifierTest {

    private final Verifier verifier = Verifier.withDefaultPriorities();

    private static SourceReading reading(Source source, long ageSeconds) {
        return SourceReading.of(source, Path.of(source.name()), Duration.ofSeconds(ageSeconds));
    }

    @Test
    void eachValueComesFromTheHighestPrioritySourceThatHasIt() {
        SourceReading counter = reading(Source.COUNTER_FILE, 2).with(Field.AGENTS, 25);
        SourceReading realtime = reading(Source.REALTIME_METRICS, 40).with(Field.AGENTS, 30)
                .with(Field.TOKENS_USED, 15000L).with(Field.TOKENS_TOTAL, 200000L).with(Field.CONFIDENCE, 99.2)
                .with(Field.EXECUTING, true);
        SourceReading state = reading(Source.STATE_FILE, 0).with(Field.LIFECYCLE, Lifecycle.COMPLETING)
                .with(Field.EXECUTING, false).with(Field.REQUEST_COUNT, 3L).with(Field.CONFIDENCE, 50.0);

        VerifiedMetrics m = verifier.verify(List.of(state, realtime, counter));

        assertThat(m.agents().value()).isEqualTo(25);
        assertThat(m.agents().source()).isEqualTo(Source.COUNTER_FILE);
        assertThat(m.agents().confidence()).isEqualTo(95);
        assertThat(m.confidence().value()).isEqualTo(99.2);
        assertThat(m.confidence().source()).isEqualTo(Source.REALTIME_METRICS);
        assertThat(m.confidence().confidence()).isEqualTo(70);
        assertThat(m.lifecycle().value()).isEqualTo(Lifecycle.COMPLETING);
        assertThat(m.executing().value()).isFalse();
        assertThat(m.executing().source()).isEqualTo(Source.STATE_FILE);
        assertThat(m.requestCount().value()).isEqualTo(3L);
        assertThat(m.tokensPct().value()).isEqualTo(7.5);
        assertThat(m.status()).isEqualTo(StatusWord.OPTIMAL);
    }

    @Test
    void aSourceWithoutTheValueFallsThroughToTheNext() {
        SourceReading realtime = reading(Source.REALTIME_METRICS, 0).with(Field.AGENTS, 30);
        SourceReading state = reading(Source.STATE_FILE, 100).with(Field.CONFIDENCE, 97.0);
        VerifiedMetrics m = verifier.verify(List.of(realtime, state));
        assertThat(m.agents().source()).isEqualTo(Source.REALTIME_METRICS);
        assertThat(m.confidence().source()).isEqualTo(Source.STATE_FILE);
        assertThat(m.confidence().confidence()).isEqualTo(50);
    }

    @Test
    void nothingKnownGivesDefaultsMarkedAsSuch() {
        VerifiedMetrics m = verifier.verify(List.of());
        assertThat(m.agents().source()).isEqualTo(Source.DEFAULT);
        assertThat(m.agents().confidence()).isZero();
        assertThat(m.tokensTotal().value()).isEqualTo(200_000L);
        assertThat(m.status()).isEqualTo(StatusWord.OPTIMAL);
        assertThat(m.overallConfidence()).isZero();
    }

    @Test
    void statusFollowsExecutingAndTokenUse() {
        SourceReading realtime = reading(Source.REALTIME_METRICS, 0).with(Field.TOKENS_PCT, 96.0)
                .with(Field.EXECUTING, true);
        assertThat(verifier.verify(List.of(realtime)).status()).isEqualTo(StatusWord.CRITICAL);
    }

    @Test
    void aNewSourceJoinsByNamingItInThePriorities() {
        Verifier withSessions = new Verifier(Map.of(Field.AGENTS, List.of(Source.CLAUDE_SESSIONS, Source.COUNTER_FILE)));
        SourceReading sessions = reading(Source.CLAUDE_SESSIONS, 0).with(Field.AGENTS, 7);
        SourceReading counter = reading(Source.COUNTER_FILE, 0).with(Field.AGENTS, 25);
        assertThat(withSessions.verify(List.of(counter, sessions)).agents().value()).isEqualTo(7);
    }

    @Test
    void overallConfidenceIsTheMeanOfTokensAgentsAndConfidence() {
        SourceReading counter = reading(Source.COUNTER_FILE, 0).with(Field.AGENTS, 25);
        SourceReading realtime = reading(Source.REALTIME_METRICS, 10).with(Field.TOKENS_USED, 1L)
                .with(Field.CONFIDENCE, 90.0);
        assertThat(verifier.verify(List.of(counter, realtime)).overallConfidence()).isEqualTo(90.0);
    }
}
