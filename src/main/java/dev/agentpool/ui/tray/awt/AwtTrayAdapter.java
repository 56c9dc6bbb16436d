package dev.agentpool.ui.tray.awt;

import dev.agentpool.ui.tray.TrayAction;
import dev.agentpool.ui.tray.TrayHost;
import dev.agentpool.ui.tray.TrayState;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one class that puts our icon into the desktop's tray through AWT. Thin on purpose (the logic is in
 * {@code dev.agentpool.ui.tray}, tested without AWT): every AWT call runs on the event-dispatch thread, every user
 * action goes back to the FX thread through {@code fxThread}, and nothing here throws — no tray is a {@code false}.
 */
public final class AwtTrayAdapter implements TrayHost {

    private static final System.Logger LOG = System.getLogger(AwtTrayAdapter.class.getName());

    private final Executor fxThread;
    private TrayIcon icon;
    private AwtTrayImages images;
    private TrayState shown;
    private Consumer<TrayAction> onAction;

    /** @param fxThread {@code Platform::runLater} in the app */
    public AwtTrayAdapter(Executor fxThread) {
        this.fxThread = fxThread;
    }

    @Override
    public boolean install(TrayState initial, Consumer<TrayAction> onAction) {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return false;
            }
            boolean[] added = new boolean[1];
            EventQueue.invokeAndWait(() -> added[0] = add(initial, onAction));
            return added[0];
        } catch (Exception | LinkageError | java.awt.AWTError e) {
            LOG.log(System.Logger.Level.INFO, "no system tray: " + e);
            return false;
        }
    }

    private boolean add(TrayState initial, Consumer<TrayAction> onAction) {
        try {
            SystemTray tray = SystemTray.getSystemTray();
            this.onAction = action -> fxThread.execute(() -> onAction.accept(action));
            images = new AwtTrayImages(tray.getTrayIconSize().height, AwtTrayImages.screenScale());
            icon = new TrayIcon(images.image(initial.health()), initial.tooltip(),
                    AwtTrayMenu.build(initial.menu(), this.onAction));
            icon.setImageAutoSize(true);
            icon.addActionListener(e -> this.onAction.accept(TrayAction.of(TrayAction.Kind.OPEN_WINDOW)));
            icon.addMouseListener(new LeftClickOpens());
            tray.add(icon);
            shown = initial;
            return true;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.INFO, "could not add the tray icon: " + e);
            icon = null;
            return false;
        }
    }

    @Override
    public void update(TrayState state) {
        EventQueue.invokeLater(() -> {
            if (icon == null) {
                return;
            }
            if (state.health() != shown.health()) {
                icon.setImage(images.image(state.health()));
            }
            icon.setToolTip(state.tooltip());
            if (!state.menu().equals(shown.menu())) {
                icon.setPopupMenu(AwtTrayMenu.build(state.menu(), onAction));
            }
            shown = state;
        });
    }

    @Override
    public void showMessage(String title, String text, boolean warning) {
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                icon.displayMessage(title, text, warning ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
            }
        });
    }

    @Override
    public void remove() {
        Runnable removal = () -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        };
        try {
            if (EventQueue.isDispatchThread()) {
                removal.run();
            } else {
                EventQueue.invokeAndWait(removal);
            }
        } catch (Exception | java.awt.AWTError e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove the tray icon: " + e);
        }
    }


    private final class LeftClickOpens extends MouseAdapter {
        @Override
        public void mouseClicked(MouseEvent e) {
            if (e.getButton() == MouseEvent.BUTTON1 && e.getClickCount() == 1 && !e.isPopupTrigger()) {
                onAction.accept(TrayAction.of(TrayAction.Kind.OPEN_WINDOW));
            }
        }
    }
}
