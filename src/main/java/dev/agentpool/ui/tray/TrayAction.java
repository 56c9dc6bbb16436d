package dev.agentpool.ui.tray;

import dev.agentpool.core.id.InstanceId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tray menu entry (or a click on the icon) asks for. A value, so two menus built from the same snapshot are
 * equal and the tray only rebuilds its native menu when something really changed.
 *
 * @param instance the instance for {@link Kind#OPEN_DETAILS}; empty for every other kind
 */
public record TrayAction(Kind kind, Optional<InstanceId> instance) {

    public enum Kind { OPEN_WINDOW, OPEN_DETAILS, CLEANUP, TOGGLE_PAUSE, SETTINGS, QUIT }

    public TrayAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(instance, "instance");
        if ((kind == Kind.OPEN_DETAILS) != instance.isPresent()) {
            throw new IllegalArgumentException("an instance goes with OPEN_DETAILS and only with it");
        }
    }

    public static TrayAction of(Kind kind) {
        return new TrayAction(kind, Optional.empty());
    }

    public static TrayAction details(InstanceId id) {
        return new TrayAction(Kind.OPEN_DETAILS, Optional.of(id));
    }
}
