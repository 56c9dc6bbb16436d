package dev.agentpool.ui.main;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** What the window shows while no instance is live: how to connect Claude Code, and how to try the demo. */
final class EmptyStateView extends VBox {

    EmptyStateView(MainViewModel viewModel) {
        setId("empty-state");
        Label title = new Label("No Claude Code instance is running");
        title.getStyleClass().add("empty-title");
        Label connect = new Label("Connect Claude Code once (adds our hooks and status line to ~/.claude/settings.json):");
        Label then = new Label("then start claude as usual: every window shows up here within a second.");
        Label demo = new Label("Just looking around? Start a simulated pool:");
        Label stale = new Label();
        stale.setId("empty-stale-note");
        stale.getStyleClass().add("muted");
        stale.textProperty().bind(viewModel.emptyDetailProperty());
        stale.visibleProperty().bind(viewModel.emptyDetailProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());
        getChildren().addAll(title, connect, command("setup-command", "agentpool setup claude"), then, demo,
                command("demo-command", "agentpool --demo"), stale);
        for (var child : getChildren()) {
            if (child instanceof Label label) {
                label.setWrapText(true);
            }
        }
    }

    /** A selectable, read-only command line, so it can be copied. */
    private static TextField command(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(false);
        field.getStyleClass().add("command");
        return field;
    }
}
