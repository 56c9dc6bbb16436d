package dev.agentpool.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Linux/BSD desktops: {@code $XDG_CONFIG_HOME/autostart/agentpool.desktop} (default {@code ~/.config}), per the
 * freedesktop Desktop Application Autostart specification. Tested on this machine by file content only (there is no
 * login session here); GNOME, KDE and XFCE read this location.
 */
public final class XdgAutostartEntry extends FileAutostartEntry {

    public static final String FILE_NAME = "agentpool.desktop";

    public XdgAutostartEntry(Path configHome) {
        super(configHome.resolve("autostart").resolve(FILE_NAME));
    }

    /** The entry for this user: {@code XDG_CONFIG_HOME} when set to an absolute path, else {@code ~/.config}. */
    public static XdgAutostartEntry forUser(Map<String, String> env, Path home) {
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        Path configHome = !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return new XdgAutostartEntry(configHome);
    }

    @Override
    String contentFor(List<String> command) {
        return content(command);
    }

    static String content(List<String> command) {
        return """
                [Desktop Entry]
                Type=Application
                Name=Agent Pool Monitor
                Comment=Tray monitor for Claude Code instances sharing one agent pool
                Exec=%s
                Terminal=false
                Categories=Development;Monitor;
                X-GNOME-Autostart-enabled=true
                """.formatted(exec(command));
    }

    /** The Exec value: each argument quoted where the spec requires, then escaped as a desktop-entry string. */
    static String exec(List<String> command) {
        return command.stream().map(XdgAutostartEntry::quote).collect(Collectors.joining(" "))
                .replace("\\", "\\\\").replace("%", "%%");
    }

    private static String quote(String arg) {
        if (!arg.isEmpty() && arg.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`".indexOf(c) >= 0)) {
            return arg;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : arg.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }
}
