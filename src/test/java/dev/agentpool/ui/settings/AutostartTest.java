package dev.agentpool.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutostartTest {

    @TempDir
    Path tmp;

    @Test
    void xdgEntryGoesUnderXdgConfigHomeWhenSet() {
        AutostartEntry entry = XdgAutostartEntry.forUser(Map.of("XDG_CONFIG_HOME", tmp.resolve("cfg").toString()),
                tmp.resolve("home"));

        assertThat(entry.location()).isEqualTo(tmp.resolve("cfg/autostart/agentpool.desktop"));
    }

    @Test
    void xdgEntryGoesUnderDotConfigWhenXdgConfigHomeIsUnsetOrRelative() {
        Path home = tmp.resolve("home");

        assertThat(XdgAutostartEntry.forUser(Map.of(), home).location())
                .isEqualTo(home.resolve(".config/autostart/agentpool.desktop"));
        assertThat(XdgAutostartEntry.forUser(Map.of("XDG_CONFIG_HOME", "relative"), home).location())
                .isEqualTo(home.resolve(".config/autostart/agentpool.desktop"));
    }

    @Test
    void enableWritesADesktopEntryRunningTheLauncherAndDisableRemovesIt() throws Exception {
        XdgAutostartEntry entry = new XdgAutostartEntry(tmp);
        entry.enable(List.of("/opt/agentpool/bin/agentpool"));

        assertThat(entry.isEnabled()).isTrue();
        assertThat(Files.readString(entry.location())).isEqualTo("""
                [Desktop Entry]
                Type=Application
                Name=Agent Pool Monitor
                Comment=Tray monitor for Claude Code instances sharing one agent pool
                Exec=/opt/agentpool/bin/agentpool
                Terminal=false
                Categories=Development;Monitor;
                X-GNOME-Autostart-enabled=true
                """);
        entry.disable();
        assertThat(entry.isEnabled()).isFalse();
        assertThat(entry.location()).doesNotExist();
        entry.disable();
    }

    @Test
    void execQuotesArgumentsWithSpacesAndEscapesSpecialCharacters() {
        assertThat(XdgAutostartEntry.exec(List.of("/usr/bin/java", "-jar", "/home/u/My Apps/agentpool.jar",
                "--dir", "/data/100%/$x")))
                .isEqualTo("/usr/bin/java -jar \"/home/u/My Apps/agentpool.jar\" --dir \"/data/100%%/\\\\$x\"");
    }

    @Test
    void launcherIsTheJpackageAppWhenRunFromTheInstalledPackage() {
        assertThat(LauncherCommand.resolve(Optional.of("/opt/agentpool/bin/agentpool"), Path.of("/jdk/bin/java"),
                Optional.of(Path.of("/opt/agentpool/lib/app/agentpool.jar")), "", List.of("--dir", "/s")))
                .containsExactly("/opt/agentpool/bin/agentpool", "--dir", "/s");
    }

    @Test
    void launcherIsJavaDashJarWhenRunFromTheJar() {
        assertThat(LauncherCommand.resolve(Optional.empty(), Path.of("/jdk/bin/java"),
                Optional.of(Path.of("/w/target/agentpool.jar")), "ignored", List.of()))
                .containsExactly("/jdk/bin/java", "-jar", "/w/target/agentpool.jar");
    }

    @Test
    void launcherUsesTheClassPathWhenRunFromClasses() {
        assertThat(LauncherCommand.resolve(Optional.empty(), Path.of("/jdk/bin/java"),
                Optional.of(Path.of("/w/target/classes")), "/w/target/classes:/m2/x.jar", List.of()))
                .containsExactly("/jdk/bin/java", "-cp", "/w/target/classes:/m2/x.jar", "dev.agentpool.Main");
    }

    @Test
    void macLaunchAgentRunsTheCommandAtLoad() throws Exception {
        MacLaunchAgent agent = new MacLaunchAgent(tmp);
        agent.enable(List.of("/Applications/Agent Pool.app/Contents/MacOS/agentpool", "--dir", "a&b"));

        assertThat(agent.location()).isEqualTo(tmp.resolve("Library/LaunchAgents/dev.agentpool.monitor.plist"));
        assertThat(Files.readString(agent.location())).contains("<string>dev.agentpool.monitor</string>",
                "<string>/Applications/Agent Pool.app/Contents/MacOS/agentpool</string>", "<string>a&amp;b</string>",
                "<key>RunAtLoad</key>\n  <true/>");
    }

    @Test
    void systemIsPickedByOsName() {
        assertThat(Autostart.forSystem("Linux", Map.of(), tmp)).containsInstanceOf(XdgAutostartEntry.class);
        assertThat(Autostart.forSystem("Mac OS X", Map.of(), tmp)).containsInstanceOf(MacLaunchAgent.class);
        assertThat(Autostart.forSystem("Windows 11", Map.of(), tmp)).isEmpty();
    }
}
