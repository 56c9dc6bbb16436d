package dev.agentpool.ui.tray;

import dev.agentpool.core.health.OverallHealth;
import dev.agentpool.core.model.Snapshot;

/**
 * The tray tooltip: the health in words, the seed's compact line, then live and stale counts, e.g.
 * {@code All fine · A:25/145(5) T:7.5% C:99.2% · 3 live · 5 stale}. Capped at {@link #MAX_LENGTH} characters because Windows
 * truncates longer tips (128 UTF-16 units including the terminator) and GNOME shows one line.
 */
public final class TrayTooltip {

    public static final int MAX_LENGTH = 127;
    private static final String SEP = " · ";

    private TrayTooltip() {
    }

    /**
     * @param health the colour of the icon, said in words first (the colour alone tells nothing to some users)
     * @param compactLine the statusline formatter's compact line for this snapshot (may be empty)
     */
    public static String text(Snapshot snapshot, OverallHealth health, String compactLine) {
        StringBuilder tip = new StringBuilder(TrayIcons.describe(health)).append(SEP);
        if (!compactLine.isBlank()) {
            tip.append(compactLine.strip()).append(SEP);
        }
        tip.append(snapshot.live().size()).append(" live").append(SEP).append(snapshot.stale().size()).append(" stale");
        if (!snapshot.problems().isEmpty()) {
            tip.append(SEP).append(snapshot.problems().size()).append(" unreadable");
        }
        return cap(tip.toString());
    }

    /** The tip shown before the first scan finished. */
    public static String starting() {
        return "Agent Pool Monitor · reading the state directory…";
    }

    static String cap(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
