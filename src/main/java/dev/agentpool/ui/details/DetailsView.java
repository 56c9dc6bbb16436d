package dev.agentpool.ui.details;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Everything known about one instance: labelled values with their source, running subagents, the instance's files
 * (copyable; "Open folder" opens the state directory) and problems found while reading them. Every value has a
 * "Copy" context menu.
 */
public final class DetailsView extends ScrollPane {

    private final DetailsViewModel viewModel;
    private final Consumer<Path> openFolder;
    private final GridPane grid = new GridPane();
    private final VBox subagents = new VBox(2);
    private final VBox problems = new VBox(2);

    public DetailsView(DetailsViewModel viewModel, Consumer<Path> openFolder) {
        this.viewModel = viewModel;
        this.openFolder = openFolder;
        setId("details");
        setFitToWidth(true);
        Label title = new Label();
        title.setId("details-title");
        title.textProperty().bind(viewModel.titleProperty());
        grid.setId("details-fields");
        grid.getStyleClass().add("details-grid");
        subagents.setId("details-subagents");
        problems.setId("details-problems");
        VBox body = new VBox(10, title, grid, section("Running subagents", subagents), createFiles(),
                section("Problems", problems));
        body.getStyleClass().add("window-body");
        setContent(body);
        viewModel.fields().addListener((ListChangeListener<DetailField>) c -> fillGrid());
        viewModel.subagents().addListener((ListChangeListener<DetailsViewModel.SubagentLine>) c -> fillSubagents());
        viewModel.problems().addListener((ListChangeListener<String>) c -> fillProblems());
        fillGrid();
        fillSubagents();
        fillProblems();
    }

    private void fillGrid() {
        grid.getChildren().clear();
        List<DetailField> fields = viewModel.fields();
        for (int i = 0; i < fields.size(); i++) {
            DetailField field = fields.get(i);
            Label label = new Label(field.label());
            label.getStyleClass().add("details-label");
            Label value = copyable(field.value());
            value.setId("detail-" + field.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            value.setWrapText(true);
            Label source = new Label(field.source());
            source.getStyleClass().add("details-source");
            grid.addRow(i, label, value, source);
        }
    }

    private void fillSubagents() {
        subagents.getChildren().setAll(viewModel.subagents().isEmpty() ? List.of(muted("none"))
                : viewModel.subagents().stream().map(s -> (Node) copyable(s.type() + "  ·  " + s.id()
                + "  ·  started " + s.since())).toList());
    }

    private void fillProblems() {
        problems.getChildren().setAll(viewModel.problems().isEmpty() ? List.of(muted("none"))
                : viewModel.problems().stream().map(p -> (Node) copyable(p)).toList());
    }

    private Node createFiles() {
        ListView<Path> files = new ListView<>(viewModel.files());
        files.setId("details-files");
        files.setPrefHeight(110);
        MenuItem copy = new MenuItem("Copy path");
        copy.setOnAction(e -> {
            Path selected = files.getSelectionModel().getSelectedItem();
            if (selected != null) {
                copyToClipboard(selected.toString());
            }
        });
        files.setContextMenu(new ContextMenu(copy));
        Button copyAll = new Button("Copy paths");
        copyAll.setId("copy-paths");
        copyAll.setOnAction(e -> copyToClipboard(String.join("\n",
                viewModel.files().stream().map(Path::toString).toList())));
        Button open = new Button("Open folder");
        open.setId("open-folder");
        open.setOnAction(e -> {
            if (viewModel.folder() != null) {
                openFolder.accept(viewModel.folder());
            }
        });
        return section("Files", new VBox(6, files, new HBox(8, copyAll, open)));
    }

    private static VBox section(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return new VBox(4, label, content);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Label copyable(String text) {
        Label label = new Label(text);
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copyToClipboard(text));
        label.setContextMenu(new ContextMenu(copy));
        return label;
    }

    static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
