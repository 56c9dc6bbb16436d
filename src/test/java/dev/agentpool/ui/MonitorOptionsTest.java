package dev.agentpool.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MonitorOptionsTest {

    @Test
    void noArgumentsMeanDefaultDirectoryTrayAndTwoSecondPoll() {
        MonitorOptions options = MonitorOptions.parse();
        assertThat(options).isEqualTo(MonitorOptions.defaults());
        assertThat(options.dir()).isEmpty();
        assertThat(options.pollInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void trayWordAndAllFlagsAreParsed() {
        MonitorOptions options = MonitorOptions.parse("tray", "--dir", "/tmp/x", "--demo", "--no-tray",
                "--poll-interval", "0.5");
        assertThat(options.dir()).contains(Path.of("/tmp/x"));
        assertThat(options.demo()).isTrue();
        assertThat(options.noTray()).isTrue();
        assertThat(options.pollInterval()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void unknownFlagIsRefusedWithUsage() {
        assertThatThrownBy(() -> MonitorOptions.parse("--bogus"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus").hasMessageContaining("usage");
    }

    @Test
    void missingOrBadValuesAreRefused() {
        assertThatThrownBy(() -> MonitorOptions.parse("--dir")).hasMessageContaining("--dir needs a value");
        assertThatThrownBy(() -> MonitorOptions.parse("--poll-interval", "fast")).hasMessageContaining("seconds");
        assertThatThrownBy(() -> MonitorOptions.parse("--poll-interval", "0")).hasMessageContaining("at least");
    }

    @Test
    void monitorStartsForNoArgumentsTrayOrOnlyMonitorFlags() {
        assertThat(MonitorOptions.isMonitorInvocation()).isTrue();
        assertThat(MonitorOptions.isMonitorInvocation("tray", "--bogus")).as("tray then reports the bad flag").isTrue();
        assertThat(MonitorOptions.isMonitorInvocation("--demo")).isTrue();
        assertThat(MonitorOptions.isMonitorInvocation("--dir", "/x", "--no-tray")).isTrue();
        assertThat(MonitorOptions.isMonitorInvocation("status")).isFalse();
        assertThat(MonitorOptions.isMonitorInvocation("--help")).isFalse();
        assertThat(MonitorOptions.isMonitorInvocation("--dir", "/x", "status")).isFalse();
    }
}
