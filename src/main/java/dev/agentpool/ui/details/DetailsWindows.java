package dev.agentpool.ui.details;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Snapshot;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One details window per instance: opening an instance that already has a window brings that window to the
 * front. Each window follows the live snapshot until it is closed.
 */
public final class DetailsWindows {

    private final ObservableValue<Snapshot> snapshot;
    private final Window owner;
    private final String stylesheet;
    private final Consumer<Path> openFolder;
    private final ZoneId zone;
    private final Map<InstanceId, Stage> open = new HashMap<>();
    private final ReadOnlyBooleanWrapper anyOpen = new ReadOnlyBooleanWrapper(this, "anyOpen");

    public DetailsWindows(ObservableValue<Snapshot> snapshot, Window owner, String stylesheet,
                          Consumer<Path> openFolder, ZoneId zone) {
        this.snapshot = snapshot;
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.openFolder = openFolder;
        this.zone = zone;
    }

    /** Shows (or raises) the details window of {@code id}. FX thread. */
    public Stage show(InstanceId id) {
        Stage stage = open.computeIfAbsent(id, this::create);
        anyOpen.set(true);
        stage.show();
        stage.toFront();
        return stage;
    }

    private Stage create(InstanceId id) {
        DetailsViewModel viewModel = new DetailsViewModel(id, zone);
        ChangeListener<Snapshot> follow = (o, old, now) -> {
            if (now != null) {
                viewModel.apply(now);
            }
        };
        if (snapshot.getValue() != null) {
            viewModel.apply(snapshot.getValue());
        }
        snapshot.addListener(follow);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(viewModel.titleProperty().concat(" — Agent Pool Monitor"));
        Scene scene = new Scene(new DetailsView(viewModel, openFolder), 720, 640);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            snapshot.removeListener(follow);
            open.remove(id);
            anyOpen.set(!open.isEmpty());
        });
        return stage;
    }

    /**
     * True while a details window is open: it shows exact ages (heartbeat, files), so it needs every scan, not only
     * those that change the main window. FX thread.
     */
    public ReadOnlyBooleanProperty anyOpenProperty() {
        return anyOpen.getReadOnlyProperty();
    }

    /** Closes every details window (on quit). */
    public void closeAll() {
        new java.util.ArrayList<>(open.values()).forEach(Stage::close);
    }
}
