package dev.agentpool.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A "start at login" entry of the desktop. Blocking file I/O: call off the FX thread. */
public interface AutostartEntry {

    /** Where the entry lives (shown to the user). */
    Path location();

    boolean isEnabled();

    /** Creates or replaces the entry so that the desktop runs {@code command} at login. */
    void enable(List<String> command) throws IOException;

    /** Removes the entry; no-op when there is none. */
    void disable() throws IOException;
}
