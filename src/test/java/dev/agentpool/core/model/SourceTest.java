package dev.agentpool.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void theWireNameIsTheLowerCaseNameTheJsonPrintedBefore() {
        for (Source s : Source.values()) {
            assertThat(s.wireName()).isEqualTo(s.name().toLowerCase(Locale.ROOT));
        }
    }
}
