package dev.agentpool.ui.tray.awt;

import dev.agentpool.ui.tray.TrayAction;
import dev.agentpool.ui.tray.TrayMenuEntry;
import java.awt.CheckboxMenuItem;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.util.List;
import java.util.function.Consumer;

/** Turns the menu data into a native AWT popup menu. Event-dispatch thread only. */
final class AwtTrayMenu {

    private AwtTrayMenu() {
    }

    static PopupMenu build(List<TrayMenuEntry> entries, Consumer<TrayAction> onAction) {
        PopupMenu popup = new PopupMenu();
        addAll(popup, entries, onAction);
        return popup;
    }

    private static void addAll(Menu menu, List<TrayMenuEntry> entries, Consumer<TrayAction> onAction) {
        for (TrayMenuEntry entry : entries) {
            if (entry instanceof TrayMenuEntry.Item item) {
                MenuItem m = new MenuItem(item.label());
                m.setEnabled(item.enabled());
                m.addActionListener(e -> onAction.accept(item.action()));
                menu.add(m);
            } else if (entry instanceof TrayMenuEntry.Check check) {
                CheckboxMenuItem m = new CheckboxMenuItem(check.label(), check.checked());
                m.addItemListener(e -> onAction.accept(check.action()));
                menu.add(m);
            } else if (entry instanceof TrayMenuEntry.Submenu sub) {
                Menu m = new Menu(sub.label());
                addAll(m, sub.children(), onAction);
                menu.add(m);
            } else {
                menu.addSeparator();
            }
        }
    }
}
