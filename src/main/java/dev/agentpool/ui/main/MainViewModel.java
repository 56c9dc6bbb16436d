package dev.agentpool.ui.main;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the main window: the pool bar, the stale-held note, the live-instance rows, the empty state and the
 * status line. Fed one {@link Snapshot} at a time on the FX thread; knows no controls and starts no threads.
 */
public final class MainViewModel {

    /**
     * Row order: instances waiting for the user first (they need you), then by agents held, most first (they use
     * the pool), then by name and ID so the order is stable between refreshes.
     */
    public static final Comparator<InstanceRow> ORDER = Comparator
            .comparing((InstanceRow r) -> !r.waitingProperty().get())
            .thenComparing(r -> -r.agentsProperty().get())
            .thenComparing(r -> r.nameProperty().get(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(InstanceRow::id);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /**
     * Minutes only in the status line: a line that changed with every 2 s scan would relayout and repaint the
     * window on every refresh (the largest share of the idle CPU); the exact time and the scan duration go to
     * {@link #lastScanProperty()} (a tooltip: not in the scene graph until shown).
     */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private double poolWarning;
    private double poolCritical;
    private final ZoneId zone;
    private final ObservableList<InstanceRow> rows = FXCollections.observableArrayList();
    private final KeyedRows<InstanceId, InstanceSnapshot, InstanceRow> sync;
    private final ReadOnlyDoubleWrapper totalProgress = new ReadOnlyDoubleWrapper(this, "totalProgress");
    private final ReadOnlyStringWrapper totalLabel = new ReadOnlyStringWrapper(this, "totalLabel", "– / –");
    private final ReadOnlyObjectWrapper<Tone> totalTone = new ReadOnlyObjectWrapper<>(this, "totalTone", Tone.NEUTRAL);
    private final ReadOnlyStringWrapper staleHeld = new ReadOnlyStringWrapper(this, "staleHeld", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyStringWrapper emptyDetail = new ReadOnlyStringWrapper(this, "emptyDetail", "");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper(this, "statusLine", "Scanning…");
    private final ReadOnlyBooleanWrapper statusError = new ReadOnlyBooleanWrapper(this, "statusError");
    private final ReadOnlyStringWrapper lastScan = new ReadOnlyStringWrapper(this, "lastScan", "");
    private Snapshot last;
    private Supplier<Snapshot> latestScan = () -> null;
    private String extraStatus = "";
    private boolean extraStatusIsError;

    public MainViewModel(double poolWarning, double poolCritical, ZoneId zone) {
        this.poolWarning = poolWarning;
        this.poolCritical = poolCritical;
        this.zone = zone;
        this.sync = new KeyedRows<>(rows, InstanceRow::id, InstanceSnapshot::id, InstanceRow::new,
                (row, instance) -> row.update(instance, last.poolSize()), ORDER);
    }

    /** New warning/critical pool fractions (from the settings); used from the next {@link #apply} on. */
    public void setThresholds(double warning, double critical) {
        poolWarning = warning;
        poolCritical = critical;
    }

    /**
     * A note appended to the status line after every scan (e.g. the metrics endpoint's address, or why it could not
     * start); empty for none. An error note colours the status line like a scan error.
     */
    public void setExtraStatus(String note, boolean error) {
        extraStatus = note;
        extraStatusIsError = error;
        if (last != null && !last.directoryUnreadable()) {
            statusError.set(error);
            statusLine.set(describe(last));
        }
    }

    /** Shows one scan. Rows are updated in place by instance ID. */
    public void apply(Snapshot snapshot) {
        last = snapshot;
        sync.sync(snapshot.live());
        int live = snapshot.liveAgents();
        double use = snapshot.poolUtilisation();
        totalProgress.set(Math.min(1.0, use));
        totalLabel.set(live + " / " + snapshot.poolSize() + " · " + Formats.percent(use));
        totalTone.set(snapshot.live().isEmpty() ? Tone.NEUTRAL : Tone.ofPoolUse(use, poolWarning, poolCritical));
        int staleCount = snapshot.stale().size();
        staleHeld.set(staleCount == 0 ? "" : "+ " + snapshot.staleAgents() + " held by " + staleCount + " stale");
        empty.set(rows.isEmpty());
        emptyDetail.set(staleCount == 0 ? "" : staleCount + " stale " + (staleCount == 1 ? "instance" : "instances")
                + " below still hold " + snapshot.staleAgents() + " agents: clean them up to free the pool.");
        if (snapshot.directoryUnreadable()) {
            String why = snapshot.problems().stream().filter(p -> p.file().equals(snapshot.dir())).findFirst()
                    .map(dev.agentpool.core.model.Problem::reason).orElse("cannot be listed");
            statusError.set(true);
            statusLine.set("Cannot read " + snapshot.dir() + ": " + why);
        } else {
            statusError.set(extraStatusIsError);
            statusLine.set(describe(snapshot));
        }
        describeLastScan(snapshot);
    }

    /**
     * Where {@link #refreshLastScan()} finds the latest scan: the poller applies only scans that change the window,
     * so an unchanged rescan is not {@link #apply applied} but still counts as the last scan. Any thread may answer.
     */
    public void setLatestScan(Supplier<Snapshot> latestScan) {
        this.latestScan = latestScan;
    }

    /** Brings {@link #lastScanProperty()} up to date (the view calls this when the tooltip is about to show). */
    public void refreshLastScan() {
        Snapshot latest = latestScan.get();
        describeLastScan(latest == null || last != null && latest.takenAt().isBefore(last.takenAt()) ? last : latest);
    }

    private void describeLastScan(Snapshot snapshot) {
        if (snapshot != null) {
            lastScan.set("Last scan " + CLOCK.format(snapshot.takenAt().atZone(zone)) + ", took "
                    + snapshot.scanDuration().toMillis() + " ms");
        }
    }

    /** Shows that the latest scan failed; the last good data stays on screen. */
    public void showLoadFailure(String message) {
        statusError.set(true);
        String since = last == null ? "no data yet" : "showing data from " + CLOCK.format(last.takenAt().atZone(zone));
        statusLine.set("Cannot read the state directory: " + message + " (" + since + ")");
    }

    private String describe(Snapshot snapshot) {
        int problems = snapshot.problems().size();
        return "Watching " + snapshot.dir() + " · " + snapshot.live().size() + " live · updated "
                + MINUTE.format(snapshot.takenAt().atZone(zone))
                + (problems == 0 ? "" : " · " + problems + (problems == 1 ? " file skipped" : " files skipped")
                + " (see details)") + (extraStatus.isEmpty() ? "" : " · " + extraStatus);
    }

    /** The rows of live instances, in {@link #ORDER}. Read-only for views. */
    public ObservableList<InstanceRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyDoubleProperty totalProgressProperty() {
        return totalProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalLabelProperty() {
        return totalLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> totalToneProperty() {
        return totalTone.getReadOnlyProperty();
    }

    /** E.g. "+ 145 held by 5 stale"; empty when nothing is stale. */
    public ReadOnlyStringProperty staleHeldProperty() {
        return staleHeld.getReadOnlyProperty();
    }

    /** True once a scan found no live instance: the view shows how to connect Claude Code instead of a table. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyDetailProperty() {
        return emptyDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    /**
     * E.g. "Last scan 23:00:02, took 3 ms": would change with every scan, so it follows only applied scans and
     * {@link #refreshLastScan()}; views show it on demand.
     */
    public ReadOnlyStringProperty lastScanProperty() {
        return lastScan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusErrorProperty() {
        return statusError.getReadOnlyProperty();
    }
}
