package dev.agentpool.ui.main;

import dev.agentpool.core.id.InstanceId;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: pool bar, live-instance table (or the empty state), the stale section handed in by
 * the caller, and the status line. Builds nodes and binds them to the {@link MainViewModel}; no logic.
 */
public final class MainView extends VBox {

    private final MainViewModel viewModel;
    private final Consumer<InstanceId> openDetails;
    private InstanceTable table;

    public MainView(MainViewModel viewModel, Node staleSection, Consumer<InstanceId> openDetails) {
        this.viewModel = viewModel;
        this.openDetails = openDetails;
        getStyleClass().add("window-body");
        getChildren().addAll(createTotals(), createInstances(), staleSection, createStatusLine());
    }

    private Node createTotals() {
        Label title = new Label("Agent pool");
        title.getStyleClass().add("section-title");
        ProgressBar bar = new ProgressBar();
        bar.setId("total-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(viewModel.totalProgressProperty());
        ToneStyle.bind(bar, viewModel.totalToneProperty());
        Label label = new Label();
        label.setId("total-label");
        label.textProperty().bind(viewModel.totalLabelProperty());
        Label staleHeld = new Label();
        staleHeld.setId("stale-held");
        staleHeld.textProperty().bind(viewModel.staleHeldProperty());
        staleHeld.visibleProperty().bind(viewModel.staleHeldProperty().isNotEmpty());
        staleHeld.managedProperty().bind(staleHeld.visibleProperty());
        HBox totals = new HBox(bar, label, staleHeld);
        totals.getStyleClass().add("total-box");
        return new VBox(4, title, totals);
    }

    private Node createInstances() {
        table = new InstanceTable(viewModel.rows(), openDetails);
        EmptyStateView empty = new EmptyStateView(viewModel);
        table.visibleProperty().bind(viewModel.emptyProperty().not());
        empty.visibleProperty().bind(viewModel.emptyProperty());
        StackPane stack = new StackPane(table, empty);
        stack.setMinHeight(150);
        // TableView prefers 400 px; a smaller preference lets the stale list keep its rows and the table take the rest
        table.setPrefHeight(200);
        empty.setPrefHeight(200);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return stack;
    }

    private Node createStatusLine() {
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(viewModel.statusLineProperty());
        Tooltip lastScan = new Tooltip();
        lastScan.textProperty().bind(viewModel.lastScanProperty());
        lastScan.setOnShowing(e -> viewModel.refreshLastScan());
        status.setTooltip(lastScan);
        viewModel.statusErrorProperty().addListener((o, old, error) -> {
            status.getStyleClass().remove("error");
            if (error) {
                status.getStyleClass().add("error");
            }
        });
        return status;
    }

    /** Selects an instance's row and scrolls to it (for "show details" from the tray). */
    public void reveal(InstanceId id) {
        for (InstanceRow row : table.getItems()) {
            if (row.id().equals(id)) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return;
            }
        }
    }
}
