package dev.agentpool.ui.main;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Keeps exactly one {@code tone-*} style class on a node. */
public final class ToneStyle {

    private ToneStyle() {
    }

    public static void apply(Node node, Tone tone) {
        node.getStyleClass().removeIf(c -> c.startsWith("tone-"));
        node.getStyleClass().add((tone == null ? Tone.NEUTRAL : tone).styleClass());
    }

    /** Applies the tone now and on every change (for nodes that live as long as the value). */
    public static void bind(Node node, ObservableValue<Tone> tone) {
        apply(node, tone.getValue());
        tone.addListener((o, old, now) -> apply(node, now));
    }
}
