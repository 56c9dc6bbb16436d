package dev.agentpool.ui.tray;

/** What the tray controller tells the app. Every call arrives on the JavaFX application thread. */
public interface TrayListener {

    /** The icon is in the tray now: closing the window may hide it instead of quitting. */
    void trayInstalled();

    /** There is no tray; said once per run, with a sentence for the user. */
    void trayUnavailable(String message);

    /** The user picked a menu entry or clicked the icon. */
    void onAction(TrayAction action);
}
