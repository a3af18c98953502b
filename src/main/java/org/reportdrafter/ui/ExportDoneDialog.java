package org.reportdrafter.ui;

import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.reportdrafter.docx.DocxExporter;

/** After an export: the file, any warnings, and buttons to open the file or its folder. */
final class ExportDoneDialog extends Alert {
    ExportDoneDialog(DocxExporter.Result r, Window owner, HostServices host) {
        super(AlertType.INFORMATION, String.join("\n", r.notes().stream().map(Texts::of).toList()));
        ButtonType open = new ButtonType(Texts.get("dialog.export.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType folder = new ButtonType(Texts.get("dialog.export.folder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getButtonTypes().setAll(open, folder, close);
        setTitle(Texts.get("dialog.export.title"));
        setHeaderText(Texts.get("dialog.export.done", r.file()));
        getDialogPane().setId("export-done");
        Dialogs.own(this, owner);
        Dialogs.whenClosed(this, result -> {
            if (host == null) {
                return;
            }
            if (result == open) {
                host.showDocument(r.file().toUri().toString());
            } else if (result == folder) {
                host.showDocument(r.file().toAbsolutePath().getParent().toUri().toString());
            }
        });
    }
}
