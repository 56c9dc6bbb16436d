package dev.agentpool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's refusals happen before JavaFX starts: they must be clear and leave nothing behind. */
class MonitorLauncherTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void thePulseRateIsLoweredAndSoftwareRenderingChosenForTheIdleWindowButAUserSettingWins() {
        java.util.Properties untouched = new java.util.Properties();
        MonitorLauncher.applyToolkitDefaults(untouched);
        assertThat(untouched.getProperty("javafx.animation.pulse")).isEqualTo("30");
        assertThat(untouched.getProperty("prism.order")).isEqualTo("sw");

        java.util.Properties chosen = new java.util.Properties();
        chosen.setProperty("javafx.animation.pulse", "60");
        chosen.setProperty("prism.order", "es2,sw");
        MonitorLauncher.applyToolkitDefaults(chosen);
        assertThat(chosen.getProperty("javafx.animation.pulse")).isEqualTo("60");
        assertThat(chosen.getProperty("prism.order")).isEqualTo("es2,sw");
    }

    @Test
    void badFlagExitsTwoWithTheUsage() {
        assertThat(run("tray", "--bogus")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--bogus'").contains("usage: agentpool [tray]");
    }

    @Test
    void missingDirectoryNamedWithDirExitsOneAndIsNotCreated(@TempDir Path tmp) {
        Path missing = tmp.resolve("nowhere");
        assertThat(run("--dir", missing.toString())).isEqualTo(1);
        assertThat(err()).contains(missing.toString()).contains("does not exist");
        assertThat(missing).doesNotExist();
    }

    private int run(String... args) {
        return MonitorLauncher.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
