package dev.agentpool.ui.stale;

import dev.agentpool.core.id.InstanceId;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The stale-instances section: heading, "Clean up…" for all, one row per stale instance with its reason, what it
 * left on disk, its own "Clean up…" and "Details" buttons, and the result of the last cleanup.
 * {@code confirm} shows the confirmation (a dialog in the app) and answers whether to go ahead.
 */
public final class StaleView extends VBox {

    private final StaleViewModel viewModel;
    private final Predicate<CleanupRequest> confirm;
    private final Consumer<InstanceId> openDetails;

    public StaleView(StaleViewModel viewModel, Predicate<CleanupRequest> confirm, Consumer<InstanceId> openDetails) {
        this.viewModel = viewModel;
        this.confirm = confirm;
        this.openDetails = openDetails;
        setId("stale-section");
        getStyleClass().add("stale-section");
        getChildren().addAll(createHeader(), createList());
        viewModel.pendingProperty().addListener((o, old, request) -> askWhenPlanned(request));
    }

    private HBox createHeader() {
        Label heading = new Label();
        heading.setId("stale-heading");
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(viewModel.headingProperty());
        Label result = new Label();
        result.setId("cleanup-result");
        result.textProperty().bind(viewModel.resultTextProperty());
        viewModel.resultFailedProperty().addListener((o, old, failed) -> result.getStyleClass()
                .setAll("label", failed ? "result-failed" : "result-ok"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cleanAll = new Button("Clean up all…");
        cleanAll.setId("clean-up-all");
        cleanAll.disableProperty().bind(viewModel.cleanAllDisabledBinding());
        cleanAll.setOnAction(e -> viewModel.prepareAll());
        HBox header = new HBox(12, heading, spacer, result, cleanAll);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private ListView<StaleRow> createList() {
        ListView<StaleRow> list = new ListView<>(viewModel.rows());
        list.setId("stale-list");
        // room for up to five rows; more scroll
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(232,
                javafx.beans.binding.Bindings.size(viewModel.rows()).multiply(45).add(4)));
        list.setMinHeight(60);
        list.setCellFactory(l -> new StaleCell());
        list.visibleProperty().bind(viewModel.cleanAllDisabledBinding().not().or(viewModel.busyProperty()));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    /** Asks once a plan is ready; "all" and per-row take the same path. Deferred one pulse: never nest dialogs
     * inside a property change. */
    private void askWhenPlanned(CleanupRequest request) {
        if (request != null) {
            javafx.application.Platform.runLater(() -> {
                if (confirm.test(request)) {
                    viewModel.confirm();
                } else {
                    viewModel.cancel();
                }
            });
        }
    }

    private final class StaleCell extends ListCell<StaleRow> {
        private final Label name = new Label();
        private final Label reason = new Label();
        private final Label left = new Label();
        private final Button clean = new Button("Clean up…");
        private final Button details = new Button("Details");
        private final HBox box;

        StaleCell() {
            name.getStyleClass().add("instance-name");
            reason.getStyleClass().add("stale-reason");
            left.getStyleClass().add("muted");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(10, new VBox(1, name, reason), spacer, left, details, clean);
            box.getStyleClass().add("stale-cell");
            clean.disableProperty().bind(viewModel.busyProperty());
        }

        @Override
        protected void updateItem(StaleRow row, boolean empty) {
            super.updateItem(row, empty);
            name.textProperty().unbind();
            reason.textProperty().unbind();
            left.textProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.textProperty().bind(row.nameProperty());
            reason.textProperty().bind(row.reasonProperty());
            left.textProperty().bind(row.leftOnDiskProperty());
            clean.setId("clean-up-" + row.id().value());
            details.setId("stale-details-" + row.id().value());
            clean.setOnAction(e -> viewModel.prepareFor(row.id()));
            details.setOnAction(e -> openDetails.accept(row.id()));
            setGraphic(box);
        }
    }
}
