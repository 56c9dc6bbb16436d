package dev.agentpool.ui.notify;

import dev.agentpool.core.id.InstanceId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Notifications as ControlsFX popups in the corner of the main window (used when there is no tray icon to show a
 * balloon). Clicking one about a single instance opens its details. FX thread only.
 */
public final class WindowNotifications implements NotificationSink {

    private static final System.Logger LOG = System.getLogger(WindowNotifications.class.getName());

    private final Supplier<Window> owner;
    private final Consumer<Optional<InstanceId>> onClick;

    /** @param onClick gets the instance of the clicked notification (empty: open the main window) */
    public WindowNotifications(Supplier<Window> owner, Consumer<Optional<InstanceId>> onClick) {
        this.owner = owner;
        this.onClick = onClick;
    }

    @Override
    public void show(Notification n) {
        popup(n.title(), n.text(), n.warning(), Duration.seconds(8), n.instance());
    }

    /** A notice that is not an event (e.g. "no system tray"): said once, so it stays until the user closes it. */
    public void notice(String title, String text) {
        popup(title, text, false, Duration.INDEFINITE, Optional.empty());
    }

    private void popup(String title, String text, boolean warning, Duration hideAfter, Optional<InstanceId> id) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            LOG.log(System.Logger.Level.INFO, "not shown (no window): " + title + " — " + text);
            return;
        }
        Notifications popup = Notifications.create().owner(window).title(title).text(text).hideAfter(hideAfter)
                .onAction(e -> onClick.accept(id));
        if (warning) {
            popup.showWarning();
        } else {
            popup.showInformation();
        }
    }
}
