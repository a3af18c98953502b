package org.reportdrafter.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reportdrafter.docx.PageLayout;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;

/** Title, organization, year, kind, date of issue, numbering, straight-through measures, export layout. */
final class PropertiesPane extends GridPane {
    private final TextField title = new TextField();
    private final TextField org = new TextField();
    private final TextField year = new TextField();
    private final ComboBox<ReportKind> kind = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    /** Why the date typed was not taken; shown under the field until the next date is. */
    private final Label dateProblem = new Label();
    private final ComboBox<NumberingStyle> numbering = new ComboBox<>();
    private final CheckBox straight = new CheckBox(Texts.get("props.continuous"));
    private final ComboBox<PageLayout> preset = new ComboBox<>();
    private final ComboBox<String> bodyFont = new ComboBox<>();
    private final ComboBox<String> titleFont = new ComboBox<>();
    private final CheckBox bold = new CheckBox(Texts.get("props.bold"));
    private final CheckBox dateUnderTitle = new CheckBox(Texts.get("props.dateUnderTitle"));
    private OutlineEditorViewModel vm;
    private boolean syncing;

    PropertiesPane() {
        setHgap(6);
        setVgap(6);
        setPadding(new Insets(8));
        title.setId("prop-title");
        org.setId("prop-org");
        year.setId("prop-year");
        numbering.setId("prop-numbering");
        date.setId("prop-date");
        dateProblem.setId("prop-date-problem");
        dateProblem.getStyleClass().add("field-problem");
        dateProblem.setWrapText(true);
        showDateProblem(null);
        date.setPromptText(Texts.get("props.datePrompt"));
        // the date as the document prints it (2026年12月15日), not the system locale's 2026/12/15; a typo keeps
        // the date there was instead of clearing it
        date.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : ChineseDates.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                var typed = ChineseDates.parse(s);
                if (typed.isEmpty()) {
                    // the value does not change, so nothing else puts the date there was back in the field;
                    // the clerk is told why, or a typo would pass for a date taken
                    date.getEditor().setText(toString(date.getValue()));
                    showDateProblem(Texts.get("props.dateNotTaken", s.strip()));
                } else {
                    showDateProblem(null);
                }
                return typed.orElse(date.getValue());
            }
        });
        kind.getItems().setAll(ReportKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ReportKind k) {
                return k == null ? "" : kindName(k);
            }

            @Override
            public ReportKind fromString(String s) {
                return null;
            }
        });
        numbering.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NumberingStyle s) {
                return s == null ? "" : numberingName(s);
            }

            @Override
            public NumberingStyle fromString(String s) {
                return null;
            }
        });
        preset.getItems().setAll(PageLayout.PRESETS);
        preset.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PageLayout p) {
                return p == null ? "" : ExportDialog.presetName(p.id());
            }

            @Override
            public PageLayout fromString(String s) {
                return null;
            }
        });
        int row = 0;
        for (var pair : new Object[][] {{"props.title", title}, {"props.organization", org}, {"props.year", year},
                {"props.kind", kind}, {"props.date", new javafx.scene.layout.VBox(2, date, dateProblem)}, {"props.numbering", numbering}, {"props.preset", preset},
                {"props.bodyFont", bodyFont}, {"props.titleFont", titleFont}}) {
            Label caption = new Label(Texts.get((String) pair[0]));
            caption.setMinWidth(Region.USE_PREF_SIZE);
            if (pair[1] instanceof javafx.scene.layout.VBox box) {
                // level with the field, not with the field and the message under it
                Region field = (Region) box.getChildren().get(0);
                field.setMaxWidth(Double.MAX_VALUE); // as wide as the other fields
                caption.minHeightProperty().bind(field.heightProperty());
                GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
            }
            add(caption, 0, row);
            javafx.scene.Node n = (javafx.scene.Node) pair[1];
            add(n, 1, row++);
            GridPane.setHgrow(n, Priority.ALWAYS);
            if (n instanceof javafx.scene.control.Control c) {
                c.setMaxWidth(Double.MAX_VALUE);
            }
        }
        add(straight, 0, row++, 2, 1);
        add(bold, 0, row++, 2, 1);
        add(dateUnderTitle, 0, row, 2, 1);
        bodyFont.getItems().setAll(PageLayout.BODY_FONTS);
        titleFont.getItems().setAll(PageLayout.TITLE_FONTS);
        bodyFont.valueProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null && b != null) {
                vm.setExportFonts(b, vm.report().settings().export().titleFont());
            }
        });
        titleFont.valueProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null && b != null) {
                vm.setExportFonts(vm.report().settings().export().bodyFont(), b);
            }
        });
        bold.selectedProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null) {
                vm.setBoldHeadings(b);
            }
        });
        dateUnderTitle.selectedProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null) {
                vm.setDateUnderTitle(b);
            }
        });
        title.focusedProperty().addListener((o, a, f) -> {
            if (!f && vm != null) {
                vm.setTitle(title.getText());
            }
        });
        title.setOnAction(e -> vm.setTitle(title.getText()));
        org.focusedProperty().addListener((o, a, f) -> {
            if (!f && vm != null) {
                vm.setOrganization(org.getText());
            }
        });
        org.setOnAction(e -> vm.setOrganization(org.getText()));
        year.setOnAction(e -> commitYear());
        year.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                commitYear();
            }
        });
        kind.valueProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null && b != null) {
                vm.setKind(b);
            }
        });
        date.valueProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null) {
                vm.setDateOfIssue(b);
            }
        });
        numbering.valueProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null && b != null) {
                vm.setNumbering(b);
            }
        });
        straight.selectedProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null) {
                vm.setStraightThrough(b);
            }
        });
        preset.valueProperty().addListener((o, a, b) -> {
            if (!syncing && vm != null && b != null) {
                vm.setExportPreset(b.id());
            }
        });
        setDisable(true);
    }

    /** A report kind in the UI language (the domain names it in Chinese). */
    static String kindName(ReportKind k) {
        return Texts.get("kind." + k.code());
    }

    /**
     * A numbering style in the UI language with its labels as the document prints them: the built-in
     * ones by their first four ranks, a style read from a document by all of its ranks.
     */
    static String numberingName(NumberingStyle s) {
        boolean builtIn = NumberingStyle.BUILT_IN.contains(s);
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < (builtIn ? Math.min(4, s.ranks().size()) : s.ranks().size()); i++) {
            labels.append(s.ranks().get(i).format(1));
        }
        return Texts.get(builtIn ? "numbering." + s.id() : "numbering.custom", labels.toString());
    }

    private void commitYear() {
        if (vm == null) {
            return;
        }
        String t = year.getText().strip();
        vm.setYear(t.matches("[0-9]{4}") ? Integer.valueOf(t) : null);
    }

    void setViewModel(OutlineEditorViewModel model) {
        vm = model;
        EditorPanes.follow(this, model, () -> vm, this::sync);
    }

    private void showDateProblem(String text) {
        dateProblem.setText(text == null ? "" : text);
        dateProblem.setVisible(text != null);
        dateProblem.setManaged(text != null);
    }

    private void sync() {
        syncing = true;
        try {
            Report r = vm == null ? null : vm.report();
            EditorPanes.show(title, r == null ? "" : r.title());
            EditorPanes.show(org, r == null ? "" : r.organization());
            EditorPanes.show(year, r == null || r.year() == null ? "" : String.valueOf(r.year()));
            kind.setValue(r == null ? null : r.kind());
            LocalDate d = r == null ? null : r.dateOfIssue();
            date.setValue(d);
            List<NumberingStyle> choices = new ArrayList<>(NumberingStyle.BUILT_IN);
            if (r != null && !NumberingStyle.BUILT_IN.contains(r.settings().numbering())) {
                choices.add(r.settings().numbering());
            }
            // this runs after every structural edit (a move, an indent): the list is replaced only when the
            // choices changed, which rebuilt the box's list each time
            if (!numbering.getItems().equals(choices)) {
                // Replacing the items clears the selection while the value stays: setting the same value again
                // is then no change, and the box went blank. Clear it first so the value is shown anew.
                numbering.setValue(null);
                numbering.getItems().setAll(choices);
            }
            numbering.setValue(r == null ? null : r.settings().numbering());
            straight.setSelected(r != null && r.settings().continuousRank() > 0);
            PageLayout p = null;
            if (r != null) {
                try {
                    p = PageLayout.byId(r.settings().export().preset());
                } catch (IllegalArgumentException e) {
                    p = PageLayout.GUOBIAO;
                }
            }
            preset.setValue(p);
            bodyFont.setValue(r == null ? null : r.settings().export().bodyFont());
            titleFont.setValue(r == null ? null : r.settings().export().titleFont());
            bold.setSelected(r != null && r.settings().export().boldHeadings());
            dateUnderTitle.setSelected(r != null && r.settings().export().dateUnderTitle());
        } finally {
            syncing = false;
        }
    }
}
