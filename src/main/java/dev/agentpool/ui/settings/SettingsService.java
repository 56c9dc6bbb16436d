package dev.agentpool.ui.settings;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Saving settings and keeping the login item in step with them. Blocking I/O: call off the FX thread.
 */
public final class SettingsService {

    private final SettingsStore store;
    private final Optional<AutostartEntry> autostart;
    private final Supplier<List<String>> launcher;

    /**
     * @param autostart empty where this system has no supported autostart mechanism
     * @param launcher the command an autostart entry should run (evaluated when the entry is written)
     */
    public SettingsService(SettingsStore store, Optional<AutostartEntry> autostart, Supplier<List<String>> launcher) {
        this.store = Objects.requireNonNull(store);
        this.autostart = Objects.requireNonNull(autostart);
        this.launcher = Objects.requireNonNull(launcher);
    }

    /** The stored settings; "start at login" reflects whether the entry really exists. */
    public SettingsStore.Loaded load() {
        return load(MonitorSettings.DEFAULTS);
    }

    /** As {@link #load()}, with {@code fallback} used when there is no usable settings file. */
    public SettingsStore.Loaded load(MonitorSettings fallback) {
        SettingsStore.Loaded loaded = store.load(fallback);
        boolean entryExists = autostart.map(AutostartEntry::isEnabled).orElse(false);
        return new SettingsStore.Loaded(loaded.settings().withStartAtLogin(entryExists), loaded.message());
    }

    /** Writes the file, then adds or removes the autostart entry. */
    public MonitorSettings save(MonitorSettings settings) throws IOException {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", settings.problems()));
        }
        store.save(settings);
        if (autostart.isPresent()) {
            if (settings.startAtLogin()) {
                autostart.get().enable(launcher.get());
            } else {
                autostart.get().disable();
            }
        }
        return settings;
    }

    public Optional<AutostartEntry> autostart() {
        return autostart;
    }

    public SettingsStore store() {
        return store;
    }
}
