package org.reportdrafter.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** 帮助 › 快捷键 (F1): every shortcut of the action list, then the keys of the outline editor itself. */
final class ShortcutsDialog extends Dialog<ButtonType> {
    /** Keys the editor handles in its text areas (not actions of the menus). */
    static final List<String[]> EDITOR_KEYS = List.of(
            new String[] {"Enter", "keys.enter"},
            new String[] {"Shift+Enter", "keys.shiftEnter"},
            new String[] {"Tab", "keys.tab"},
            new String[] {"Shift+Tab", "keys.shiftTab"},
            new String[] {"Backspace", "keys.backspace"},
            new String[] {"↑ / ↓", "keys.arrows"},
            new String[] {"Esc", "keys.escape"});

    ShortcutsDialog(List<AppAction> actions, Window owner) {
        setTitle(Texts.get("dialog.shortcuts.title"));
        Dialogs.own(this, owner);
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(4);
        int row = 0;
        for (AppAction a : actions) {
            if (a.accelerator() == null) {
                continue;
            }
            StringBuilder keys = new StringBuilder(a.accelerator().getDisplayText());
            for (var k : a.alternates()) {
                keys.append(" / ").append(k.getDisplayText());
            }
            g.addRow(row++, keys(keys.toString()), what(a.text().replace("…", "")));
        }
        for (String[] k : EDITOR_KEYS) {
            g.addRow(row++, keys(k[0]), what(Texts.get(k[1])));
        }
        // room for the vertical scroll bar, which the scroll pane takes out of the list's own width
        g.setPadding(new javafx.geometry.Insets(0, 24, 0, 0));
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        getDialogPane().setContent(scroll);
        getDialogPane().setId("shortcuts-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /** The keys are never cut short; the longer English descriptions wrap instead. */
    private static Label keys(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label what(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
