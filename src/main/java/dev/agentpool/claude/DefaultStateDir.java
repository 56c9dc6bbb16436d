package dev.agentpool.claude;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The state directory when no {@code --dir} is given: {@code AGENTPOOL_HOME}, else the XDG state dir on Linux
 * ({@code $XDG_STATE_HOME/agentpool}, default {@code ~/.local/state/agentpool}), {@code ~/Library/Application
 * Support/agentpool} on macOS, {@code %LOCALAPPDATA%\agentpool} on Windows.
 */
final class DefaultStateDir {

    private DefaultStateDir() {
    }

    static Path resolve(Map<String, String> env) {
        String home = env.get("AGENTPOOL_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path user = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? user.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve("agentpool");
        }
        if (os.contains("mac")) {
            return user.resolve("Library").resolve("Application Support").resolve("agentpool");
        }
        String xdg = env.get("XDG_STATE_HOME");
        return (xdg == null || xdg.isBlank() ? user.resolve(".local").resolve("state") : Path.of(xdg))
                .resolve("agentpool");
    }
}
