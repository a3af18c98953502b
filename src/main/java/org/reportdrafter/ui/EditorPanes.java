package org.reportdrafter.ui;

import java.util.function.Supplier;
import javafx.scene.Node;

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
}
