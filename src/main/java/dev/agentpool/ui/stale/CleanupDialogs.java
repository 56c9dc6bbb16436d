package dev.agentpool.ui.stale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The cleanup confirmation (every file that will go) and the result report (every failure shown). */
public final class CleanupDialogs {

    public static final ButtonType DELETE = new ButtonType("Delete files", ButtonBar.ButtonData.OK_DONE);

    private CleanupDialogs() {
    }

    /** Blocks (nested event loop) until the user answers; true only for "Delete files". */
    public static boolean confirm(Window owner, CleanupRequest request) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", DELETE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Clean up stale instances");
        alert.setHeaderText(request.question());
        Label intro = new Label("These files will be deleted. Each instance is checked again just before: one "
                + "that is live by then is kept.");
        intro.setWrapText(true);
        TextArea files = new TextArea(String.join("\n", fileLines(request)));
        files.setId("cleanup-files");
        files.setEditable(false);
        files.setPrefRowCount(Math.min(14, fileLines(request).size()));
        files.setPrefColumnCount(70);
        alert.getDialogPane().setContent(new VBox(8, intro, files));
        alert.getDialogPane().setId("cleanup-confirm");
        alert.getDialogPane().lookupButton(DELETE).setId("confirm-cleanup");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancel-cleanup");
        return alert.showAndWait().filter(DELETE::equals).isPresent();
    }

    static List<String> fileLines(CleanupRequest request) {
        List<String> lines = new ArrayList<>();
        for (CleanupRequest.Target target : request.targets()) {
            lines.add(target.name() + " (" + target.id() + ") — " + target.reason() + ", " + target.agents() + " agents");
            for (Path file : target.files()) {
                lines.add("    " + file);
            }
        }
        return lines;
    }

    /** Shows the result without blocking; a warning with every failed file when something could not be deleted. */
    public static Alert showResult(Window owner, CleanupReport report, String summary) {
        boolean bad = report.hasFailures() || !report.kept().isEmpty() || summary.startsWith("Cleanup failed");
        Alert alert = new Alert(bad ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Cleanup finished");
        alert.setHeaderText(summary);
        List<String> lines = report.detailLines();
        if (!lines.isEmpty()) {
            TextArea details = new TextArea(String.join("\n", lines));
            details.setEditable(false);
            details.setPrefRowCount(Math.min(10, lines.size()));
            alert.getDialogPane().setContent(details);
        } else if (bad) {
            alert.setContentText("The list of stale instances shows what is left after the next scan.");
        } else {
            alert.setContentText("The agents those instances held are free again.");
        }
        alert.getDialogPane().setId("cleanup-report");
        alert.show();
        return alert;
    }
}
