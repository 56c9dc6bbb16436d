package dev.agentpool.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.core.model.StateLayout;
import java.nio.file.Path;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class InstanceIdProperties {

    @Property
    void generatedIdsHaveTheDocumentedFormatAndParseBack(@ForAll("times") LocalDateTime now,
            @ForAll @LongRange(min = 1, max = 4_194_304) long pid) {
        InstanceId id = InstanceId.generate(now, pid);
        assertThat(id.value()).matches("\\d{8}_\\d{6}_" + pid + "_[0-9a-f]{8}");
        assertThat(id.value()).startsWith(String.format("%04d%02d%02d_%02d%02d%02d", now.getYear(),
                now.getMonthValue(), now.getDayOfMonth(), now.getHour(), now.getMinute(), now.getSecond()));
        assertThat(InstanceId.of(id.value())).isEqualTo(id);
        assertThat(id.embeddedPid()).isEqualTo(pid);
    }

    @Property
    void everyFileNameOfTheLayoutGivesTheWholeIdBack(@ForAll("ids") InstanceId id) {
        for (StateLayout.FileKind kind : StateLayout.FileKind.values()) {
            String name = kind.fileName(id);
            assertThat(InstanceId.fromFileName(name, kind.prefix(), kind.suffix())).contains(id);
            assertThat(StateLayout.classify(name)).contains(new StateLayout.Classified(kind, id));
        }
        assertThat(StateLayout.sidecarId(id.value() + ".lck")).contains(id);
    }

    @Property
    void pathsOfTheLayoutStayInsideTheStateDirectory(@ForAll("ids") InstanceId id) {
        Path dir = Path.of("/state");
        StateLayout layout = new StateLayout(dir);
        for (StateLayout.FileKind kind : StateLayout.FileKind.values()) {
            assertThat(layout.path(kind, id).normalize().getParent()).isIn(dir, dir.resolve("instances"));
        }
    }

    @Property
    void textWithAPathSeparatorOrDotDotIsRefused(@ForAll("ids") InstanceId id, @ForAll("hostile") String insert,
            @ForAll("positions") int position) {
        String text = id.value().substring(0, position % id.value().length()) + insert
                + id.value().substring(position % id.value().length());
        assertThat(InstanceId.isValid(text)).isFalse();
        assertThat(InstanceId.fromFileName("instance_" + text + ".lock", "instance_", ".lock")).isEmpty();
        assertThatThrownBy(() -> InstanceId.of(text)).isInstanceOf(InvalidInstanceIdException.class)
                .hasMessageNotContaining("\n");
    }

    @Property
    void controlCharactersAreRefusedAndNotEchoedRaw(@ForAll("ids") InstanceId id,
            @ForAll("controls") char control) {
        String text = id.value() + control;
        assertThatThrownBy(() -> InstanceId.of(text)).isInstanceOf(InvalidInstanceIdException.class)
                .hasMessageContaining("control characters")
                .satisfies(e -> assertThat(e.getMessage().chars().noneMatch(Character::isISOControl)).isTrue());
    }

    @Property
    void overLongTextIsRefusedWithItsLength(@ForAll("ids") InstanceId id) {
        String text = id.value() + "0".repeat(InstanceId.MAX_LENGTH);
        assertThatThrownBy(() -> InstanceId.of(text)).hasMessageContaining("too long (" + text.length());
        assertThat(InstanceId.fromFileName("instance_" + text + ".lock", "instance_", ".lock")).isEmpty();
    }

    @Property
    void aPrefixOrSuffixOfTheWrongKindGivesNothing(@ForAll("ids") InstanceId id) {
        assertThat(InstanceId.fromFileName("agent_usage_counter_" + id + ".txt", "instance_", ".lock")).isEmpty();
        assertThat(InstanceId.fromFileName("instance_" + id + ".lock.bak", "instance_", ".lock")).isEmpty();
        assertThat(InstanceId.fromFileName(".instance_" + id + ".lock", "instance_", ".lock")).isEmpty();
    }

    @Provide
    Arbitrary<LocalDateTime> times() {
        return Arbitraries.longs().between(0, 8_000L * 365 * 86400)
                .map(s -> LocalDateTime.of(2000, 1, 1, 0, 0).plusSeconds(s));
    }

    @Provide
    Arbitrary<InstanceId> ids() {
        Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(1).ofMaxLength(32);
        return Combinators.combine(times(), Arbitraries.longs().between(0, 9_999_999_999L), hex)
                .as((t, pid, h) -> InstanceId.of(InstanceId.generate(t, 1).value().substring(0, 16) + pid + "_" + h));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of("/", "\\", "..", "../", "/..", "..\\");
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.of('\u007f', '\u0085'));
    }
}
