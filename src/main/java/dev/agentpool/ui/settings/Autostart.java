package dev.agentpool.ui.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the autostart mechanism of this system. Windows has none here yet: a Startup-folder shortcut needs a .lnk
 * writer, and the alternative (a {@code HKCU\...\Run} value via {@code reg add}) could not be tested; the settings
 * window then explains how to add one by hand (docs/tray.md).
 */
public final class Autostart {

    private Autostart() {
    }

    public static Optional<AutostartEntry> forSystem(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Optional.empty();
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Optional.of(new MacLaunchAgent(home));
        }
        return Optional.of(XdgAutostartEntry.forUser(env, home));
    }

    public static Optional<AutostartEntry> forThisSystem() {
        return forSystem(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
