package dev.agentpool.ui.settings;

import dev.agentpool.ui.notify.NotificationKind;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The settings form, built in code; it only binds to {@link SettingsViewModel} and forwards clicks. */
public final class SettingsView extends VBox {

    private final SettingsViewModel model;
    private final Runnable onClose;

    public SettingsView(SettingsViewModel model, Runnable onClose) {
        this.model = model;
        this.onClose = onClose;
        setId("settings-view");
        setSpacing(12);
        setPadding(new Insets(16));
        getChildren().addAll(heading("Pool"), poolGrid(), heading("Notifications"), notifications(),
                heading("Start and export"), startAndExport(), messages(), buttons());
    }

    private GridPane poolGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "Pool size", field("pool-size", model.poolSizeProperty()), "agents shared by all instances");
        row(grid, 1, "Warning at", field("pool-warning", model.warningPercentProperty()), "% of the pool (yellow icon)");
        row(grid, 2, "Critical at", field("pool-critical", model.criticalPercentProperty()), "% of the pool (red icon)");
        row(grid, 3, "Check every", field("poll-interval", model.pollIntervalProperty()),
                "seconds (changes are also seen at once)");
        return grid;
    }

    private VBox notifications() {
        VBox box = new VBox(4);
        for (NotificationKind kind : NotificationKind.values()) {
            CheckBox check = new CheckBox(kind.description());
            check.setId("notify-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            check.selectedProperty().bindBidirectional(model.notifyProperty(kind));
            box.getChildren().add(check);
        }
        return box;
    }

    private VBox startAndExport() {
        CheckBox login = new CheckBox("Start Agent Pool Monitor at login");
        login.setId("start-at-login");
        login.selectedProperty().bindBidirectional(model.startAtLoginProperty());
        login.setDisable(!model.startAtLoginAvailable());
        Label note = new Label(model.startAtLoginNote());
        note.setId("start-at-login-note");
        note.setStyle("-fx-text-fill: -fx-mid-text-color; -fx-font-size: 0.9em;");
        CheckBox metrics = new CheckBox("Serve OpenMetrics (Prometheus) on port");
        metrics.setId("metrics-enabled");
        metrics.selectedProperty().bindBidirectional(model.metricsEnabledProperty());
        TextField port = field("metrics-port", model.metricsPortProperty());
        port.disableProperty().bind(metrics.selectedProperty().not());
        GridPane line = new GridPane();
        line.setHgap(8);
        line.addRow(0, metrics, port);
        return new VBox(4, login, note, line);
    }

    private VBox messages() {
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        return new VBox(4, problem, status);
    }

    private ButtonBar buttons() {
        Button save = new Button("Save");
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button close = new Button("Close");
        close.setId("settings-close");
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        ButtonBar bar = new ButtonBar();
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        bar.getButtons().addAll(save, close);
        return bar;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static TextField field(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static void row(GridPane grid, int row, String label, TextField field, String hint) {
        grid.addRow(row, new Label(label), field, new Label(hint));
    }
}
