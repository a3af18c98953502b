package org.reportdrafter.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.reportdrafter.checks.Finding;
import org.reportdrafter.checks.FindingGroup;
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.checks.Rule;
import org.reportdrafter.checks.Severity;

/** 校对: findings listed by section; click to jump; fix one, or all of a kind. */
final class ProofreadPane extends VBox {
    private final TreeView<Object> tree = new TreeView<>();
    private final Label summary = new Label();
    /** Why a fix was refused (the text changed since the check): the clerk must see it, not guess. */
    private final Label notice = new Label();
    private final Button fix = new Button(Texts.get("proofread.fix"));
    private final Button fixAll = new Button(Texts.get("proofread.fixAll"));
    private final Button review = new Button(Texts.get("proofread.reviewCopy"));
    private final javafx.scene.control.MenuButton rules = new javafx.scene.control.MenuButton(Texts.get("proofread.rules"));
    private OutlineEditorViewModel editor;
    private final PauseTransition recheck = new PauseTransition(Duration.millis(400));
    private ProofreadViewModel vm;
    private Runnable marksChanged = () -> { };
    /** The row to select when the findings first show (the row the clerk had before a language switch), or -1. */
    private int keepRow = -1;
    private boolean restoring;
    /** Brings the outline forward before a click goes to a finding's text (the preview may be in front). */
    private Runnable toText = () -> { };

    void setOnGoToText(Runnable r) {
        toText = r;
    }

    ProofreadPane() {
        super(6);
        setPadding(new Insets(6));
        tree.setId("proofread-tree");
        summary.setId("proofread-summary");
        fix.setId("proofread-fix");
        fixAll.setId("proofread-fix-all");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            {
                // a long message wraps within the pane instead of running off its right edge: the cell
                // asks for no width of its own, so the list gives it its own width and the text wraps in it
                setWrapText(true);
                setPrefWidth(0);
                // a click takes the keyboard to the flagged text (the selection already moved the editor there,
                // but the list kept the keyboard); the arrow keys walk the findings and leave it in the list
                setOnMouseClicked(e -> {
                    if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && getItem() instanceof FindingGroup g && vm != null) {
                        toText.run();
                        vm.jumpTo(g.first());
                    }
                });
            }

            /** Where the text starts in the row: the tree's indentation and the disclosure arrow (measured). */
            private double textLeft = 40;

            @Override
            protected double computePrefHeight(double width) {
                // the skin wraps the text at the row's width, but lays it out after the indentation: a message
                // of three lines was given two and cut with "…"
                return super.computePrefHeight(width < 0 ? width : Math.max(20, width - textLeft));
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                Node text = lookup(".text");
                // the skin takes the row's padding off the width itself
                double left = text == null ? textLeft : text.getLayoutX() - snappedLeftInset();
                if (text != null && text.getParent() == this && Math.abs(left - textLeft) > 1) {
                    textLeft = left;
                    javafx.application.Platform.runLater(this::requestLayout); // measured again with the real indent
                }
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("finding-error", "finding-warning", "finding-info");
                if (empty || item == null) {
                    setText(null);
                    Tips.set(this, null);
                } else if (item instanceof FindingGroup g) {
                    setText(Texts.get("proofread.finding", Texts.get("proofread.severity." + g.severity().code()), g.message(Texts.locale())));
                    Tips.set(this, Texts.get("proofread.findingTip", ruleName(g.rule()), g.first().excerpt()));
                    getStyleClass().add("finding-" + g.severity().code());
                } else {
                    setText(item.toString());
                    Tips.set(this, null);
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            FindingGroup g = selected();
            fix.setDisable(g == null || g.fixable() == 0);
            fixAll.setDisable(g == null || g.fixable() == 0);
            if (g != null && vm != null && !restoring) {
                vm.jumpTo(g.first()); // a row selected again after a language switch does not move the editor
            }
        });
        fix.setOnAction(e -> {
            FindingGroup g = selected();
            if (g != null && vm != null) {
                vm.fixGroup(g);
                show();
            }
        });
        fixAll.setOnAction(e -> {
            FindingGroup g = selected();
            if (g != null && vm != null) {
                vm.fixAll(g.rule());
                show();
            }
        });
        review.setId("proofread-review-copy");
        review.setOnAction(e -> exportReviewCopy());
        fix.setDisable(true);
        fixAll.setDisable(true);
        rules.setId("proofread-rules");
        HBox buttons = new HBox(6, fix, fixAll, rules);
        for (Button b : new Button[] {fix, fixAll}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        rules.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(tree, Priority.ALWAYS);
        notice.setId("proofread-notice");
        notice.setWrapText(true);
        notice.setStyle("-fx-text-fill: #b3261e;");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        getChildren().addAll(summary, notice, buttons, review, tree);
        recheck.setOnFinished(e -> checkInBackground());
    }

