package dev.agentpool.ui.tray;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A tray host for tests: reports "no tray" until {@link #trayAppears()}, records what it was asked to show. */
public final class FakeTrayHost implements TrayHost {

    public final List<TrayState> shown = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();
    public int installAttempts;
    public boolean removed;
    private boolean available;
    private Consumer<TrayAction> onAction;

    public FakeTrayHost(boolean available) {
        this.available = available;
    }

    public void trayAppears() {
        available = true;
    }

    /** Simulates the user picking a menu entry. */
    public void click(TrayAction action) {
        onAction.accept(action);
    }

    public TrayState lastShown() {
        return shown.get(shown.size() - 1);
    }

    @Override
    public boolean install(TrayState initial, Consumer<TrayAction> onAction) {
        installAttempts++;
        if (!available) {
            return false;
        }
        this.onAction = onAction;
        shown.add(initial);
        return true;
    }

    @Override
    public void update(TrayState state) {
        shown.add(state);
    }

    @Override
    public void showMessage(String title, String text, boolean warning) {
        messages.add(title + ": " + text);
    }

    @Override
    public void remove() {
        removed = true;
    }
}
