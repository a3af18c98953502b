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

/**
 * 导航: the headings of the open report as a tree, the one the caret is under highlighted; a click (or Enter)
 * puts the caret at the end of that heading.
 */
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
        tree.setCellFactory(v -> {
            TreeCell<OutlineNode> cell = new TreeCell<>() {
                @Override
                protected void updateItem(OutlineNode n, boolean empty) {
                    super.updateItem(n, empty);
                    setText(empty || n == null || vm == null ? null : vm.label(n) + shorten(n));
                    // an item still holding its template prompt shows the prompt, greyed as in the outline:
                    // a bare "1." told the clerk nothing about where it leads
                    pseudoClassStateChanged(GUIDANCE, !empty && n != null && n.heading().isEmpty() && n.guidance());
                }
            };
            // a click (not on the fold arrow) takes the caret there, also to the item it is on already but
            // scrolled out of view; the keyboard goes with it, so the clerk can type at once
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && !cell.isEmpty()
                        && !within(e.getPickResult().getIntersectedNode(), cell.getDisclosureNode())) {
                    go(cell.getItem());
                }
            });
            return cell;
        });
        // the arrows walk the tree; Enter goes to the heading chosen
        tree.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            TreeItem<OutlineNode> chosen = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
                go(chosen.getValue());
                e.consume();
            }
        });
        rebuild.setOnFinished(e -> rebuild());
        retext.setOnFinished(e -> tree.refresh());
    }

    private void go(OutlineNode n) {
        if (vm != null && n != null && n.parent() != null) {
            vm.goTo(n, TextEdit.Field.HEADING, OutlineEditorViewModel.FocusRequest.END, 0);
        }
    }

    private static boolean within(javafx.scene.Node n, javafx.scene.Node ancestor) {
        for (; n != null && ancestor != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Where the caret is, shown in the tree: its heading, or the nearest one above it the tree shows. */
    private void follow(OutlineNode n) {
        TreeItem<OutlineNode> item = null;
        for (OutlineNode p = n; p != null && item == null; p = p.parent()) {
            item = items.get(p);
        }
        while (item != null && !shown(item)) {
            item = item.getParent();
        }
        if (item != null && item.getParent() != null && tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
        }
    }

    private static boolean shown(TreeItem<?> item) {
        for (TreeItem<?> p = item.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
            if (!p.isExpanded()) {
                return false;
            }
        }
        return true;
    }

    /** The tree's item of each heading shown, for following the caret. */
    private final java.util.Map<OutlineNode, TreeItem<OutlineNode>> items = new java.util.IdentityHashMap<>();

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
        model.selectedProperty().addListener((o, a, b) -> {
            if (vm == model && b != null) {
                follow(b);
            }
        });
        rebuild();
    }

    private void rebuild() {
        if (vm == null) {
            return;
        }
        TreeItem<OutlineNode> root = new TreeItem<>(vm.report().root());
        items.clear();
        add(root, vm.report().root());
        tree.setRoot(root);
        if (vm.selected() != null) {
            follow(vm.selected());
        }
    }

    private void add(TreeItem<OutlineNode> item, OutlineNode node) {
        java.util.List<TreeItem<OutlineNode>> children = new java.util.ArrayList<>();
        for (OutlineNode c : node.children()) {
            if (c.labelMode() == LabelMode.SHI || c.labelMode() == LabelMode.YAO) {
                continue; // 一是 items are paragraphs, not headings
            }
            TreeItem<OutlineNode> ci = new TreeItem<>(c);
            items.put(c, ci);
            add(ci, c);
            ci.setExpanded(c.depth() < 2);
            children.add(ci);
        }
        // one change per level: item by item, a 2,000-item report cost the window thread a noticeable pause
        item.getChildren().setAll(children);
    }

    private static final javafx.css.PseudoClass GUIDANCE = javafx.css.PseudoClass.getPseudoClass("guidance");

    private static String shorten(OutlineNode n) {
        String s = n.heading().isEmpty() && !n.body().isEmpty() ? n.body().get(0) : n.heading();
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    void dispose() {
        rebuild.stop();
        retext.stop();
        vm = null; // the report's listener stays (the language switch replaces the window): it must not rebuild
    }
}
