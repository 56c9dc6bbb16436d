package dev.agentpool.ui.settings;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The settings the running monitor uses right now. Owned by the monitor app; the settings window (through the tray
 * extension) sets a new value when the user saves; the window's poller, ViewModels and metrics endpoint follow it.
 * FX thread only: listeners run on the FX thread and may touch FX state directly.
 */
public final class LiveSettings {

    private final ReadOnlyObjectWrapper<MonitorSettings> current;

    /** @param initial the starting values (from {@code config.json} and the flags, until the settings file is read) */
    public LiveSettings(MonitorSettings initial) {
        current = new ReadOnlyObjectWrapper<>(this, "settings", Objects.requireNonNull(initial));
    }

    public MonitorSettings get() {
        return current.get();
    }

    /** Makes {@code settings} the ones in use; listeners see the change at once. FX thread. */
    public void set(MonitorSettings settings) {
        current.set(Objects.requireNonNull(settings));
    }

    public ReadOnlyObjectProperty<MonitorSettings> property() {
        return current.getReadOnlyProperty();
    }
}
