package dev.agentpool.ui.stale;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.StaleReason;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One stale instance in the stale list, keyed by ID and updated in place. FX thread only. */
public final class StaleRow {

    private final InstanceId id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyStringWrapper leftOnDisk = new ReadOnlyStringWrapper(this, "leftOnDisk", "");
    private final ReadOnlyIntegerWrapper agents = new ReadOnlyIntegerWrapper(this, "agents");
    private List<Path> files = List.of();

    public StaleRow(InstanceId id) {
        this.id = id;
    }

    void update(InstanceSnapshot instance) {
        name.set(instance.displayName());
        reason.set(instance.stale().map(StaleRow::describe).orElse(""));
        files = instance.files();
        agents.set(instance.agents().value());
        leftOnDisk.set(files.size() + (files.size() == 1 ? " file" : " files") + " · holds " + agents.get()
                + (agents.get() == 1 ? " agent" : " agents"));
    }

    /** The reason as people read it: the detail the scan wrote, else the kind in words. */
    static String describe(StaleReason reason) {
        if (reason.detail() != null && !reason.detail().isBlank()) {
            return reason.detail();
        }
        return reason.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    CleanupRequest.Target target() {
        return new CleanupRequest.Target(id, name.get(), reason.get(), agents.get(), files);
    }

    public InstanceId id() {
        return id;
    }

    public List<Path> files() {
        return files;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftOnDiskProperty() {
        return leftOnDisk.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty agentsProperty() {
        return agents.getReadOnlyProperty();
    }
}
