package dev.agentpool.ui.tray;

import dev.agentpool.ui.MonitorShell;
import java.util.Objects;

/** What each tray action does in the app. FX thread. */
final class TrayCommands {

    private final MonitorShell shell;
    private final Runnable togglePause;
    private final Runnable openSettings;

    TrayCommands(MonitorShell shell, Runnable togglePause, Runnable openSettings) {
        this.shell = Objects.requireNonNull(shell);
        this.togglePause = togglePause;
        this.openSettings = openSettings;
    }

    void perform(TrayAction action) {
        switch (action.kind()) {
            case OPEN_WINDOW -> shell.showMainWindow();
            case OPEN_DETAILS -> shell.showDetails(action.instance().orElseThrow());
            case CLEANUP -> shell.showCleanup();
            case TOGGLE_PAUSE -> togglePause.run();
            case SETTINGS -> openSettings.run();
            case QUIT -> shell.quit();
        }
    }
}
