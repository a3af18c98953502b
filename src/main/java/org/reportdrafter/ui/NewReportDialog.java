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
        TextField org = new TextField(library.lastOrganization());
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
        // the box keeps its width whatever template is chosen: a long name no longer squeezes the labels to "…"
        template.setPrefWidth(320);
        template.setMaxWidth(320);
        org.setPrefWidth(320);
        String[] names = {"dialog.new.template", "dialog.new.org", "dialog.new.year"};
        javafx.scene.Node[] fields = {template, org, year};
        for (int i = 0; i < names.length; i++) {
            Label label = new Label(Texts.get(names[i]));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            g.addRow(i, label, fields[i]);
        }
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
