package org.reportdrafter.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * 正文前后的文字: what the importer kept apart from the body (text before the title's body, text after it),
 * visible and editable; web-page furniture at the ends (navigation, 发布时间, copyright) is counted and
 * deleted with one action.
 */
final class KeptTextPane extends VBox {
    private final TextArea preamble = new TextArea();
    private final TextArea trailer = new TextArea();
    private final Label clutter = new Label();
    private final Button deleteClutter = new Button(Texts.get("kept.deleteClutter"));
    private OutlineEditorViewModel vm;
    private boolean syncing;

    KeptTextPane() {
        super(6);
        setId("kept-pane");
        setPadding(new Insets(8));
        preamble.setId("kept-preamble");
        trailer.setId("kept-trailer");
        clutter.setId("kept-clutter");
        clutter.setWrapText(true);
        deleteClutter.setId("kept-delete-clutter");
        for (TextArea a : new TextArea[] {preamble, trailer}) {
            a.setWrapText(true);
            a.setPrefRowCount(3);
            a.setPromptText(Texts.get("parts.onePerLine"));
        }
        preamble.focusedProperty().addListener((o, a, b) -> {
            if (!b && !syncing && vm != null) {
                vm.setPreamble(List.of(preamble.getText().split("\n")));
            }
        });
        trailer.focusedProperty().addListener((o, a, b) -> {
            if (!b && !syncing && vm != null) {
                vm.setTrailer(List.of(trailer.getText().split("\n")));
            }
        });
        deleteClutter.setOnAction(e -> {
            if (vm != null) {
                vm.deleteClutter();
            }
        });
        getChildren().addAll(new Label(Texts.get("kept.preamble")), preamble, new Label(Texts.get("kept.trailer")), trailer,
                clutter, deleteClutter);
        setDisable(true);
    }

    void setViewModel(OutlineEditorViewModel model) {
        vm = model;
        EditorPanes.follow(this, model, () -> vm, this::sync);
    }

    private void sync() {
        syncing = true;
        try {
            EditorPanes.show(preamble, vm == null ? "" : String.join("\n", vm.report().preamble()));
            EditorPanes.show(trailer, vm == null ? "" : String.join("\n", vm.report().trailer()));
            int n = vm == null ? 0 : vm.clutterCount();
            EditorPanes.show(clutter, n == 0 ? Texts.get("kept.noClutter")
                    : Texts.get("kept.clutter", vm.report().clutterBefore(), vm.report().clutterAfter()));
            deleteClutter.setDisable(n == 0);
        } finally {
            syncing = false;
        }
    }
}
