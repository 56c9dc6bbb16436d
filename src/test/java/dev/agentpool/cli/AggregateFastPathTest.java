package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.bench.BenchStateDir;
import dev.agentpool.testing.LegacyDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AggregateFastPathTest {

    @TempDir
    Path tmp;

    /** Values that move with the wall clock between two runs (ages, the scan time); everything else must match. */
    private static String withoutClock(String text) {
        return text.replaceAll("\"(age_seconds|heartbeat_age_seconds|timestamp)\": [^,\\n]*", "\"$1\": _");
    }

    /**
     * Modification times whole seconds apart, in name order: the legacy average confidence weighs each file by its age,
     * and with ages a few milliseconds apart (files just copied) the average of the fixture sits on a rounding edge
     * (98.65), so the two runs could print 98.6 and 98.7. Spread ages keep it clear of the edge in both runs.
     */
    private static void spreadMtimes(Path dir) throws java.io.IOException {
        java.time.Instant now = java.time.Instant.now();
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            List<Path> files = all.filter(Files::isRegularFile).sorted().toList();
            for (int i = 0; i < files.size(); i++) {
                Files.setLastModifiedTime(files.get(i),
                        java.nio.file.attribute.FileTime.from(now.minusSeconds(20 + 7L * i)));
            }
        }
    }

    private static CliRun fast(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AggregateArgs parsed = AggregateArgs.parse(args);
        assertThat(parsed).as("handled by the fast path: %s", String.join(" ", args)).isNotNull();
        int code = AggregateFastPath.run(parsed, Map.of(), new PrintStream(out, true), new PrintStream(err, true));
        Charset cs = Charset.defaultCharset();
        return new CliRun(code, out.toString(cs), err.toString(cs));
    }

    private static void assertSameAsPicocli(String... args) {
        CliRun picocli = CliRun.run(args);
        CliRun fast = fast(args);
        assertThat(fast.exitCode()).isEqualTo(picocli.exitCode());
        assertThat(withoutClock(fast.out())).isEqualTo(withoutClock(picocli.out()));
        assertThat(fast.err()).isEqualTo(picocli.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--all", "--agents", "--confidence", "--state", "--json", "--all --json",
            "--agents --json", "--confidence --json", "--state --json"})
    void printsExactlyWhatThePicocliCommandPrintsForTheLegacyFixture(String flags) throws Exception {
        Path dir = tmp.resolve("legacy");
        LegacyDirs.copyLegacyFixture(dir);
        spreadMtimes(dir);
        String[] head = flags.isEmpty() ? new String[0] : flags.split(" ");
        String[] args = new String[head.length + 3];
        args[0] = "aggregate";
        System.arraycopy(head, 0, args, 1, head.length);
        args[head.length + 1] = "--dir";
        args[head.length + 2] = dir.toString();
        assertSameAsPicocli(args);
    }

    @Test
    void printsExactlyWhatThePicocliCommandPrintsForAGeneratedDirectoryWithProblems() throws Exception {
        Path dir = tmp.resolve("generated");
        BenchStateDir.generate(dir, 50, LocalDateTime.now().minusSeconds(90));
        Files.writeString(dir.resolve("realtime_metrics_20261127_000001_1000001_9e3779b1.json"), "{not json");
        spreadMtimes(dir);
        assertSameAsPicocli("aggregate", "--all", "--json", "--dir=" + dir);
        assertSameAsPicocli("aggregate", "--dir", dir.toString(), "--json");
        assertSameAsPicocli("aggregate", "--dir", dir.toString());
    }

    @Test
    void aMissingDirectoryIsTheSameOneLineErrorAndExitCode() {
        Path missing = tmp.resolve("nope");
        CliRun picocli = CliRun.run("aggregate", "--json", "--dir", missing.toString());
        assertThat(picocli.exitCode()).isEqualTo(2);
        assertSameAsPicocli("aggregate", "--json", "--dir", missing.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--help", "-h", "--version", "--instance 20261127_225532_11009_db0cb426",
            "--cleanup", "--cleanup --dry-run", "--all --agents", "--json --json", "--dir", "--dir=", "--dir --json",
            "--max-age 2", "--dir a --dir b", "extra", "--JSON"})
    void everyOtherFormIsLeftToPicocli(String flags) {
        String[] args = ("aggregate " + flags).split(" ");
        assertThat(AggregateArgs.parse(args)).isNull();
    }

    @Test
    void anUnknownFlagStillGetsPicoclisErrorThroughTheFallback() {
        String[] args = {"aggregate", "--json", "--bogus"};
        assertThat(AggregateArgs.parse(args)).isNull();
        CliRun run = CliRun.run(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void onlyTheAggregateCommandIsParsed() {
        assertThat(AggregateArgs.parse(new String[] {"instances", "--json"})).isNull();
        assertThat(AggregateArgs.parse(new String[0])).isNull();
        assertThat(AggregateArgs.parse(new String[] {"aggregate"})).isEqualTo(
                new AggregateArgs(AggregateArgs.Mode.ALL, false, null));
    }
}
