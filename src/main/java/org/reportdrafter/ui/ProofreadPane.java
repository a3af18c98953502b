package org.reportdrafter.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
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
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.checks.Rule;
import org.reportdrafter.checks.Severity;

/** 校对: findings listed by section; click to jump; fix one, or all of a kind. */
final class ProofreadPane extends VBox {
    private final TreeView<Object> tree = new TreeView<>();
    private final Label summary = new Label();
    private final Button fix = new Button("修正");
    private final Button fixAll = new Button("同类全部修正");
    private final javafx.scene.control.MenuButton rules = new javafx.scene.control.MenuButton("规则");
    private OutlineEditorViewModel editor;
    private final PauseTransition recheck = new PauseTransition(Duration.millis(400));
    private ProofreadViewModel vm;
    private Runnable marksChanged = () -> { };

    ProofreadPane() {
        super(6);
        setPadding(new Insets(6));
        tree.setId("proofread-tree");
        summary.setId("proofread-summary");
        fix.setId("proofread-fix");
        fixAll.setId("proofread-fix-all");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("finding-error", "finding-warning", "finding-info");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Finding f) {
                    setText("［" + f.severity().displayName() + "］" + f.message());
                    setTooltip(new javafx.scene.control.Tooltip(ruleName(f.rule()) + "：" + f.excerpt()));
                    getStyleClass().add("finding-" + f.severity().code());
                } else {
                    setText(item.toString());
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            Finding f = selected();
            fix.setDisable(f == null || f.fix() == null);
            fixAll.setDisable(f == null || f.fix() == null);
            if (f != null && vm != null) {
                vm.jumpTo(f);
            }
        });
        fix.setOnAction(e -> {
            Finding f = selected();
            if (f != null && vm != null) {
                vm.fix(f);
                show();
            }
        });
        fixAll.setOnAction(e -> {
            Finding f = selected();
            if (f != null && vm != null) {
                vm.fixAll(f.rule());
                show();
            }
        });
        fix.setDisable(true);
        fixAll.setDisable(true);
        rules.setId("proofread-rules");
        HBox buttons = new HBox(6, fix, fixAll, rules);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(summary, buttons, tree);
        recheck.setOnFinished(e -> {
            if (vm != null) {
                vm.refresh();
                show();
            }
        });
    }

    void dispose() {
        recheck.stop();
    }

    ProofreadViewModel viewModel() {
        return vm;
    }

    void onMarksChanged(Runnable r) {
        marksChanged = r;
    }

    private Finding selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Finding f ? f : null;
    }

    void setViewModel(ProofreadViewModel model, OutlineEditorViewModel editor) {
        vm = model;
        this.editor = editor;
        rules.getItems().clear();
        if (editor != null) {
            // each rule can be switched off for this report; the choice is saved with it and undoable
            for (Rule r : Proofreader.RULES) {
                javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(r.name());
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
        model.refresh();
        show();
    }

    /** Findings grouped under their top-level section, in reading order. */
    private void show() {
        Map<String, TreeItem<Object>> groups = new LinkedHashMap<>();
        int errors = 0;
        int warnings = 0;
        for (Finding f : vm.findings()) {
            String path = f.path();
            int cut = path.indexOf(" › ");
            String group = cut > 0 ? path.substring(0, cut) : path;
            TreeItem<Object> g = groups.computeIfAbsent(group, k -> {
                TreeItem<Object> t = new TreeItem<>(k);
                t.setExpanded(true);
                return t;
            });
            g.getChildren().add(new TreeItem<>(f));
            errors += f.severity() == Severity.ERROR ? 1 : 0;
            warnings += f.severity() == Severity.WARNING ? 1 : 0;
        }
        TreeItem<Object> root = new TreeItem<>("");
        root.getChildren().addAll(groups.values());
        tree.setRoot(root);
        summary.setText(vm.findings().isEmpty() ? "未发现问题" : "错误 " + errors + " 处，警告 " + warnings + " 处，提示 "
                + (vm.findings().size() - errors - warnings) + " 处");
        marksChanged.run();
    }

    static String ruleName(String id) {
        for (Rule r : Proofreader.RULES) {
            if (r.id().equals(id)) {
                return r.name();
            }
        }
        return id;
    }
}
