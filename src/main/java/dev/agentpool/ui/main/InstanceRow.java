package dev.agentpool.ui.main;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One live instance as the main table shows it. Rows are keyed by {@link #id()} and updated in place on every
 * refresh (never replaced), so table selection, focus and scroll position survive. FX thread only.
 */
public final class InstanceRow {

    private final InstanceId id;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final IntegerProperty agents = new SimpleIntegerProperty(this, "agents");
    private final DoubleProperty poolShare = new SimpleDoubleProperty(this, "poolShare");
    private final StringProperty agentsLabel = new SimpleStringProperty(this, "agentsLabel", "");
    private final DoubleProperty contextFraction = new SimpleDoubleProperty(this, "contextFraction");
    private final StringProperty contextLabel = new SimpleStringProperty(this, "contextLabel", "");
    private final ObjectProperty<Tone> contextTone = new SimpleObjectProperty<>(this, "contextTone", Tone.OK);
    private final StringProperty lifecycle = new SimpleStringProperty(this, "lifecycle", "");
    private final BooleanProperty waiting = new SimpleBooleanProperty(this, "waiting");
    private final StringProperty waitingLabel = new SimpleStringProperty(this, "waitingLabel", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<Tone> statusTone = new SimpleObjectProperty<>(this, "statusTone", Tone.NEUTRAL);
    private final StringProperty heartbeat = new SimpleStringProperty(this, "heartbeat", "");

    public InstanceRow(InstanceId id) {
        this.id = id;
    }

    /** Copies what the table shows from one scan; setting equal values fires nothing, so idle refreshes are cheap. */
    void update(InstanceSnapshot instance, int poolSize) {
        name.set(instance.displayName());
        int count = instance.agents().value();
        agents.set(count);
        double share = poolSize <= 0 ? 0 : (double) count / poolSize;
        poolShare.set(Math.min(1.0, share));
        agentsLabel.set(count + " · " + Formats.percent(share));
        double pct = instance.tokensPct().value();
        contextFraction.set(Math.max(0, Math.min(1.0, pct / 100)));
        contextLabel.set(Formats.tokens(instance.tokensUsed().value()) + " / "
                + Formats.tokens(instance.tokensTotal().value()) + " · " + Formats.percentValue(pct));
        contextTone.set(pct >= 95 ? Tone.CRITICAL : pct >= 85 ? Tone.WARNING : Tone.OK);
        lifecycle.set(instance.lifecycle().value().wireName() + (instance.executing() ? " · running" : ""));
        boolean isWaiting = instance.claude().waitingForUser();
        waiting.set(isWaiting);
        waitingLabel.set(isWaiting ? waitingText(instance.claude().waitingReason()) : "");
        status.set(Formats.statusWord(instance.status()));
        statusTone.set(Tone.ofStatusWord(instance.status()));
        heartbeat.set(Formats.agoCoarse(instance.heartbeatAge().orElse(null)));
    }

    private static String waitingText(String reason) {
        return reason.isBlank() ? "waiting for you" : "waiting for you: " + reason;
    }

    public InstanceId id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public IntegerProperty agentsProperty() {
        return agents;
    }

    public DoubleProperty poolShareProperty() {
        return poolShare;
    }

    public StringProperty agentsLabelProperty() {
        return agentsLabel;
    }

    public DoubleProperty contextFractionProperty() {
        return contextFraction;
    }

    public StringProperty contextLabelProperty() {
        return contextLabel;
    }

    public ObjectProperty<Tone> contextToneProperty() {
        return contextTone;
    }

    public StringProperty lifecycleProperty() {
        return lifecycle;
    }

    public BooleanProperty waitingProperty() {
        return waiting;
    }

    public StringProperty waitingLabelProperty() {
        return waitingLabel;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Tone> statusToneProperty() {
        return statusTone;
    }

    public StringProperty heartbeatProperty() {
        return heartbeat;
    }

    @Override
    public String toString() {
        return name.get() + " (" + id + ")";
    }
}
