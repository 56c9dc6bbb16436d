package dev.agentpool.ui.settings;

import dev.agentpool.ui.BackgroundExecutor;
import dev.agentpool.ui.notify.NotificationKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Everything the settings window shows and does, without a control: text of each field (validated as typed),
 * notification switches, start at login, the problem line and whether Save is possible. FX thread only.
 */
public final class SettingsViewModel {

    private final StringProperty poolSize = new SimpleStringProperty();
    private final StringProperty warningPercent = new SimpleStringProperty();
    private final StringProperty criticalPercent = new SimpleStringProperty();
    private final StringProperty pollInterval = new SimpleStringProperty();
    private final StringProperty metricsPort = new SimpleStringProperty();
    private final BooleanProperty metricsEnabled = new SimpleBooleanProperty();
    private final BooleanProperty startAtLogin = new SimpleBooleanProperty();
    private final Map<NotificationKind, BooleanProperty> notify = new EnumMap<>(NotificationKind.class);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final SettingsService service;
    private final BackgroundExecutor runner;
    private final Consumer<MonitorSettings> onSaved;

    public SettingsViewModel(SettingsService service, BackgroundExecutor runner, MonitorSettings current,
                             Consumer<MonitorSettings> onSaved) {
        this.service = service;
        this.runner = runner;
        this.onSaved = onSaved;
        for (NotificationKind kind : NotificationKind.values()) {
            notify.put(kind, new SimpleBooleanProperty());
        }
        show(current);
        List<ObservableValue<?>> inputs = new ArrayList<>(List.of(poolSize, warningPercent, criticalPercent,
                pollInterval, metricsPort, saving));
        problem.bind(Bindings.createStringBinding(() -> String.join(" ", problems()),
                inputs.toArray(ObservableValue[]::new)));
        canSave.bind(problem.isEmpty().and(saving.not()));
    }

    /** Puts {@code settings} into the fields. */
    public void show(MonitorSettings settings) {
        poolSize.set(Integer.toString(settings.poolSize()));
        warningPercent.set(Integer.toString(settings.warningPercent()));
        criticalPercent.set(Integer.toString(settings.criticalPercent()));
        pollInterval.set(trim(settings.pollIntervalSeconds()));
        metricsPort.set(Integer.toString(settings.metricsPort()));
        metricsEnabled.set(settings.metricsEnabled());
        startAtLogin.set(settings.startAtLogin());
        notify.forEach((kind, on) -> on.set(settings.notifications().contains(kind)));
    }

    /** The settings the fields describe, when they are all valid. */
    public Optional<MonitorSettings> settings() {
        try {
            Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
            notify.forEach((kind, on) -> {
                if (on.get()) {
                    kinds.add(kind);
                }
            });
            MonitorSettings s = new MonitorSettings(integer(poolSize), integer(warningPercent),
                    integer(criticalPercent), Double.parseDouble(pollInterval.get().trim()), kinds, startAtLogin.get(),
                    metricsEnabled.get(), integer(metricsPort));
            return s.problems().isEmpty() ? Optional.of(s) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Saves in the background; on success calls {@code onSaved} (on the FX thread), on failure shows why. */
    public void save() {
        Optional<MonitorSettings> wanted = settings();
        if (wanted.isEmpty() || saving.get()) {
            return;
        }
        saving.set(true);
        status.set("Saving…");
        runner.run(() -> service.save(wanted.get()), saved -> {
            saving.set(false);
            status.set("Saved to " + service.store().file() + ".");
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            status.set("Could not save: " + failure.getMessage());
        });
    }

    /** A sentence under the "start at login" box: where the entry goes, or why there is none. */
    public String startAtLoginNote() {
        return service.autostart().map(a -> "Adds " + homeRelative(a.location().toString(),
                        System.getProperty("user.home", "")))
                .orElse("Not available on this system yet (see docs/tray.md to add it by hand).");
    }

    /** {@code /home/u/.config/x} → {@code ~/.config/x}: shorter, and what people type. */
    static String homeRelative(String path, String home) {
        return !home.isEmpty() && path.startsWith(home + "/") ? "~" + path.substring(home.length()) : path;
    }

    public boolean startAtLoginAvailable() {
        return service.autostart().isPresent();
    }

    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, StringProperty> f : Map.of("Pool size", poolSize, "Warning threshold", warningPercent,
                "Critical threshold", criticalPercent, "Metrics port", metricsPort).entrySet()) {
            if (!f.getValue().get().trim().matches("\\d{1,9}")) {
                out.add(f.getKey() + " must be a whole number.");
            }
        }
        if (!pollInterval.get().trim().matches("\\d{1,6}(\\.\\d{1,3})?")) {
            out.add("Poll interval must be a number of seconds, e.g. 2 or 0.5.");
        }
        if (out.isEmpty()) {
            out.addAll(new MonitorSettings(integer(poolSize), integer(warningPercent), integer(criticalPercent),
                    Double.parseDouble(pollInterval.get().trim()), Set.of(), false, false, integer(metricsPort))
                    .problems());
        }
        out.sort(null);
        return out;
    }

    private static int integer(StringProperty p) {
        return Integer.parseInt(p.get().trim());
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : String.format(Locale.ROOT, "%s", seconds);
    }

    public StringProperty poolSizeProperty() { return poolSize; }
    public StringProperty warningPercentProperty() { return warningPercent; }
    public StringProperty criticalPercentProperty() { return criticalPercent; }
    public StringProperty pollIntervalProperty() { return pollInterval; }
    public StringProperty metricsPortProperty() { return metricsPort; }
    public BooleanProperty metricsEnabledProperty() { return metricsEnabled; }
    public BooleanProperty startAtLoginProperty() { return startAtLogin; }
    public BooleanProperty notifyProperty(NotificationKind kind) { return notify.get(kind); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }
}
