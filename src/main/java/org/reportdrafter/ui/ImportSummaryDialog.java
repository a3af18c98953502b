package org.reportdrafter.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.reportdrafter.importing.LibraryImporter;

/** After an import: how many files and documents came in, and for each failure why. */
final class ImportSummaryDialog extends Alert {
    ImportSummaryDialog(List<LibraryImporter.FileResult> results, Window owner) {
        super(AlertType.INFORMATION, "", ButtonType.OK);
        int ok = (int) results.stream().filter(LibraryImporter.FileResult::ok).count();
        int docs = results.stream().mapToInt(r -> r.reports().size()).sum();
        StringBuilder details = new StringBuilder();
        for (LibraryImporter.FileResult r : results) {
            details.append(r.ok() ? Texts.get("dialog.import.fileOk", r.file().getFileName(), r.reports().size())
                    : Texts.get("dialog.import.fileFailed", Texts.of(r.problem()))).append('\n');
        }
        setAlertType(results.size() == ok ? AlertType.INFORMATION : AlertType.WARNING);
        setTitle(Texts.get("dialog.import.title"));
        setHeaderText(Texts.get("dialog.import.summary", ok, docs, results.size() - ok));
        setContentText(details.toString().strip());
        getDialogPane().setId("import-summary");
        Dialogs.own(this, owner);
    }
}
