package org.reportdrafter.ui;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** 新建报告: a template, the organization and the year; the new draft opens in the editor. */
final class NewReportDialog extends Dialog<ButtonType> {
    NewReportDialog(LibraryViewModel library, Window owner) {
        setTitle(Texts.get("dialog.new.title"));
        Dialogs.own(this, owner);
        ComboBox<LibraryViewModel.TemplateChoice> template = new ComboBox<>();
        template.setId("new-template");
        template.getItems().setAll(library.templateChoices());
        template.getSelectionModel().selectFirst();
        TextField org = new TextField();
        org.setId("new-org");
        org.setPromptText(Texts.get("dialog.new.orgPrompt"));
        TextField year = new TextField();
        year.setId("new-year");
        // the year follows the template until the clerk writes another: in December a plan is next year's
        String[] proposed = {""};
        Runnable propose = () -> {
            if (template.getValue() != null && year.getText().strip().equals(proposed[0])) {
                proposed[0] = String.valueOf(template.getValue().proposedYear(LocalDate.now()));
                year.setText(proposed[0]);
            }
        };
        propose.run();
        template.valueProperty().addListener((o, a, b) -> propose.run());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(Texts.get("dialog.new.template")), template);
        g.addRow(1, new Label(Texts.get("dialog.new.org")), org);
        g.addRow(2, new Label(Texts.get("dialog.new.year")), year);
        getDialogPane().setContent(g);
        getDialogPane().setId("new-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !year.getText().strip().matches("[0-9]{4}") || template.getValue() == null, year.textProperty(), template.valueProperty()));
        Dialogs.whenClosed(this, result -> {
            if (result == ButtonType.OK) {
                library.createFromTemplate(template.getValue(), org.getText().strip(), Integer.parseInt(year.getText().strip()));
            }
        });
    }
}
