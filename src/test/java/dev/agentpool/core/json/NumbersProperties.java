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

    /** The hand-made conversions give exactly Double.parseDouble's and Long.parseLong's values. */
    @Property(tries = 5000)
    void conversionsAgreeWithTheJdk(@ForAll("decimals") String text) {
        assertThat(Numbers.parseDecimal(text)).as(text).contains(Double.parseDouble(text));
        String unsigned = text.startsWith("-") ? text.substring(1) : text;
        if (!unsigned.contains(".") && unsigned.length() <= 18) {
            assertThat(Numbers.parseCount(unsigned)).as(unsigned).contains(Long.parseLong(unsigned));
        }
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> whole = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(18);
        Arbitrary<String> fraction = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(25);
        return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-"), whole, fraction)
                .as((sign, w, f) -> (sign + w + (f.isEmpty() ? "" : "." + f)))
                .filter(t -> t.length() <= 32);
    }

    @Provide
    Arbitrary<String> decimalish() {
        return Arbitraries.strings().withChars("0123456789.-+e %٣").ofMinLength(0).ofMaxLength(36);
    }
}
