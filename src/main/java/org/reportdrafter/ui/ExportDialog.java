package org.reportdrafter.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.reportdrafter.docx.PresetReader;
import org.reportdrafter.domain.ExportPreset;

/**
 * Asked before every Word export: which house style (版式), 加盖印章, 版记 and the 版头 (shown from the
 * chosen preset, saved with the office's own preset), and what would go out
 * unseen (unfilled prompts, 校对 errors, web furniture), with 仍然导出 to go on. A house style can be
 * read from a sample .docx/.dotx the office already uses; it is kept in the library.
 */
public final class ExportDialog {
    private ExportDialog() {
    }

    /**
     * Shows the dialog; empty when the clerk cancels. savePreset stores a preset read from a sample
     * (it may throw a StorageException with a Chinese message).
     */
    public static Optional<ExportDialogViewModel> show(Window owner, ExportDialogViewModel vm, Consumer<ExportPreset> savePreset) {
        return build(owner, vm, savePreset).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(b -> vm);
    }

    /** The dialog, not shown yet (the screenshot tour shows it without waiting). */
    static Dialog<ButtonType> build(Window owner, ExportDialogViewModel vm, Consumer<ExportPreset> savePreset) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Texts.get("export.title"));
        d.setHeaderText(Texts.get(vm.needsAttention() ? "export.attention" : "export.choosePreset"));
        d.getDialogPane().setId("export-dialog");
        ComboBox<ExportPreset> preset = new ComboBox<>();
        preset.setId("export-preset");
        preset.getItems().setAll(vm.presets());
        preset.setValue(vm.preset());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportPreset p) {
                return p == null ? "" : presetName(p.name());
            }

            @Override
            public ExportPreset fromString(String s) {
                return null;
            }
        });
        Label describe = new Label(describe(vm.preset()));
        describe.setWrapText(true);
        CheckBox sealed = new CheckBox(Texts.get("export.sealed"));
        sealed.setSelected(vm.sealed());
        CheckBox record = new CheckBox(Texts.get("export.printRecord"));
        record.setSelected(vm.printRecord());
        record.setDisable(!vm.hasPrintRecord());
        CheckBox header = new CheckBox(Texts.get("export.header"));
        header.setId("export-header");
        javafx.scene.control.TextField mark = new javafx.scene.control.TextField();
        mark.setId("export-issuer-mark");
        mark.setPromptText(Texts.get("export.issuerMarkPrompt"));
        mark.setPrefColumnCount(20);
        mark.disableProperty().bind(header.selectedProperty().not());
        CheckBox upwardLow = new CheckBox(Texts.get("export.upwardLow"));
        upwardLow.setId("export-upward-low");
        upwardLow.disableProperty().bind(header.selectedProperty().not());
        Label headerNote = new Label();
        headerNote.setId("export-header-note");
        headerNote.setWrapText(true);
        Runnable showHeader = () -> {
            header.setSelected(vm.header());
            mark.setText(vm.issuerMark());
            upwardLow.setSelected(vm.upwardLow());
            headerNote.setText(Texts.get(vm.preset().isBuiltIn() ? "export.headerNotSavedBuiltIn" : "export.headerSavedWithPreset"));
        };
        showHeader.run();
        preset.valueProperty().addListener((o, a, p) -> {
            vm.choosePreset(p);
            describe.setText(p == null ? "" : describe(p));
            sealed.setSelected(vm.sealed());
            record.setSelected(vm.printRecord() && vm.hasPrintRecord());
            showHeader.run();
        });
        sealed.selectedProperty().addListener((o, a, on) -> vm.setSealed(on));
        record.selectedProperty().addListener((o, a, on) -> vm.setPrintRecord(on));
        header.selectedProperty().addListener((o, a, on) -> vm.setHeader(on));
        mark.textProperty().addListener((o, a, t) -> vm.setIssuerMark(t));
        upwardLow.selectedProperty().addListener((o, a, on) -> vm.setUpwardLow(on));
        Button fromSample = new Button(Texts.get("export.fromSample"));
        fromSample.setId("export-preset-from-sample");
        fromSample.setOnAction(e -> readSample(owner, vm, preset, savePreset));
        Button saveAs = new Button(Texts.get("export.saveAs"));
        saveAs.setId("export-preset-save-as");
        saveAs.setOnAction(e -> saveAs(owner, vm, preset, savePreset));
        Label problem = new Label();
        problem.setId("export-header-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty()); // no empty line when all is well
        problem.visibleProperty().bind(problem.managedProperty());
        Label presetLabel = new Label(Texts.get("export.preset"));
        presetLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label markLabel = new Label(Texts.get("export.issuerMark"));
        markLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the English texts are longer than the dialog is wide
        for (CheckBox c : new CheckBox[] {sealed, record, header, upwardLow}) {
            c.setWrapText(true);
        }
        HBox markRow = new HBox(8, markLabel, mark);
        markRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        markRow.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        upwardLow.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        headerNote.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        HBox presetRow = new HBox(8, presetLabel, preset);
        presetRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        VBox box = new VBox(8, presetRow, new HBox(8, fromSample, saveAs), describe, sealed, record,
                header, markRow, upwardLow, headerNote, problem);
        List<String> unfilled = vm.unfilledItems();
        List<String> notices = vm.notices();
        for (int i = 0; i < notices.size(); i++) {
            box.getChildren().add(notice(notices.get(i)));
            if (i == 0 && !unfilled.isEmpty()) { // the first notice announces the unfilled prompts
                VBox items = new VBox(4);
                unfilled.forEach(u -> items.getChildren().add(notice("　· " + u)));
                if (unfilled.size() <= 6) {
                    box.getChildren().add(items);
                } else {
                    // a template with many unfilled prompts: the list scrolls, so the notices after it and
                    // the buttons stay on a 1280×800 screen
                    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(items);
                    scroll.getStyleClass().add("export-notice-list");
                    scroll.setFitToWidth(true);
                    scroll.setPrefViewportHeight(160);
                    box.getChildren().add(scroll);
                }
            }
        }
        box.setPrefWidth(640);
        box.setStyle(CjkFonts.style(13));
        d.getDialogPane().setContent(box);
        ButtonType go = new ButtonType(Texts.get(vm.needsAttention() ? "export.goAnyway" : "export.go"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        // a 标志 that cannot be printed (empty, too long) stops the export with its reason shown
        Runnable check = () -> {
            String why = vm.letterheadProblem();
            problem.setText(why == null ? "" : why);
            d.getDialogPane().lookupButton(go).setDisable(why != null);
        };
        header.selectedProperty().addListener((o, a, b) -> check.run());
        mark.textProperty().addListener((o, a, b) -> check.run());
        preset.valueProperty().addListener((o, a, b) -> check.run());
        check.run();
        return d;
    }

    /** A built-in preset's name in the UI language; an office's own preset keeps the name it was given. */
    static String presetName(String name) {
        return switch (name) {
            case ExportPreset.GUOBIAO, ExportPreset.OFFICE22 -> Texts.get("preset." + name);
            default -> name;
        };
    }

    /**
     * What a preset sets, in the UI language ({@link ExportPreset#describe()} says it in Chinese for the
     * command line): fonts and sizes, lines, margins, page numbers, and its options.
     */
    static String describe(ExportPreset p) {
        java.util.function.DoubleFunction<String> one = v -> String.format(java.util.Locale.ROOT, "%.1f", v);
        return Texts.get("export.describe", p.titleFont(), one.apply(p.titlePt()), p.bodyFont(), one.apply(p.bodyPt()),
                String.format(java.util.Locale.ROOT, "%.2f", p.linePitchPt()), one.apply(p.topMm()), one.apply(p.bottomMm()),
                one.apply(p.leftMm()), one.apply(p.rightMm()),
                Texts.get("export.pageNumbers." + p.pageNumbers().name().toLowerCase(java.util.Locale.ROOT)),
                p.boldHeadings() ? Texts.get("export.describeBold") : "", p.sealed() ? Texts.get("export.describeSealed") : "",
                p.letterhead().print() ? Texts.get("export.describeLetterhead", p.letterhead().issuerMark()) : "");
    }

    private static Label notice(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("export-notice");
        return l;
    }

    /** Keeps the dialog's choices (with the 版头) as an office preset under a name the clerk gives. */
    private static void saveAs(Window owner, ExportDialogViewModel vm, ComboBox<ExportPreset> combo, Consumer<ExportPreset> save) {
        TextInputDialog name = new TextInputDialog(vm.preset().isBuiltIn() ? "" : vm.preset().name());
        name.initOwner(owner);
        name.setTitle(Texts.get("export.saveAs"));
        name.setHeaderText(Texts.get("export.saveAsHeader"));
        name.getDialogPane().setStyle(CjkFonts.style(13));
        Optional<String> n = name.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        if (n.isEmpty()) {
            return;
        }
        try {
            ExportPreset p = vm.saveAs(n.get());
            save.accept(p);
            vm.saved(p);
            combo.getItems().setAll(vm.presets());
            combo.setValue(p);
        } catch (RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, Texts.error(e), ButtonType.OK);
            a.initOwner(owner);
            a.setHeaderText(Texts.get("export.saveAsFailed"));
            a.showAndWait();
        }
    }

    private static void readSample(Window owner, ExportDialogViewModel vm, ComboBox<ExportPreset> combo, Consumer<ExportPreset> save) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("export.sampleTitle"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("export.sampleFilter"), "*.docx", "*.dotx"));
        File f = Folders.showOpen(Folders.DOCUMENTS, fc, owner);
        if (f == null) {
            return;
        }
        TextInputDialog name = new TextInputDialog(f.getName().replaceFirst("\\.(docx|dotx)$", ""));
        name.initOwner(owner);
        name.setTitle(Texts.get("export.sampleName"));
        name.setHeaderText(Texts.get("export.sampleNameHeader"));
        Optional<String> n = name.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        if (n.isEmpty()) {
            return;
        }
        try {
            ExportPreset p = PresetReader.read(f.toPath(), n.get());
            save.accept(p);
            vm.addPreset(p);
            combo.getItems().setAll(vm.presets());
            combo.setValue(p);
        } catch (java.io.IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, Texts.error(e), ButtonType.OK);
            a.initOwner(owner);
            a.setHeaderText(Texts.get("export.sampleFailed"));
            a.showAndWait();
        }
    }
}
