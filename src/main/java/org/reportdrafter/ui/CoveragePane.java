package org.reportdrafter.ui;

import java.io.File;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.reportdrafter.cycle.Coverage;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.domain.ReportSummary;

/**
 * 对照: the plan's measures with their status marks and targets beside the summary being written; a
 * click shows the plan item and the summary passage side by side and selects the passage in the
 * editor. Rechecked 600 ms after the clerk stops typing, off the FX thread.
 */
final class CoveragePane extends VBox {
    private final CoverageViewModel vm;
    private final Supplier<Window> window;
    private final ComboBox<ReportSummary> planChoice = new ComboBox<>();
    private final Label status = new Label();
    private final ListView<Object> list = new ListView<>();
    private final TextArea planArea = new TextArea();
    private final TextArea summaryArea = new TextArea();
    private final Button export = new Button(Texts.get("coverage.export"));
    private final PauseTransition recheck = new PauseTransition(Duration.millis(600));
    private final ChangeListener<Number> edited = (o, a, b) -> edited();
    private org.reportdrafter.domain.ReportKind shownKind;
    private OutlineEditorViewModel editor;
    private boolean filling;

    /** One thread for checks, so a burst of typing never runs two at once. */
    static ExecutorService checkThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "coverage-check");
            t.setDaemon(true);
            return t;
        });
    }

    CoveragePane(CoverageViewModel vm, Supplier<Window> window) {
        super(6);
        this.vm = vm;
        this.window = window;
        setPadding(new Insets(6));
        setId("coverage-pane-content");
        planChoice.setId("coverage-plan");
        list.setId("coverage-list");
        status.setId("coverage-status");
        export.setId("coverage-export");
        planArea.setId("coverage-plan-text");
        summaryArea.setId("coverage-summary-text");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        planChoice.setPromptText(Texts.get("coverage.planPrompt"));
        planChoice.setMaxWidth(Double.MAX_VALUE);
        planChoice.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReportSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.title());
            }
        });
        // a button cell of one's own is handed the empty value too, and JavaFX then shows no prompt: it says it here
        planChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ReportSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? planChoice.getPromptText() : s.title());
            }
        });
        planChoice.setOnShowing(e -> fillChoices());
        planChoice.valueProperty().addListener((o, a, b) -> {
            if (b != null && !filling && (vm.planProperty().get() == null || !Long.valueOf(b.id()).equals(vm.planProperty().get().id()))) {
                vm.choosePlan(b.id());
            }
        });
        status.textProperty().bind(vm.statusProperty());
        list.setCellFactory(v -> new ListCell<>() {
            {
                // wrap to the pane's width instead of scrolling sideways
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("coverage-covered", "coverage-partly", "coverage-missing", "coverage-unplanned");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                } else if (item instanceof Coverage.Item it) {
                    setText(it.status().mark() + " " + it.measure().label() + it.measure().heading() + targets(it));
                    setTooltip(new Tooltip(Texts.get("coverage.itemTip", CoverageViewModel.statusName(it.status()), it.measure().path())));
                    getStyleClass().add("coverage-" + it.status().code());
                } else if (item instanceof Coverage.Unplanned u) {
                    setText(Texts.get("coverage.unplanned", u.path()));
                    setTooltip(new Tooltip(u.excerpt()));
                    getStyleClass().add("coverage-unplanned");
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));
        for (TextArea t : new TextArea[] {planArea, summaryArea}) {
            t.setEditable(false);
            t.setWrapText(true);
        }
        planArea.setPromptText(Texts.get("coverage.planText"));
        summaryArea.setPromptText(Texts.get("coverage.summaryText"));
        SplitPane sideBySide = new SplitPane(planArea, summaryArea);
        sideBySide.setOrientation(Orientation.HORIZONTAL);
        sideBySide.setPrefHeight(140);
        sideBySide.setMinHeight(60);
        Button again = new Button(Texts.get("coverage.again"));
        again.setOnAction(e -> vm.refresh());
        again.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the export button gives way first
        HBox buttons = new HBox(6, again, export);
        export.setOnAction(e -> chooseExport());
        export.disableProperty().bind(vm.coverageProperty().isNull());
        // the measures and the side-by-side texts share the height, so neither is squeezed out in a short tab
        list.setMinHeight(60);
        SplitPane body = new SplitPane(list, sideBySide);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.55);
        VBox.setVgrow(body, Priority.ALWAYS);
        buttons.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(planChoice, status, body, buttons);
        vm.items().addListener((javafx.collections.ListChangeListener<Coverage.Item>) c -> fillList());
        vm.unplanned().addListener((javafx.collections.ListChangeListener<Coverage.Unplanned>) c -> fillList());
        vm.planProperty().addListener((o, a, b) -> selectChoice());
        recheck.setOnFinished(e -> vm.refresh());
    }

    private static String targets(Coverage.Item it) {
        StringBuilder sb = new StringBuilder();
        for (Coverage.TargetCheck t : it.targets()) {
            sb.append(Texts.get("coverage.target", t.planned().indicator(), t.planned().display(), t.reported() == null
                    ? Texts.get("coverage.notReported") : Texts.get("coverage.reported", t.reported().display(), CoverageViewModel.resultName(t.result()))));
        }
        return sb.toString();
    }

    void setEditor(OutlineEditorViewModel editor) {
        if (this.editor != null) {
            this.editor.versionProperty().removeListener(edited);
        }
        recheck.stop();
        this.editor = editor;
        if (editor != null) {
            editor.versionProperty().addListener(edited);
        }
        showEditor();
    }

    private void edited() {
        if (editor != null && editor.report().kind() != shownKind) {
            // a plan made a summary in 属性 (or back): what the pane asks for changes with it
            showEditor();
        } else {
            recheck.playFromStart();
        }
    }

    private void showEditor() {
        shownKind = editor == null ? null : editor.report().kind();
        vm.setEditor(editor);
        planArea.clear();
        summaryArea.clear();
        selectChoice();
    }

    private void fillChoices() {
        filling = true;
        ReportSummary keep = planChoice.getValue();
        planChoice.getItems().setAll(vm.planChoices());
        planChoice.setValue(keep);
        filling = false;
    }

    private void selectChoice() {
        filling = true;
        var p = vm.planProperty().get();
        if (p == null) {
            planChoice.setValue(null);
        } else {
            fillChoices();
            filling = true;
            planChoice.getItems().stream().filter(s -> p.id() != null && s.id() == p.id()).findFirst().ifPresent(planChoice::setValue);
        }
        filling = false;
    }

    private void fillList() {
        Object selected = list.getSelectionModel().getSelectedItem();
        java.util.List<Object> all = new java.util.ArrayList<>(vm.items());
        all.addAll(vm.unplanned());
        list.getItems().setAll(all);
        // keep the clerk's place while the list refreshes under the typing
        if (selected instanceof Coverage.Item it) {
            for (Object o : all) {
                if (o instanceof Coverage.Item x && x.measure().path().equals(it.measure().path())) {
                    list.getSelectionModel().select(o);
                    break;
                }
            }
        }
    }

    private void show(Object item) {
        if (item instanceof Coverage.Item it) {
            planArea.setText(CoverageViewModel.planText(it));
            summaryArea.setText(CoverageViewModel.evidenceText(it));
            if (!it.evidence().isEmpty() && list.isFocused()) {
                vm.jumpTo(it.evidence().get(0));
            }
        } else if (item instanceof Coverage.Unplanned u) {
            planArea.setText(Texts.get("coverage.noMeasure"));
            summaryArea.setText(u.path() + "\n" + u.excerpt());
        }
    }

    /** Selects an item as a click would (for tests and screenshots). */
    void select(int index) {
        list.getSelectionModel().select(index);
    }

    private void chooseExport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("coverage.exportTitle"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("coverage.wordFiles"), "*.docx"));
        fc.setInitialFileName(DocxExporter.suggestedFileName(editor.report()).replaceFirst("\\.docx$", "") + Texts.get("coverage.fileSuffix"));
        File f = Folders.showSave(Folders.EXPORTS, fc, window.get());
        if (f != null) {
            try {
                vm.exportWithTable(f.toPath());
            } catch (java.io.IOException | RuntimeException e) {
                Alert a = new Alert(Alert.AlertType.ERROR, Texts.get("coverage.exportFailed", Texts.error(e)), ButtonType.OK);
                a.setHeaderText(null);
                a.initOwner(window.get());
                a.show();
            }
        }
    }

    void dispose() {
        if (editor != null) {
            editor.versionProperty().removeListener(edited); // the report outlives a window the language switch replaced
        }
        recheck.stop();
    }

    static CoverageViewModel viewModel(LibraryViewModel library) {
        return new CoverageViewModel(library, Platform::runLater, checkThread());
    }
}
