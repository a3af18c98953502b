package org.reportdrafter.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * 帮助 › 用户手册: docs/用户手册.md, read from the jar (the build packs it) or, when run from the sources,
 * from docs/ in the working directory, shown as text in the app: the clerk needs no Markdown viewer.
 */
final class ManualDialog extends Dialog<ButtonType> {
    static final String RESOURCE = "/docs/用户手册.md"; // the manual is written in Chinese only

    ManualDialog(Window owner) {
        setTitle(Texts.get("dialog.manual.title"));
        Dialogs.own(this, owner);
        TextArea text = new TextArea(load());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(760, 560);
        getDialogPane().setContent(text);
        getDialogPane().setId("manual-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    static String load() {
        try (InputStream in = ManualDialog.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path local = Path.of("docs", "用户手册.md");
            if (Files.isRegularFile(local)) {
                return Files.readString(local);
            }
        } catch (IOException e) {
            return Texts.get("manual.unreadable", e.getMessage());
        }
        return Texts.get("manual.missing");
    }
}
