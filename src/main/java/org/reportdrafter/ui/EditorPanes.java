package org.reportdrafter.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/** What the side panes that edit the open report (属性, 公文要素, 保留文字) share. */
final class EditorPanes {
    private EditorPanes() {
    }

    /**
     * Shows {@code model} in {@code pane}: disabled when no report is open, synced now and after each
     * structural change (undo included) for as long as {@code current} still returns this model.
     */
    static void follow(Node pane, OutlineEditorViewModel model, Supplier<OutlineEditorViewModel> current, Runnable sync) {
        pane.setDisable(model == null);
        if (model != null) {
            model.structureVersionProperty().addListener((o, a, b) -> {
                if (current.get() == model) {
                    sync.run();
                }
            });
        }
        sync.run();
    }

    /**
     * Shows {@code text} in a field unless it shows it already. A text field's setText replaces its content
     * even when it is the same, and lays the pane out again: after every move on a long report.
     */
    static void show(TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    /** As {@link #show(TextInputControl, String)}, for a label. */
    static void show(Labeled label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }
}
