package dev.agentpool.ui.tray;

import dev.agentpool.core.health.OverallHealth;
import java.util.List;

/** Everything the tray shows at one moment. Equal states mean nothing to redraw. */
public record TrayState(OverallHealth health, String tooltip, List<TrayMenuEntry> menu) {

    public TrayState {
        menu = List.copyOf(menu);
    }
}
