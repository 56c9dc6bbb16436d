package dev.agentpool.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsARegularUtf8File() throws Exception {
        Path f = Files.writeString(dir.resolve("a.json"), "{\"status\": \"🟢 OPTIMAL\"}");
        Outcome<String> text = SafeFiles.readText(f);
        assertThat(text.isOk()).isTrue();
        assertThat(text.value()).isEqualTo("{\"status\": \"🟢 OPTIMAL\"}");
    }

    @Test
    void readsAnEmptyFileAsEmptyText() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertThat(SafeFiles.readText(f).value()).isEmpty();
    }

    @Test
    void refusesASymbolicLinkEvenToAGoodFile() throws Exception {
        Path target = Files.writeString(dir.resolve("real.txt"), "25");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        assertThat(SafeFiles.readText(link).reason()).contains("symbolic link");
    }

    @Test
    void refusesADirectory() {
        assertThat(SafeFiles.readText(dir).reason()).isEqualTo("is a directory");
    }

    @Test
    void refusesAFifoWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("agent_usage_counter.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(SafeFiles.readText(fifo).reason()).contains("not a regular file");
    }

    @Test
    void refusesAFileOverTheSizeCap() throws Exception {
        Path f = Files.write(dir.resolve("huge.json"), new byte[SafeFiles.MAX_BYTES + 1]);
        assertThat(SafeFiles.readBytes(f).reason()).startsWith("too large (" + (SafeFiles.MAX_BYTES + 1) + " bytes");
    }

    @Test
    void acceptsAFileExactlyAtTheCap() throws Exception {
        Path f = Files.write(dir.resolve("big.txt"), new byte[SafeFiles.MAX_BYTES]);
        assertThat(SafeFiles.readBytes(f).value()).hasSize(SafeFiles.MAX_BYTES);
    }

    @Test
    void refusesBinaryGarbageAsNotUtf8() throws Exception {
        Path f = Files.write(dir.resolve("bin.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
        assertThat(SafeFiles.readText(f).reason()).contains("not UTF-8");
    }

    @Test
    void reportsAMissingFile() {
        assertThat(SafeFiles.readText(dir.resolve("nope")).reason()).isEqualTo("does not exist");
    }

    @Test
    void reportsCorruptJsonWithTheParserReason() throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"), "{\"agents\": 25,");
        assertThat(SafeFiles.readJsonObject(f).reason()).startsWith("not valid JSON");
    }

    @Test
    void reportsJsonThatIsNotAnObject() throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"), "[1,2]");
        assertThat(SafeFiles.readJsonObject(f).reason()).contains("expected a JSON object");
    }

    @Test
    void decodesValidUtf8BytesAndRefusesTruncatedSequences() {
        assertThat(SafeFiles.decodeUtf8("ä".getBytes(StandardCharsets.UTF_8)).value()).isEqualTo("ä");
        assertThat(SafeFiles.decodeUtf8(new byte[] {(byte) 0xc3}).isOk()).isFalse();
    }

    /**
     * decodeUtf8's fast path (the String constructor, then "no U+FFFD") accepts exactly what the strict decoder
     * accepts, with the same text: random bytes biased to multi-byte leads, continuations, surrogate and overlong
     * forms, and text that really holds U+FFFD. Seeded, so a failure repeats.
     */
    @Test
    void theFastUtf8PathAgreesWithTheStrictDecoder() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        byte[] interesting = {0x41, 0x7f, (byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc1, (byte) 0xc2, (byte) 0xdf,
            (byte) 0xe0, (byte) 0xed, (byte) 0xef, (byte) 0xf0, (byte) 0xf4, (byte) 0xf5, (byte) 0xff, (byte) 0xa0,
            (byte) 0x9f, (byte) 0x8f, (byte) 0x90};
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[random.nextInt(1, 9)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : interesting[random.nextInt(interesting.length)];
            }
            check(bytes);
        }
        check("a\uFFFDb".getBytes(StandardCharsets.UTF_8));
        check(new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbd, (byte) 0xc3});
    }

    private static void check(byte[] bytes) {
        String strict;
        try {
            strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            strict = null;
        }
        Outcome<String> fast = SafeFiles.decodeUtf8(bytes);
        assertThat(fast.isOk() ? fast.value() : null).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(strict);
    }
}
