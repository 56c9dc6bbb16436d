package dev.agentpool.ui.tray;

import java.util.function.Consumer;

/**
 * The seam to the desktop's system tray. The only implementation that touches AWT lives in
 * {@code dev.agentpool.ui.tray.awt}; tests use a fake. Implementations never throw: a missing tray is a normal answer.
 * Methods may be called from any thread; implementations hop to their toolkit's thread themselves, and deliver
 * {@code onAction} callbacks on the JavaFX application thread.
 */
public interface TrayHost {

    /**
     * Tries to add the icon.
     *
     * @return true when the icon is in the tray now; false when there is no tray (unsupported, headless, failed)
     */
    boolean install(TrayState initial, Consumer<TrayAction> onAction);

    /** Shows a new state; ignored when not installed. */
    void update(TrayState state);

    /** A balloon/notification from the icon; ignored when not installed. */
    void showMessage(String title, String text, boolean warning);

    /** Removes the icon (no-op when not installed). */
    void remove();
}
