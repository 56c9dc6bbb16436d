package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Numbers.hexDigits against HexFormat.of().toHexDigits, the implementation it replaced, as the oracle. */
class HexDigitsProperties {

    @Property(tries = 5000)
    void longsAgree(@ForAll long value) {
        assertThat(Numbers.hexDigits(value, 16)).isEqualTo(HexFormat.of().toHexDigits(value));
    }

    @Property(tries = 5000)
    void intsAgree(@ForAll int value) {
        assertThat(Numbers.hexDigits(value, 8)).isEqualTo(HexFormat.of().toHexDigits(value));
    }

    @Example
    void edgesAgree() {
        for (long v : new long[] {0, 1, -1, 15, 16, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, 0xabcdefL}) {
            assertThat(Numbers.hexDigits(v, 16)).isEqualTo(HexFormat.of().toHexDigits(v));
            assertThat(Numbers.hexDigits((int) v, 8)).isEqualTo(HexFormat.of().toHexDigits((int) v));
        }
    }
}
