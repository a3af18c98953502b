package org.reportdrafter.ui;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Character counts, page count, save state, and the progress of long work run off the FX thread. */
final class StatusBar extends HBox {
    private final Label chars = new Label();
    private final Label sectionChars = new Label();
    private final Label pages = new Label();
    private final Label saveState = new Label();
    private final Label taskMessage = new Label();
    private final ProgressBar progress = new ProgressBar();

    StatusBar() {
        super(16);
        chars.setId("status-chars");
        sectionChars.setId("status-section-chars");
        pages.setId("status-pages");
        saveState.setId("status-save");
        taskMessage.setId("status-task");
        progress.setId("status-progress");
        progress.setVisible(false);
        progress.setPrefWidth(160);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(chars, sectionChars, pages, spring, taskMessage, progress, saveState);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
    }

    Label saveState() {
        return saveState;
    }

    Label pages() {
        return pages;
    }

    void showEditor(OutlineEditorViewModel vm) {
        chars.textProperty().unbind();
        sectionChars.textProperty().unbind();
        if (vm == null) {
            chars.setText("");
            sectionChars.setText("");
            return;
        }
        chars.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("status.chars", vm.reportCharsProperty().get()),
                vm.reportCharsProperty()));
        sectionChars.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("status.sectionChars", vm.sectionCharsProperty().get()),
                vm.sectionCharsProperty()));
    }

    /** Runs the task on a thread of its own with the progress bar showing its progress and message. */
    void run(Task<?> task) {
        progress.progressProperty().bind(task.progressProperty());
        taskMessage.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        Thread t = new Thread(task, "report-drafter-task");
        t.setDaemon(true);
        t.start();
    }

    void end() {
        progress.progressProperty().unbind();
        taskMessage.textProperty().unbind();
        progress.setVisible(false);
        taskMessage.setText("");
    }
}
