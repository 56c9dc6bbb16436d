package dev.agentpool.ui.tray;

import java.util.List;

/** One line of the tray menu, as plain data: the AWT adapter turns a list of these into a native menu. */
public sealed interface TrayMenuEntry {

    /** A clickable line; a disabled one is shown greyed out. */
    record Item(String label, boolean enabled, TrayAction action) implements TrayMenuEntry {
    }

    /** A line with a check mark; selecting it sends {@code action} (the receiver flips the state). */
    record Check(String label, boolean checked, TrayAction action) implements TrayMenuEntry {
    }

    /** A nested menu. */
    record Submenu(String label, List<TrayMenuEntry> children) implements TrayMenuEntry {
        public Submenu {
            children = List.copyOf(children);
        }
    }

    /** A dividing line. */
    record Separator() implements TrayMenuEntry {
    }
}
