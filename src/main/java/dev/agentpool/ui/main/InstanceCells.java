package dev.agentpool.ui.main;

import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Circle;

/**
 * Table cells that bind to the properties of their {@link InstanceRow}: rows are updated in place, so a cell
 * follows its row's properties instead of waiting for a new item. Bindings move with the cell when it is reused.
 */
final class InstanceCells {

    private InstanceCells() {
    }

    /** Base: binds on item change, unbinds the previous row. */
    abstract static class Bound extends TableCell<InstanceRow, InstanceRow> {
        private InstanceRow bound;

        Bound() {
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(InstanceRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                unbind(bound);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bind(row);
            bound = row;
        }

        abstract void bind(InstanceRow row);

        abstract void unbind(InstanceRow row);
    }

    /** A bar with a label beside it: agents (share of the pool) or context use. */
    static final class BarCell extends Bound {
        private final Function<InstanceRow, DoubleProperty> fraction;
        private final Function<InstanceRow, StringProperty> text;
        private final Function<InstanceRow, ObjectProperty<Tone>> tone;
        private final ProgressBar bar = new ProgressBar();
        private final Label label = new Label();
        private final HBox box = new HBox(8, bar, label);
        private final ChangeListener<Tone> toneListener = (o, old, now) -> ToneStyle.apply(bar, now);

        BarCell(Function<InstanceRow, DoubleProperty> fraction, Function<InstanceRow, StringProperty> text,
                Function<InstanceRow, ObjectProperty<Tone>> tone) {
            this.fraction = fraction;
            this.text = text;
            this.tone = tone;
            bar.getStyleClass().add("cell-bar");
            // a ProgressBar's skin consumes mouse events: without this, clicking a bar would not select the row
            bar.setMouseTransparent(true);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setMinWidth(50);
            HBox.setHgrow(bar, Priority.ALWAYS);
            label.setMinWidth(USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        void bind(InstanceRow row) {
            bar.progressProperty().bind(fraction.apply(row));
            label.textProperty().bind(text.apply(row));
            ToneStyle.apply(bar, tone.apply(row).get());
            tone.apply(row).addListener(toneListener);
            setGraphic(box);
        }

        @Override
        void unbind(InstanceRow row) {
            bar.progressProperty().unbind();
            label.textProperty().unbind();
            tone.apply(row).removeListener(toneListener);
        }
    }

    /** The readable name, with a "waiting for you" badge beside it while Claude Code waits for the user. */
    static final class NameCell extends Bound {
        private final Label name = new Label();
        private final Label waiting = new Label();
        private final HBox box = new HBox(6, name, waiting);

        NameCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            name.setMinWidth(USE_PREF_SIZE);
            name.getStyleClass().add("instance-name");
            waiting.getStyleClass().add("waiting-badge");
            waiting.managedProperty().bind(waiting.visibleProperty());
        }

        @Override
        void bind(InstanceRow row) {
            name.textProperty().bind(row.nameProperty());
            waiting.textProperty().bind(row.waitingLabelProperty());
            waiting.visibleProperty().bind(row.waitingProperty());
            setGraphic(box);
        }

        @Override
        void unbind(InstanceRow row) {
            name.textProperty().unbind();
            waiting.textProperty().unbind();
            waiting.visibleProperty().unbind();
        }
    }

    /** The status word in its colour with a coloured dot. */
    static final class StatusCell extends Bound {
        private final Circle dot = new Circle(5);
        private final Label word = new Label("", dot);
        private final ChangeListener<Tone> toneListener = (o, old, now) -> tone(now);

        StatusCell() {
            dot.getStyleClass().add("status-dot");
            word.getStyleClass().add("status-word");
        }

        @Override
        void bind(InstanceRow row) {
            word.textProperty().bind(row.statusProperty());
            tone(row.statusToneProperty().get());
            row.statusToneProperty().addListener(toneListener);
            setGraphic(word);
        }

        @Override
        void unbind(InstanceRow row) {
            word.textProperty().unbind();
            row.statusToneProperty().removeListener(toneListener);
        }

        private void tone(Tone tone) {
            ToneStyle.apply(dot, tone);
            ToneStyle.apply(word, tone);
        }
    }

    /** Plain text from one row property. */
    static final class TextCell extends Bound {
        private final Function<InstanceRow, StringProperty> text;
        private final Label label = new Label();

        TextCell(Function<InstanceRow, StringProperty> text) {
            this.text = text;
        }

        @Override
        void bind(InstanceRow row) {
            label.textProperty().bind(text.apply(row));
            setGraphic(label);
        }

        @Override
        void unbind(InstanceRow row) {
            label.textProperty().unbind();
        }
    }
}
