package dev.agentpool.ui.stale;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.BackgroundExecutor;
import dev.agentpool.ui.main.KeyedRows;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stale-instances section: one row per stale instance (reason, what it left on disk), the clean-up commands
 * and their result. Cleanup runs on the {@link BackgroundExecutor}; the ViewModel itself stays on the FX thread.
 */
public final class StaleViewModel {

    /** Most agents held first (freeing them matters most), then by name and ID. */
    static final Comparator<StaleRow> ORDER = Comparator.comparing((StaleRow r) -> -r.agentsProperty().get())
            .thenComparing(r -> r.nameProperty().get(), String.CASE_INSENSITIVE_ORDER).thenComparing(StaleRow::id);

    private final StaleCleaner cleaner;
    private final BackgroundExecutor executor;
    private final Runnable afterCleanup;
    private final ObservableList<StaleRow> rows = FXCollections.observableArrayList();
    private final KeyedRows<InstanceId, InstanceSnapshot, StaleRow> sync =
            new KeyedRows<>(rows, StaleRow::id, InstanceSnapshot::id, StaleRow::new, StaleRow::update, ORDER);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Stale instances");
    private final ReadOnlyObjectWrapper<CleanupReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyBooleanWrapper resultFailed = new ReadOnlyBooleanWrapper(this, "resultFailed");
    private final BooleanBinding cleanAllDisabled = Bindings.isEmpty(rows).or(busy);

    /** @param afterCleanup asks for a rescan once files were deleted (the poller's refresh-now) */
    public StaleViewModel(StaleCleaner cleaner, BackgroundExecutor executor, Runnable afterCleanup) {
        this.cleaner = cleaner;
        this.executor = executor;
        this.afterCleanup = afterCleanup;
    }

    public void apply(Snapshot snapshot) {
        sync.sync(snapshot.stale());
        int agents = snapshot.staleAgents();
        int n = rows.size();
        heading.set(n == 0 ? "No stale instances" : n + " stale " + (n == 1 ? "instance holds " : "instances hold ")
                + agents + (agents == 1 ? " agent" : " agents"));
    }

    /** Every stale instance and its files, for the "Clean up" confirmation. */
    public CleanupRequest requestAll() {
        return new CleanupRequest(rows.stream().map(StaleRow::target).toList());
    }

    /** One stale instance (empty request when it is no longer stale). */
    public CleanupRequest requestFor(InstanceId id) {
        Optional<StaleRow> row = rows.stream().filter(r -> r.id().equals(id)).findFirst();
        return new CleanupRequest(row.map(r -> List.of(r.target())).orElse(List.of()));
    }

    /** Runs a confirmed request in the background; the result lands in {@link #lastReportProperty()}. */
    public void clean(CleanupRequest request) {
        if (request.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        resultText.set("Cleaning up " + request.targets().size() + " stale instance(s)…");
        resultFailed.set(false);
        executor.run(() -> cleaner.clean(request), this::finished, this::failed);
    }

    private void finished(CleanupReport report) {
        busy.set(false);
        resultFailed.set(report.hasFailures());
        resultText.set(report.summary());
        lastReport.set(report);
        afterCleanup.run();
    }

    private void failed(Exception e) {
        busy.set(false);
        resultFailed.set(true);
        resultText.set("Cleanup failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        lastReport.set(new CleanupReport(List.of(), List.of(), List.of()));
        afterCleanup.run();
    }

    public ObservableList<StaleRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public BooleanBinding cleanAllDisabledBinding() {
        return cleanAllDisabled;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The result of the last cleanup; set (to a new object) once per finished cleanup. */
    public ReadOnlyObjectProperty<CleanupReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resultFailedProperty() {
        return resultFailed.getReadOnlyProperty();
    }
}
