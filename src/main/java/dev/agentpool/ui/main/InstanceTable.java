package dev.agentpool.ui.main;

import dev.agentpool.core.id.InstanceId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The live-instance table. Columns are not user-sortable: the ViewModel keeps one documented order (waiting first,
 * then agents, then name) and the rows are updated in place. A click (or Enter) on a row opens its details.
 */
final class InstanceTable extends TableView<InstanceRow> {

    InstanceTable(ObservableList<InstanceRow> rows, Consumer<InstanceId> openDetails) {
        super(rows);
        setId("instances");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // one row height for all rows: the virtual flow then skips measuring every cell on each refresh
        setFixedCellSize(30);
        getColumns().add(column("Instance", 260, InstanceCells.NameCell::new));
        getColumns().add(column("Agents (share of pool)", 190, () -> new InstanceCells.BarCell(
                InstanceRow::poolShareProperty, InstanceRow::agentsLabelProperty, r -> constant(Tone.ACTIVE))));
        getColumns().add(column("Context", 200, () -> new InstanceCells.BarCell(
                InstanceRow::contextFractionProperty, InstanceRow::contextLabelProperty,
                InstanceRow::contextToneProperty)));
        getColumns().add(column("Lifecycle", 120, () -> new InstanceCells.TextCell(InstanceRow::lifecycleProperty)));
        getColumns().add(column("Status", 110, InstanceCells.StatusCell::new));
        getColumns().add(column("Heartbeat", 90, () -> new InstanceCells.TextCell(InstanceRow::heartbeatProperty)));
        setRowFactory(table -> detailsRow(openDetails));
        setOnKeyPressed(event -> {
            InstanceRow selected = getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                openDetails.accept(selected.id());
            }
        });
    }

    private static TableRow<InstanceRow> detailsRow(Consumer<InstanceId> openDetails) {
        TableRow<InstanceRow> row = new TableRow<>() {
            @Override
            protected void updateItem(InstanceRow item, boolean empty) {
                super.updateItem(item, empty);
                // ids let tests and screenshots address one instance's row
                setId(empty || item == null ? null : "row-" + item.id().value());
            }
        };
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !row.isEmpty() && row.getItem() != null) {
                openDetails.accept(row.getItem().id());
            }
        });
        return row;
    }

    private static TableColumn<InstanceRow, InstanceRow> column(String title, double width,
                                                               Supplier<InstanceCells.Bound> cell) {
        TableColumn<InstanceRow, InstanceRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> cell.get());
        return column;
    }

    private static javafx.beans.property.ObjectProperty<Tone> constant(Tone tone) {
        return new javafx.beans.property.SimpleObjectProperty<>(tone);
    }
}
