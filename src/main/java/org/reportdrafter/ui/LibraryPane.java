package org.reportdrafter.ui;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reportdrafter.domain.ReportSummary;

/** The library (草稿, 往年报告, 模板) above the 素材库: open, rename, duplicate, delete, new from a past report. */
final class LibraryPane extends VBox {
    private final LibraryViewModel library;
    private final ReuseViewModel reuse;
    private final ReusePane reusePane;
    private final Supplier<Window> window;
    private final TreeView<Object> tree = new TreeView<>();
    private final SplitPane split;

    /** The row of the report open in the editor. */
    static final javafx.css.PseudoClass OPEN = javafx.css.PseudoClass.getPseudoClass("open-report");

    LibraryPane(LibraryViewModel library, ReuseViewModel reuse, ReusePane reusePane, Supplier<Window> window) {
        this.library = library;
        this.reuse = reuse;
        this.reusePane = reusePane;
        this.window = window;
        setId("library-pane");
        library.editorProperty().addListener((o, was, now) -> tree.refresh());
        tree.setId("library-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                OutlineEditorViewModel open = library.editor();
                // the report in the editor stands out in the list, so the clerk sees which one is being written
                pseudoClassStateChanged(OPEN, item instanceof ReportSummary s && open != null && Long.valueOf(s.id()).equals(open.report().id()));
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof ReportSummary s) {
                    setText(LibraryViewModel.listedAs(s));
                } else {
                    setText(item.toString());
                }
            }
        });
        tree.setOnMouseClicked(ev -> {
            if (ev.getClickCount() == 2) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (ev.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
        MenuItem open = new MenuItem(Texts.get("library.open"));
        open.setOnAction(ev -> openSelected());
        MenuItem fromThis = new MenuItem(Texts.get("library.newFromThis"));
        fromThis.setOnAction(ev -> selected().ifPresent(this::newFromExisting));
        MenuItem rename = new MenuItem(Texts.get("action.rename"));
        rename.setOnAction(ev -> renameSelected());
        MenuItem dup = new MenuItem(Texts.get("action.duplicate"));
        dup.setOnAction(ev -> selected().ifPresent(s -> library.open(library.duplicate(s.id()))));
        MenuItem del = new MenuItem(Texts.get("action.delete"));
        del.setOnAction(ev -> deleteSelected());
        tree.setContextMenu(new ContextMenu(open, fromThis, rename, dup, del));
        split = new SplitPane(tree, reusePane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.35);
        getChildren().add(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        ListChangeListener<ReportSummary> refresh = c -> refresh();
        library.drafts().addListener(refresh);
        library.past().addListener(refresh);
        library.templates().addListener(refresh);
        refresh();
    }

    SplitPane split() {
        return split;
    }

    TreeView<Object> tree() {
        return tree;
    }

    void refresh() {
        TreeItem<Object> root = new TreeItem<>("");
        root.getChildren().add(group(Texts.get("library.drafts"), library.drafts()));
        root.getChildren().add(group(Texts.get("library.past"), library.past()));
        root.getChildren().add(group(Texts.get("library.templates"), library.templates()));
        tree.setRoot(root);
    }

    private static TreeItem<Object> group(String name, List<ReportSummary> items) {
        TreeItem<Object> g = new TreeItem<>(Texts.get("library.group", name, items.size()));
        List<TreeItem<Object>> children = new java.util.ArrayList<>(items.size());
        for (ReportSummary s : items) {
            children.add(new TreeItem<>(s));
        }
        // one change for the whole group: item by item, a library of 10,000 took a noticeable part of the start
        g.getChildren().setAll(children);
        g.setExpanded(true);
        return g;
    }

    Optional<ReportSummary> selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof ReportSummary s ? Optional.of(s) : Optional.empty();
    }

    private void openSelected() {
        selected().ifPresent(s -> library.open(s.id()));
    }

    private void renameSelected() {
        selected().ifPresent(s -> Dialogs.text(window.get(), "rename-dialog", Texts.get("dialog.rename.title"), null, s.title())
                .showAndWait().ifPresent(t -> library.rename(s.id(), t.strip())));
    }

    void deleteSelected() {
        selected().ifPresent(s -> {
            var a = Dialogs.confirmation(window.get(), "delete-confirm", Texts.get("dialog.delete.confirm", s.title()));
            if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                library.delete(s.id());
            }
        });
    }

    /** Last year's report as the start of this year's: the year asked, then the year/name review. */
    private void newFromExisting(ReportSummary s) {
        var d = Dialogs.text(window.get(), "new-from-dialog", Texts.get("library.newFromThis.title"),
                Texts.get("library.newFromThis.header", s.organization()),
                String.valueOf(s.year() == null ? Year.now().getValue() : s.year() + 1));
        d.showAndWait().filter(t -> t.strip().matches("[0-9]{4}")).ifPresent(t -> {
            var review = reuse.newFromExisting(s.id(), s.organization(), Integer.parseInt(t.strip()));
            if (!review.isEmpty()) {
                reusePane.reviewDialog(review).show();
            }
        });
    }
}
