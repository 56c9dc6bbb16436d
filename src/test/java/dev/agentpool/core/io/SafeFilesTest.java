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
}
