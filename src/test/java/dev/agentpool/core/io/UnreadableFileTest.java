package dev.agentpool.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file without read permission gives a reason, not an exception. Root reads anything, so when the tests run as
 * root the read happens in a child JVM dropped to user nobody (setpriv); otherwise in this JVM.
 */
class UnreadableFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithoutReadPermissionIsReportedAsPermissionDenied() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path secret = Files.writeString(dir.resolve("agent_usage_counter.txt"), "25");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        String result = isRoot() ? readAsNobody(secret) : describe(SafeFiles.readText(secret));
        assertThat(result).isEqualTo("FAILED:permission denied");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String describe(Outcome<String> read) {
        return read.isOk() ? "OK:" + read.value() : "FAILED:" + read.reason();
    }

    private static String readAsNobody(Path file) throws Exception {
        Process p = new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                SafeFilesProbeMain.class.getName(), file.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static String classPath() throws Exception {
        Path tests = Path.of(SafeFilesProbeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path main = Path.of(SafeFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return tests + File.pathSeparator + main;
    }
}
