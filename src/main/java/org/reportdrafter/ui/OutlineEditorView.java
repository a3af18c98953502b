package org.reportdrafter.ui;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.edit.TextEdit;

/** The outline editor: a virtualized list of node cells, so long reports open and repaint fast. */
final class OutlineEditorView extends StackPane {
    private final ListView<OutlineNode> list = new ListView<>();
    private final Label empty = new Label(Texts.get("editor.empty"));
    private OutlineEditorViewModel vm;
    private java.util.function.Function<OutlineNode, java.util.List<org.reportdrafter.checks.Finding>> marks = n -> java.util.List.of();

    OutlineEditorView() {
        getStyleClass().add("outline-editor");
        list.setId("outline-list");
        list.setCellFactory(v -> new NodeCell(this));
        list.setFocusTraversable(false);
        empty.getStyleClass().add("placeholder");
        getChildren().addAll(list, empty);
        setViewModel(null);
    }

    OutlineEditorViewModel viewModel() {
        return vm;
    }

    ListView<OutlineNode> list() {
        return list;
    }

    void setViewModel(OutlineEditorViewModel model) {
        this.vm = model;
        list.setItems(model == null ? javafx.collections.FXCollections.observableArrayList() : model.rows());
        list.setVisible(model != null);
        empty.setVisible(model == null);
        if (model != null) {
            model.focusRequestProperty().addListener((o, a, b) -> {
                if (b != null && vm == model) {
                    focus(b);
                }
            });
            model.selectedProperty().addListener((o, a, b) -> refreshCells());
        }
    }

    private org.fxmisc.richtext.StyleClassedTextArea lastFocused;
    private java.util.function.Consumer<org.reportdrafter.domain.Provenance> openSource = p -> { };

    void focused(org.fxmisc.richtext.StyleClassedTextArea area) {
        lastFocused = area;
    }

    /** The text area the user typed in last: where a phrase goes, and whose selection becomes one. */
    org.fxmisc.richtext.StyleClassedTextArea lastFocusedArea() {
        return lastFocused;
    }

    void setOpenSource(java.util.function.Consumer<org.reportdrafter.domain.Provenance> handler) {
        openSource = handler;
    }

    void openSource(org.reportdrafter.domain.Provenance p) {
        openSource.accept(p);
    }

    void setMarks(java.util.function.Function<OutlineNode, java.util.List<org.reportdrafter.checks.Finding>> marks) {
        this.marks = marks;
    }

    java.util.List<org.reportdrafter.checks.Finding> marks(OutlineNode n) {
        return marks.apply(n);
    }

    void refreshCells() {
        for (var node : list.lookupAll(".node-cell")) {
            if (node instanceof NodeCell c) {
                c.sync();
            }
        }
    }

    OutlineNode nodeByUid(String uid) {
        if (vm == null) {
            return null;
        }
        for (OutlineNode n : vm.report().allNodes()) {
            if (n.uid().equals(uid)) {
                return n;
            }
        }
        return null;
    }

    /** Moves the caret to the request's node and field, scrolling it into view. */
    void focus(OutlineEditorViewModel.FocusRequest r) {
        int index = list.getItems().indexOf(r.node());
        if (index < 0) {
            return;
        }
        NodeCell cell = visibleCell(r.node());
        if (cell == null) {
            list.scrollTo(Math.max(0, index - 2));
        }
        Platform.runLater(() -> {
            NodeCell c = visibleCell(r.node());
            if (c == null) {
                return;
            }
            StyleClassedTextArea a = c.area(r.field());
            a.setVisible(true);
            a.setManaged(true);
            a.requestFocus();
            int caret = r.caret() < 0 ? a.getLength() : Math.min(r.caret(), a.getLength());
            a.moveTo(caret);
            a.requestFollowCaret();
        });
    }

    NodeCell visibleCell(OutlineNode n) {
        for (var node : list.lookupAll(".node-cell")) {
            if (node instanceof NodeCell c && c.getItem() == n && c.isVisible()) {
                return c;
            }
        }
        return null;
    }

    /** Up/down arrows across node boundaries. */
    boolean focusNeighbour(OutlineNode n, int direction) {
        int i = list.getItems().indexOf(n) + direction;
        if (i < 0 || i >= list.getItems().size()) {
            return false;
        }
        OutlineNode target = list.getItems().get(i);
        vm.select(target);
        focus(new OutlineEditorViewModel.FocusRequest(target,
                direction < 0 && !target.body().isEmpty() ? TextEdit.Field.BODY : TextEdit.Field.HEADING, direction < 0 ? -1 : 0));
        return true;
    }
}
