package org.reportdrafter.ui;

import javafx.animation.PauseTransition;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.util.Duration;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.edit.TextEdit;

/** 导航: the headings of the open report as a tree; a click puts the caret on that heading. */
final class NavigationPane extends TitledPane {
    private final TreeView<OutlineNode> tree = new TreeView<>();
    private final PauseTransition rebuild = new PauseTransition(Duration.millis(150));
    /** Typing changes headings, not the tree: the shown items are redrawn when typing pauses. */
    private final PauseTransition retext = new PauseTransition(Duration.millis(300));
    private OutlineEditorViewModel vm;

    NavigationPane() {
        super(Texts.get("nav.title"), null);
        setContent(tree);
        setCollapsible(false);
        setMaxHeight(Double.MAX_VALUE);
        tree.setId("nav-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(OutlineNode n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null || vm == null ? null : vm.label(n) + shorten(n));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && vm != null && b.getValue() != vm.selected()) {
                vm.select(b.getValue());
                vm.focusRequestProperty().set(new OutlineEditorViewModel.FocusRequest(b.getValue(), TextEdit.Field.HEADING, -1));
            }
        });
        rebuild.setOnFinished(e -> rebuild());
        retext.setOnFinished(e -> tree.refresh());
    }

    void setViewModel(OutlineEditorViewModel model) {
        vm = model;
        if (model == null) {
            tree.setRoot(null);
            return;
        }
        model.structureVersionProperty().addListener((o, a, b) -> {
            if (vm == model) {
                rebuild.playFromStart();
            }
        });
        model.versionProperty().addListener((o, a, b) -> {
            if (vm == model) {
                retext.playFromStart();
            }
        });
        rebuild();
    }

    private void rebuild() {
        if (vm == null) {
            return;
        }
        TreeItem<OutlineNode> root = new TreeItem<>(vm.report().root());
        add(root, vm.report().root());
        tree.setRoot(root);
    }

    private static void add(TreeItem<OutlineNode> item, OutlineNode node) {
        java.util.List<TreeItem<OutlineNode>> children = new java.util.ArrayList<>();
        for (OutlineNode c : node.children()) {
            if (c.labelMode() == LabelMode.SHI || c.labelMode() == LabelMode.YAO) {
                continue; // 一是 items are paragraphs, not headings
            }
            TreeItem<OutlineNode> ci = new TreeItem<>(c);
            add(ci, c);
            ci.setExpanded(c.depth() < 2);
            children.add(ci);
        }
        // one change per level: item by item, a 2,000-item report cost the window thread a noticeable pause
        item.getChildren().setAll(children);
    }

    private static String shorten(OutlineNode n) {
        String s = n.heading().isEmpty() && !n.body().isEmpty() && !n.guidance() ? n.body().get(0) : n.heading();
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    void dispose() {
        rebuild.stop();
        retext.stop();
        vm = null; // the report's listener stays (the language switch replaces the window): it must not rebuild
    }
}
