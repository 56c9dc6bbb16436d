package dev.agentpool.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FieldReaderTest {

    private static FieldReader reader(String json) {
        return new FieldReader(Json.parseObject(json));
    }

    @Test
    void missingKeysAndNullsAreEmptyWithoutAProblem() {
        FieldReader in = reader("{\"a\": null}");
        assertThat(in.string("a")).isEmpty();
        assertThat(in.count("b")).isEmpty();
        assertThat(in.timestamp("c", ZoneOffset.UTC)).isEmpty();
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void wrongTypesAreEmptyWithAProblemNamingKeyAndTypes() {
        FieldReader in = reader("{\"s\": 1, \"b\": \"true\", \"n\": [], \"o\": 2}");
        assertThat(in.string("s")).isEmpty();
        assertThat(in.bool("b")).isEmpty();
        assertThat(in.number("n")).isEmpty();
        assertThat(in.object("o")).isEmpty();
        assertThat(in.problems()).containsExactly("s: expected a string, found number", "b: expected true or false, found string",
                "n: expected a number, found array", "o: expected an object, found number");
    }

    @Test
    void countsAcceptWholeFloatsAndRefuseFractionsNegativesAndHugeValues() {
        FieldReader in = reader("{\"a\": 25.0, \"b\": 2.5, \"c\": -1, \"d\": 1e300, \"e\": 123456789012345678901234}");
        assertThat(in.count("a")).contains(25L);
        assertThat(in.count("b")).isEmpty();
        assertThat(in.count("c")).isEmpty();
        assertThat(in.count("d")).isEmpty();
        assertThat(in.count("e")).isEmpty();
        assertThat(in.problems()).hasSize(4);
    }

    @Test
    void numericStringsCountAndPlaceholdersMeanNoValue() {
        FieldReader in = reader("{\"a\": \" 25 \", \"b\": \"N/A\", \"c\": \"--\", \"d\": \"-3\", \"e\": \"1e3\"}");
        assertThat(in.countOrNumericString("a")).contains(25L);
        assertThat(in.countOrNumericString("b")).isEmpty();
        assertThat(in.countOrNumericString("c")).isEmpty();
        assertThat(in.countOrNumericString("d")).isEmpty();
        assertThat(in.countOrNumericString("e")).isEmpty();
        assertThat(in.problems()).hasSize(2);
    }

    @Test
    void nanAndInfinityAreNotNumbers() {
        FieldReader in = reader("{\"a\": NaN, \"b\": -Infinity, \"c\": -0.5}");
        assertThat(in.number("a")).isEmpty();
        assertThat(in.number("b")).isEmpty();
        assertThat(in.nonNegativeNumber("c")).isEmpty();
        assertThat(in.problems()).hasSize(3);
    }
}
