package dev.agentpool.ui.details;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.model.Subagent;
import dev.agentpool.ui.main.Formats;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Everything known about one instance, refreshed with every scan. Lists are only replaced when their content
 * changed, so an open details window does not flicker or lose its selection on idle refreshes.
 */
public final class DetailsViewModel {

    /** A running subagent as the details list shows it. */
    public record SubagentLine(String id, String type, String since) {
    }

    private final InstanceId id;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();
    private final ObservableList<SubagentLine> subagents = FXCollections.observableArrayList();
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private Path folder;

    public DetailsViewModel(InstanceId id, ZoneId zone) {
        this.id = id;
        this.zone = zone;
        this.title.set(id.value());
    }

    public void apply(Snapshot snapshot) {
        folder = snapshot.dir();
        Optional<InstanceSnapshot> found = snapshot.instances().stream().filter(i -> i.id().equals(id)).findFirst();
        present.set(found.isPresent());
        if (found.isEmpty()) {
            title.set(id.value() + " — no longer in the state directory");
            stale.set(false);
            replace(subagents, List.of());
            replace(files, List.of());
            return;
        }
        InstanceSnapshot instance = found.get();
        stale.set(instance.isStale());
        title.set(instance.displayName() + (instance.isStale() ? " — stale" : " — live"));
        replace(fields, new DetailFields(snapshot.takenAt(), zone).describe(instance));
        replace(subagents, instance.claude().runningSubagents().stream().map(s -> line(s, snapshot)).toList());
        replace(files, instance.files());
        replace(problems, snapshot.problems().stream()
                .filter(p -> p.file().getFileName() != null && p.file().getFileName().toString().contains(id.value()))
                .map(Problem::toString).toList());
    }

    private SubagentLine line(Subagent subagent, Snapshot snapshot) {
        String since = subagent.startedAt() == null ? "unknown"
                : Formats.ago(Duration.between(subagent.startedAt(), snapshot.takenAt()));
        return new SubagentLine(subagent.agentId(), subagent.type().isBlank() ? "—" : subagent.type(), since);
    }

    private static <T> void replace(ObservableList<T> list, List<T> content) {
        if (!list.equals(content)) {
            list.setAll(content);
        }
    }

    /** The value of one field by label, or empty (for tests and the copy action). */
    public Optional<String> value(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).map(DetailField::value).findFirst();
    }

    public InstanceId id() {
        return id;
    }

    /** The state directory (what "Open folder" opens); null before the first scan. */
    public Path folder() {
        return folder;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ObservableList<DetailField> fields() {
        return fields;
    }

    public ObservableList<SubagentLine> subagents() {
        return subagents;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<String> problems() {
        return problems;
    }
}