    /** The check runs on its own thread: a 2,000-item report takes long enough to be felt while typing. */
    private final java.util.concurrent.ExecutorService checker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-drafter-check");
        t.setDaemon(true);
        return t;
    });

    private void checkInBackground() {
        ProofreadViewModel model = vm;
        if (model != null) {
            model.refreshInBackground(checker, javafx.application.Platform::runLater, () -> {
                if (vm == model) {
                    show();
                }
            });
        }
    }

    void dispose() {
        recheck.stop();
        vm = null; // the report's listener stays (the language switch replaces the window): it must not recheck
        checker.shutdownNow();
    }

    /** The selected row of the findings, -1 for none. */
    int selectedRow() {
        return tree.getSelectionModel().getSelectedIndex();
    }

    /** Selects {@code row} once the findings show, without moving the editor (the same report, checked again). */
    void keepRow(int row) {
        keepRow = row;
    }

    ProofreadViewModel viewModel() {
        return vm;
    }

    void onMarksChanged(Runnable r) {
        marksChanged = r;
    }

    private FindingGroup selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof FindingGroup g ? g : null;
    }

    /** 导出审阅稿: asks where, then writes the .docx with the findings as comments off the FX thread. */
    private void exportReviewCopy() {
        if (vm == null || editor == null) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Texts.get("proofread.reviewCopy"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Texts.get("proofread.wordFiles"), "*.docx"));
        String title = editor.report().title().isBlank() ? Texts.get("proofread.untitled") : editor.report().title();
        chooser.setInitialFileName(Texts.get("proofread.reviewFile", title.replaceAll("[\\\\/:*?\"<>|]", "")));
        java.io.File file = Folders.showSave(Folders.EXPORTS, chooser, getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        ProofreadViewModel model = vm;
        javafx.concurrent.Task<org.reportdrafter.checks.ReviewCopy.Result> task = new javafx.concurrent.Task<>() {
            @Override
            protected org.reportdrafter.checks.ReviewCopy.Result call() throws Exception {
                return model.exportReviewCopy(file.toPath());
            }
        };
        task.setOnSucceeded(e -> summary.setText(Texts.get("proofread.reviewDone", file.getName(), task.getValue().comments())));
        task.setOnFailed(e -> summary.setText(Texts.get("proofread.reviewFailed", Texts.error(task.getException()))));
        Thread t = new Thread(task, "review-copy");
        t.setDaemon(true);
        t.start();
    }

    void setViewModel(ProofreadViewModel model, OutlineEditorViewModel editor) {
        vm = model;
        this.editor = editor;
        notice.textProperty().unbind();
        notice.setText("");
        if (model != null) {
            notice.textProperty().bind(model.noticeProperty());
        }
        rules.getItems().clear();
        if (editor != null) {
            // each rule can be switched off for this report; the choice is saved with it and undoable
            for (Rule r : Proofreader.RULES) {
                javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(ruleName(r.id()));
                item.setId("rule-" + r.id());
                item.setSelected(!editor.report().settings().disabledChecks().contains(r.id()));
                item.setOnAction(e -> {
                    editor.setCheckEnabled(r.id(), item.isSelected());
                    vm.refresh();
                    show();
                });
                rules.getItems().add(item);
            }
        }
        if (model == null) {
            tree.setRoot(null);
            summary.setText("");
            return;
        }
        editor.versionProperty().addListener((o, a, b) -> {
            if (vm == model) {
                recheck.playFromStart(); // recheck when typing pauses
            }
        });
        tree.setRoot(null); // the last report's findings are not this one's
        summary.setText(Texts.get("proofread.checking"));
        // after the pause, not now: at start the window's first layout and the check would share the two
        // cores of an office PC; the pause runs out once that layout is done (decision 18)
        recheck.playFromStart();
    }

    private int checksShown;

    /** How many checks' findings this pane has shown (for {@code bench ui}: the first check is done). */
    int checksShown() {
        return checksShown;
    }

    /** Findings grouped under their top-level section, in reading order. */
    private void show() {
        checksShown++;
        Map<String, TreeItem<Object>> groups = new LinkedHashMap<>();
        int errors = 0;
        int warnings = 0;
        for (FindingGroup fg : vm.groups()) {
            Finding f = fg.first();
            String path = f.path(Texts.locale());
            int cut = path.indexOf(" › ");
            String group = cut > 0 ? path.substring(0, cut) : path;
            TreeItem<Object> g = groups.computeIfAbsent(group, k -> {
                TreeItem<Object> t = new TreeItem<>(k);
                t.setExpanded(true);
                return t;
            });
            g.getChildren().add(new TreeItem<>(fg));
        }
        for (Finding f : vm.findings()) {
            errors += f.severity() == Severity.ERROR ? 1 : 0;
            warnings += f.severity() == Severity.WARNING ? 1 : 0;
        }
        TreeItem<Object> root = new TreeItem<>("");
        root.getChildren().addAll(groups.values());
        tree.setRoot(root);
        if (keepRow >= 0) {
            restoring = true;
            try {
                tree.getSelectionModel().select(keepRow);
                tree.scrollTo(Math.max(0, keepRow - 2));
            } finally {
                restoring = false;
                keepRow = -1;
            }
        }
        summary.setText(vm.findings().isEmpty() ? Texts.get("proofread.none") : Texts.get("proofread.counts", errors,
                warnings, vm.findings().size() - errors - warnings));
        marksChanged.run();
    }

    /** A rule's name in the UI language (the checks package's bundle has both). */
    static String ruleName(String id) {
        return Proofreader.ruleName(id, Texts.locale());
    }
}
