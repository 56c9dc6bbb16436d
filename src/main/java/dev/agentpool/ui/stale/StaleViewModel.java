package dev.agentpool.ui.stale;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.BackgroundExecutor;
import dev.agentpool.ui.main.KeyedRows;
import java.util.Comparator;
import java.util.List;
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
 * and their result. A cleanup goes prepare (plan in the background) → {@link #pendingProperty()} (the view asks
 * the user) → {@link #confirm()} or {@link #cancel()} → delete in the background → {@link #lastReportProperty()}.
 * The ViewModel itself stays on the FX thread; the button is disabled from prepare until the report.
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
    private final ReadOnlyObjectWrapper<CleanupRequest> pending = new ReadOnlyObjectWrapper<>(this, "pending");
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

    /** Plans cleaning every listed stale instance; the plan lands in {@link #pendingProperty()} for confirmation. */
    public void prepareAll() {
        prepare(rows.stream().map(StaleRow::target).toList());
    }

    /** Plans cleaning one stale instance (nothing happens when it is no longer listed as stale). */
    public void prepareFor(InstanceId id) {
        prepare(rows.stream().filter(r -> r.id().equals(id)).map(StaleRow::target).toList());
    }

    private void prepare(List<CleanupRequest.Target> targets) {
        if (targets.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        resultFailed.set(false);
        resultText.set("Checking what would be deleted…");
        executor.run(() -> cleaner.plan(new CleanupRequest(targets, null)), this::planned, this::failed);
    }

    private void planned(CleanupRequest request) {
        if (request.fileCount() == 0) {
            busy.set(false);
            resultText.set("Nothing to delete: live again or already cleaned up.");
            afterCleanup.run();
            return;
        }
        resultText.set("");
        pending.set(request);
    }

    /** The user confirmed the pending request: delete in the background; the report lands in lastReport. */
    public void confirm() {
        CleanupRequest request = pending.get();
        if (request == null) {
            return;
        }
        pending.set(null);
        resultText.set("Cleaning up " + request.targets().size() + " stale "
                + (request.targets().size() == 1 ? "instance…" : "instances…"));
        executor.run(() -> cleaner.clean(request), this::finished, this::failed);
    }

    /** The user declined: nothing is deleted. */
    public void cancel() {
        if (pending.get() != null) {
            pending.set(null);
            busy.set(false);
            resultText.set("Cleanup cancelled; nothing was deleted.");
        }
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
        pending.set(null);
        resultFailed.set(true);
        resultText.set("Cleanup failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        lastReport.set(new CleanupReport(List.of(), List.of(), List.of()));
        afterCleanup.run();
    }

    /** A planned request waiting for the user's confirmation; null otherwise. */
    public ReadOnlyObjectProperty<CleanupRequest> pendingProperty() {
        return pending.getReadOnlyProperty();
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
