package dev.agentpool.ui.tray;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.tray.TrayAction.Kind;
import dev.agentpool.ui.tray.TrayMenuEntry.Check;
import dev.agentpool.ui.tray.TrayMenuEntry.Item;
import dev.agentpool.ui.tray.TrayMenuEntry.Separator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Builds the tray menu from a snapshot: open the window, one entry per live instance (capped, the rest behind a
 * "… N more" entry that opens the window), clean up, pause notifications, settings, quit. Pure: no toolkit.
 */
public final class TrayMenuBuilder {

    /** Default cap of instance entries: a tray menu taller than the screen is useless. */
    public static final int DEFAULT_MAX_INSTANCES = 10;

    /** Instances that need the user come first, then the busiest, then by name. */
    static final Comparator<InstanceSnapshot> ORDER = Comparator
            .comparing((InstanceSnapshot i) -> !i.claude().waitingForUser())
            .thenComparing(i -> -i.agents().value())
            .thenComparing(i -> i.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(InstanceSnapshot::id);

    private final int maxInstances;

    public TrayMenuBuilder() {
        this(DEFAULT_MAX_INSTANCES);
    }

    public TrayMenuBuilder(int maxInstances) {
        if (maxInstances < 1) {
            throw new IllegalArgumentException("maxInstances must be at least 1");
        }
        this.maxInstances = maxInstances;
    }

    public List<TrayMenuEntry> build(Snapshot snapshot, boolean notificationsPaused) {
        List<TrayMenuEntry> menu = new ArrayList<>();
        menu.add(new Item("Open Agent Pool Monitor", true, TrayAction.of(Kind.OPEN_WINDOW)));
        menu.add(new Separator());
        addInstances(menu, snapshot.live());
        menu.add(new Separator());
        int stale = snapshot.stale().size();
        String cleanup = stale == 0 ? "Clean up stale instances…" : "Clean up " + stale + " stale instance"
                + (stale == 1 ? "" : "s") + "…";
        menu.add(new Item(cleanup, stale > 0, TrayAction.of(Kind.CLEANUP)));
        menu.add(new Check("Pause notifications", notificationsPaused, TrayAction.of(Kind.TOGGLE_PAUSE)));
        menu.add(new Item("Settings…", true, TrayAction.of(Kind.SETTINGS)));
        menu.add(new Separator());
        menu.add(new Item("Quit", true, TrayAction.of(Kind.QUIT)));
        return List.copyOf(menu);
    }

    private void addInstances(List<TrayMenuEntry> menu, List<InstanceSnapshot> live) {
        if (live.isEmpty()) {
            menu.add(new Item("No live instances", false, TrayAction.of(Kind.OPEN_WINDOW)));
            return;
        }
        List<InstanceSnapshot> sorted = live.stream().sorted(ORDER).toList();
        sorted.stream().limit(maxInstances)
                .forEach(i -> menu.add(new Item(instanceLabel(i), true, TrayAction.details(i.id()))));
        int rest = sorted.size() - maxInstances;
        if (rest > 0) {
            menu.add(new Item("… " + rest + " more", true, TrayAction.of(Kind.OPEN_WINDOW)));
        }
    }

    /** e.g. {@code "api-server — 12 agents, context 45% (waiting for you)"}. Plain text: AWT menus lack emoji. */
    static String instanceLabel(InstanceSnapshot i) {
        int agents = i.agents().value();
        String label = shorten(i.displayName(), 40) + " — " + agents + (agents == 1 ? " agent" : " agents")
                + String.format(Locale.ROOT, ", context %.0f%%", i.tokensPct().value());
        return i.claude().waitingForUser() ? label + " (waiting for you)" : label;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
