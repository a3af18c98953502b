package org.reportdrafter.ui;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * 查找 (Ctrl+F) and 替换 (Ctrl+H) in the open report: the count and highlights follow the typing, Enter goes
 * to the next match and selects it, 替换 replaces the current one, 全部替换 all of them as one undo step.
 */
final class FindReplaceBar extends HBox {
    private final Supplier<OutlineEditorViewModel> editor;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final Label status = new Label();
    private final Button next = new Button(Texts.get("find.next"));
    private final Button replaceOne = new Button(Texts.get("find.replace"));
    private final Button replaceAll = new Button(Texts.get("find.replaceAll"));
    private final Button close = new Button("×");

    /** Puts the keyboard back in the report's text, where the caret was. */
    private final Runnable backToText;

    FindReplaceBar(Supplier<OutlineEditorViewModel> editor, Runnable backToText) {
        super(6);
        this.editor = editor;
        this.backToText = backToText;
        setId("find-bar");
        find.setId("find-field");
        find.setPromptText(Texts.get("find.prompt"));
        replace.setId("replace-field");
        replace.setPromptText(Texts.get("find.replacePrompt"));
        status.setId("find-status");
        next.setId("find-next");
        replaceOne.setId("replace-one");
        replaceAll.setId("replace-all");
        find.textProperty().addListener((o, a, b) -> search());
        find.setOnAction(e -> next());
        next.setOnAction(e -> next());
        replace.setOnAction(e -> replaceOne());
        replaceOne.setOnAction(e -> replaceOne());
        replaceAll.setOnAction(e -> replaceAll());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        close.setOnAction(e -> hide());
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar; with {@code withReplace} the replace field too. */
    void show(boolean withReplace) {
        if (getChildren().isEmpty()) {
            // the fields join the window when first asked for: hidden controls are styled all the same, and
            // the window's first style pass is the slowest step of the start (decision 18)
            getChildren().addAll(find, next, status, replace, replaceOne, replaceAll, close);
        }
        setVisible(true);
        setManaged(true);
        for (var n : new javafx.scene.Node[] {replace, replaceOne, replaceAll}) {
            n.setVisible(withReplace);
            n.setManaged(withReplace);
        }
        find.requestFocus();
        find.selectAll();
        search();
    }

    void hide() {
        boolean typingHere = isFocusWithin();
        setVisible(false);
        setManaged(false);
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            vm.search("");
        }
        if (typingHere) {
            // not on to the next pane (the library list): back to the text, the last match still selected
            backToText.run();
        }
    }

    /**
     * Going to a match puts the caret on it (selected, so Esc leaves it ready to type over); the keyboard
     * stays in the bar, so that Enter goes on to the next match instead of typing into the report.
     */
    private void keepingTheKeyboard(Runnable r) {
        javafx.scene.Node owner = isFocusWithin() ? getScene().getFocusOwner() : null;
        r.run();
        if (owner != null && owner.getScene() == getScene() && owner.isVisible()) {
            owner.requestFocus();
        }
    }

    /** The report shown changed: its matches are counted (if the bar is open) and the count follows its edits. */
    void setViewModel(OutlineEditorViewModel vm) {
        if (vm == null) {
            return;
        }
        vm.matchesVersionProperty().addListener((o, a, b) -> {
            if (isVisible() && editor.get() == vm) {
                showStatus(vm); // typing over a match, an undo: the count and "第 n 处" stay true
            }
        });
        if (isVisible()) {
            search();
        }
    }

    private void search() {
        OutlineEditorViewModel vm = editor.get();
        if (vm == null) {
            return;
        }
        vm.search(find.getText());
        showStatus(vm);
    }

    private void next() {
        OutlineEditorViewModel vm = editor.get();
        if (vm == null) {
            return;
        }
        if (!find.getText().equals(vm.matchQuery())) {
            vm.search(find.getText());
        }
        keepingTheKeyboard(vm::nextMatch);
        showStatus(vm);
    }

    private void replaceOne() {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            keepingTheKeyboard(() -> vm.replaceCurrent(replace.getText()));
            showStatus(vm);
        }
    }

    private void replaceAll() {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            int n = vm.replaceAll(replace.getText());
            showStatus(vm);
            status.setText(Texts.get("find.replaced", n));
        }
    }

    private void showStatus(OutlineEditorViewModel vm) {
        if (find.getText().isEmpty()) {
            status.setText("");
        } else if (vm.matchCount() == 0) {
            status.setText(Texts.get("find.none"));
        } else if (vm.matchIndex() < 0) {
            status.setText(Texts.get("find.total", vm.matchCount()));
        } else {
            status.setText(Texts.get("find.count", vm.matchIndex() + 1, vm.matchCount()));
        }
    }

    TextField findField() {
        return find;
    }
}
