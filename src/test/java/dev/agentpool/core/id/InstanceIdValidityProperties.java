package dev.agentpool.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written ID check accepts exactly what the documented regular expression accepts. */
class InstanceIdValidityProperties {

    @Property(tries = 3000)
    void handCheckAgreesWithTheRegexOnNearlyIds(@ForAll("nearlyIds") String text) {
        assertThat(InstanceId.isValid(text)).isEqualTo(InstanceId.matchesPattern(text));
    }

    @Property(tries = 1000)
    void handCheckAgreesWithTheRegexOnAnyText(@ForAll String text) {
        assertThat(InstanceId.isValid(text)).isEqualTo(InstanceId.matchesPattern(text));
    }

    @Provide
    Arbitrary<String> nearlyIds() {
        return Arbitraries.strings().withChars("0123456789abcdefgA_./").ofMinLength(0).ofMaxLength(70)
                .injectDuplicates(0.0)
                .edgeCases(e -> e.add("20251116_031234_12345_abc123de"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20251116_031234_12345_abc123de", "20251116_031234_1_a",
            "20251116_031234_1234567890_0123456789abcdef0123456789abcdef"})
    void realIdsAreValid(String id) {
        assertThat(InstanceId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20251116_031234_12345_ABC123DE", "2025111_031234_12345_abc", "20251116_031234__abc",
            "20251116_031234_12345_", "20251116_031234_12345_abc/..", "20251116_031234_12345678901_abc",
            "20251116_031234_1_0123456789abcdef0123456789abcdef0"})
    void nearMissesAreRefused(String id) {
        assertThat(InstanceId.isValid(id)).isFalse();
    }
}
