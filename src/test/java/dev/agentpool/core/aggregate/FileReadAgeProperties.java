package dev.agentpool.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.io.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class FileReadAgeProperties {

    @Property(tries = 2000)
    void ageIsDurationBetween(@ForAll @LongRange(min = -4_000_000_000L, max = 4_000_000_000L) long s1,
            @ForAll @IntRange(min = 0, max = 999_999_999) int n1,
            @ForAll @LongRange(min = -4_000_000_000L, max = 4_000_000_000L) long s2,
            @ForAll @IntRange(min = 0, max = 999_999_999) int n2) {
        Instant modified = Instant.ofEpochSecond(s1, n1);
        Instant now = Instant.ofEpochSecond(s2, n2);
        FileRead<String> f = new FileRead<>(Path.of("x"), modified, Outcome.ok("v"));
        assertThat(f.age(now)).isEqualTo(Duration.between(modified, now));
    }
}
