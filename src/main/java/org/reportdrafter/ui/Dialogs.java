package org.reportdrafter.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * The app's plain dialogs (errors, confirmations, a name to type). Their fonts and icon come from the one
 * policy in {@link CjkFonts#install()}, like every other window.
 */
final class Dialogs {
    private Dialogs() {
    }

    static Alert error(Window owner, Throwable t) {
        String message = t == null ? Texts.get("error.unknown") : Texts.error(t);
        return error(owner, message);
    }

    static Alert error(Window owner, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle(Texts.get("dialog.error.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("error-dialog");
        own(a, owner);
        a.show();
        return a;
    }

    /** A yes/no question; the dialog is returned unshown so callers may show it and wait. */
    static Alert confirmation(Window owner, String id, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(Texts.get("dialog.confirm.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId(id);
        // what is asked here cannot be undone (删除, 恢复): an Enter meant for something else cancels, and
        // 确定 takes a click
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        own(a, owner);
        return a;
    }

    static TextInputDialog text(Window owner, String id, String title, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setId(id);
        own(d, owner);
        return d;
    }

    /** JavaFX's own buttons and the texts they take in the chosen language. */
    private static final java.util.Map<ButtonType, String> STANDARD = java.util.Map.of(ButtonType.OK, "button.ok",
            ButtonType.CANCEL, "button.cancel", ButtonType.YES, "button.yes", ButtonType.NO, "button.no", ButtonType.CLOSE, "button.close");

    /**
     * JavaFX names its own dialog buttons once, in the JVM's language (Chinese: the launcher sets it so), so
     * with English chosen every dialog's 确定/取消 are renamed as the dialog is shown.
     */
    static void installButtonTexts() {
        for (Window w : Window.getWindows()) {
            watch(w);
        }
        Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(Dialogs::watch);
            }
        });
    }

    /** A window is listed once it shows: named then, and again whenever it is shown anew. */
    private static void watch(Window w) {
        name(w);
        w.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, e -> name(w));
    }

    private static void name(Window w) {
        if (w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane p) {
            nameButtons(p);
        }
    }

    /** The standard buttons of a dialog in the chosen language (the Chinese ones are JavaFX's own). */
    static void nameButtons(javafx.scene.control.DialogPane p) {
        if (!Texts.english()) {
            return;
        }
        for (ButtonType t : p.getButtonTypes()) {
            if (STANDARD.containsKey(t) && p.lookupButton(t) instanceof javafx.scene.control.Button b) {
                b.setText(Texts.get(STANDARD.get(t)));
            }
        }
    }

    /**
     * What a dialog shown without waiting does with its answer, once it is closed: after the key or click
     * that closed it has been handled, not while. Under GTK, a new report opened from the handler of the
     * Enter that closed 新建 (its text area and caret made, the main window refocused) crashed the JVM in the
     * toolkit's native key handling (JavaFX 21.0.5 and 21.0.11 alike); a dialog that is waited for
     * ({@code showAndWait}) returns only after that event anyway.
     */
    static <R> void whenClosed(javafx.scene.control.Dialog<R> d, java.util.function.Consumer<R> then) {
        d.setOnHidden(e -> {
            R result = d.getResult();
            javafx.application.Platform.runLater(() -> then.accept(result));
        });
    }

    static void own(javafx.scene.control.Dialog<?> d, Window owner) {
        if (owner != null) {
            d.initOwner(owner);
        }
        // long messages wrap instead of being cut off
        d.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.setResizable(true);
    }
}
