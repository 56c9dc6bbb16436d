package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written decimal check accepts exactly the language of the regular expression it replaced. */
class NumbersProperties {

    private static final String DECIMAL = "-?\\d+(\\.\\d+)?";

    @Property(tries = 3000)
    void isDecimalAgreesWithTheRegularExpression(@ForAll("decimalish") String text) {
        boolean expected = text.length() <= 32 && !text.isEmpty() && text.matches(DECIMAL);
        assertThat(Numbers.isDecimal(text)).as("'%s'", text).isEqualTo(expected);
        assertThat(Numbers.parseDecimal(text).isPresent()).isEqualTo(expected);
        if (expected) {
            assertThat(Numbers.parseDecimal(text)).contains(Double.parseDouble(text));
        }
    }

    @Provide
    Arbitrary<String> decimalish() {
        return Arbitraries.strings().withChars("0123456789.-+e %٣").ofMinLength(0).ofMaxLength(36);
    }
}
