package dev.agentpool.ui.tray;

import dev.agentpool.core.health.OverallHealth;
import dev.agentpool.core.model.Snapshot;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a snapshot into what the tray shows. The health and the compact line come from {@code core} (passed in as
 * functions, so this class neither duplicates nor depends on how they are computed).
 */
public final class TrayPresenter {

    private final Function<Snapshot, OverallHealth> health;
    private final Function<Snapshot, String> compactLine;
    private final TrayMenuBuilder menuBuilder;

    public TrayPresenter(Function<Snapshot, OverallHealth> health, Function<Snapshot, String> compactLine,
                         TrayMenuBuilder menuBuilder) {
        this.health = Objects.requireNonNull(health);
        this.compactLine = Objects.requireNonNull(compactLine);
        this.menuBuilder = Objects.requireNonNull(menuBuilder);
    }

    public TrayState present(Snapshot snapshot, boolean notificationsPaused) {
        OverallHealth now = health.apply(snapshot);
        return new TrayState(now, TrayTooltip.text(snapshot, now, compactLine.apply(snapshot)),
                menuBuilder.build(snapshot, notificationsPaused));
    }

    /** Before the first scan: grey icon, a "reading…" tip and a menu that can still open the window or quit. */
    public TrayState starting(boolean notificationsPaused) {
        List<TrayMenuEntry> menu = List.of(
                new TrayMenuEntry.Item("Open Agent Pool Monitor", true, TrayAction.of(TrayAction.Kind.OPEN_WINDOW)),
                new TrayMenuEntry.Check("Pause notifications", notificationsPaused,
                        TrayAction.of(TrayAction.Kind.TOGGLE_PAUSE)),
                new TrayMenuEntry.Item("Settings…", true, TrayAction.of(TrayAction.Kind.SETTINGS)),
                new TrayMenuEntry.Separator(),
                new TrayMenuEntry.Item("Quit", true, TrayAction.of(TrayAction.Kind.QUIT)));
        return new TrayState(OverallHealth.GREY, TrayTooltip.starting(), menu);
    }
}
