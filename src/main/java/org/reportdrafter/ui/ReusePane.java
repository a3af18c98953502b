package org.reportdrafter.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import javafx.util.Duration;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.SearchFilter;
import org.reportdrafter.domain.SectionHit;
import org.reportdrafter.domain.YearNameReview;

/** 素材库: search the library, similar sections for the node being edited, the phrase library. */
final class ReusePane extends TabPane {
    private final ReuseViewModel vm;
    private final TextField query = new TextField();
    private final ComboBox<Object> kind = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField org = new TextField();
    private final ListView<SectionHit> results = new ListView<>();
    private final ListView<SectionHit> similar = new ListView<>();
    private final TextField phraseFilter = new TextField();
    private final ListView<String> phrases = new ListView<>();
    private final PauseTransition similarDelay = new PauseTransition(Duration.millis(300));
    private final java.util.function.Supplier<Window> owner;
    private final java.util.function.Supplier<org.fxmisc.richtext.StyleClassedTextArea> focusedArea;

    ReusePane(ReuseViewModel vm, java.util.function.Supplier<Window> owner,
              java.util.function.Supplier<org.fxmisc.richtext.StyleClassedTextArea> focusedArea) {
        this.vm = vm;
        this.owner = owner;
        this.focusedArea = focusedArea;
        setId("reuse-pane");
        getTabs().addAll(searchTab(), similarTab(), phraseTab());
        getTabs().forEach(t -> t.setClosable(false));
    }

    private Tab searchTab() {
        query.setId("search-field");
        query.setPromptText(Texts.get("reuse.queryPrompt"));
        Tips.set(query, Texts.get("reuse.queryTip")); // the whole rule: the prompt is cut in a narrow pane
        kind.getItems().add(Texts.get("reuse.allKinds"));
        kind.getItems().addAll(ReportKind.values());
        kind.getSelectionModel().selectFirst();
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o instanceof ReportKind k ? PropertiesPane.kindName(k) : String.valueOf(o);
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        from.setPromptText(Texts.get("reuse.fromYear"));
        to.setPromptText(Texts.get("reuse.toYear"));
        org.setPromptText(Texts.get("reuse.organization"));
        from.setPrefColumnCount(4);
        to.setPrefColumnCount(4);
        org.setPrefColumnCount(6);
        query.setOnAction(e -> runSearch());
        results.setId("search-results");
        results.setCellFactory(v -> new HitCell());
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                vm.open(results.getSelectionModel().getSelectedItem());
            }
        });
        CheckBox templates = new CheckBox(Texts.get("reuse.includeTemplates"));
        templates.setId("search-include-templates");
        templates.selectedProperty().bindBidirectional(vm.includeTemplatesProperty());
        CheckBox own = new CheckBox(Texts.get("reuse.includeOpen"));
        own.setId("search-include-open");
        own.selectedProperty().bindBidirectional(vm.includeOpenReportProperty());
        templates.setOnAction(e -> rerun());
        own.setOnAction(e -> rerun());
        Button open = new Button(Texts.get("reuse.open"));
        open.setOnAction(e -> selected(results).ifPresent(vm::open));
        VBox box = new VBox(6, query, new FlowPane(6, 6, kind, from, to, org, templates, own), results, insertButtons(results, open));
        box.setPadding(new Insets(6));
        VBox.setVgrow(results, Priority.ALWAYS);
        return new Tab(Texts.get("reuse.searchTab"), box);
    }

    private Tab similarTab() {
        similar.setId("similar-results");
        similar.setCellFactory(v -> new HitCell());
        similar.setItems(vm.similar());
        Label nothing = new Label();
        nothing.setWrapText(true);
        nothing.setId("similar-status");
        nothing.textProperty().bind(vm.similarStatusProperty());
        similar.setPlaceholder(nothing);
        Label hint = new Label(Texts.get("reuse.similarHint"));
        hint.setWrapText(true);
        similarDelay.setOnFinished(e -> {
            hint.setText(Texts.get("reuse.similarHint"));
            vm.updateSimilarInBackground(current(), similarLookup, javafx.application.Platform::runLater,
                    why -> hint.setText(Texts.get("reuse.similarFailed", why)));
        });
        VBox box = new VBox(6, hint, similar, insertButtons(similar, null));
        box.setPadding(new Insets(6));
        VBox.setVgrow(similar, Priority.ALWAYS);
        similarTab = Tabs.deferred(new Tab(Texts.get("reuse.similarTab")), box);
        // looked up when shown: a query per pause in typing for a list nobody sees is wasted
        similarTab.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                similarDelay.playFromStart();
            }
        });
        return similarTab;
    }

    private Tab phraseTab() {
        phraseFilter.setPromptText(Texts.get("reuse.phraseFilter"));
        phrases.setId("phrase-list");
        // an empty list says what phrases are for and how to keep one, or that the filter found none
        Label none = new Label();
        none.setId("phrase-empty");
        none.setWrapText(true);
        none.setPadding(new Insets(8));
        phrases.setPlaceholder(none);
        Runnable fill = () -> {
            phrases.getItems().setAll(vm.phrases(phraseFilter.getText()));
            none.setText(ReuseViewModel.noPhrasesText(phraseFilter.getText()));
        };
        phraseFilter.textProperty().addListener((o, a, b) -> fill.run());
        Button insert = new Button(Texts.get("reuse.insertPhrase"));
        insert.setOnAction(e -> {
            String p = phrases.getSelectionModel().getSelectedItem();
            var area = focusedArea.get();
            if (p != null && area != null) {
                area.replaceSelection(p);
                vm.phraseUsed(p);
            }
        });
        Button save = new Button(Texts.get("reuse.savePhrase"));
        save.setId("phrase-save");
        save.setOnAction(e -> {
            var area = focusedArea.get();
            if (area != null && !area.getSelectedText().isBlank()) {
                vm.savePhrase(area.getSelectedText());
                fill.run();
            }
        });
        Button remove = new Button(Texts.get("reuse.delete"));
        remove.setOnAction(e -> {
            String p = phrases.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.removePhrase(p);
                fill.run();
            }
        });
        fill.run();
        VBox box = new VBox(6, phraseFilter, phrases, new FlowPane(6, 6, insert, save, remove));
        box.setPadding(new Insets(6));
        VBox.setVgrow(phrases, Priority.ALWAYS);
        return Tabs.deferred(new Tab(Texts.get("reuse.phraseTab")), box);
    }

    private FlowPane insertButtons(ListView<SectionHit> list, Button first) {
        Button sibling = new Button(Texts.get("reuse.insertSibling"));
        sibling.setId(list.getId() + "-insert");
        Button child = new Button(Texts.get("reuse.insertChild"));
        Button replace = new Button(Texts.get("reuse.replaceText"));
        sibling.setOnAction(e -> selected(list).ifPresent(h -> insert(h, ReuseViewModel.InsertMode.SIBLING)));
        child.setOnAction(e -> selected(list).ifPresent(h -> insert(h, ReuseViewModel.InsertMode.CHILD)));
        replace.setOnAction(e -> selected(list).ifPresent(h -> insert(h, ReuseViewModel.InsertMode.REPLACE_TEXT)));
        FlowPane p = new FlowPane(6, 6);
        if (first != null) {
            p.getChildren().add(first);
        }
        p.getChildren().addAll(sibling, child, replace);
        return p;
    }

    private static java.util.Optional<SectionHit> selected(ListView<SectionHit> list) {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private OutlineNode current() {
        OutlineEditorViewModel ed = vmEditor();
        return ed == null ? null : ed.selected();
    }

    private OutlineEditorViewModel vmEditor() {
        return libraryEditor.get();
    }

    private java.util.function.Supplier<OutlineEditorViewModel> libraryEditor = () -> null;

    void setEditorSupplier(java.util.function.Supplier<OutlineEditorViewModel> s) {
        libraryEditor = s;
    }

    void dispose() {
        similarDelay.stop();
        similarLookup.shutdownNow();
    }

    private Tab similarTab;

    /** The similar sections' queries run here, one at a time, off the FX thread. */
    private final java.util.concurrent.ExecutorService similarLookup = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-drafter-similar");
        t.setDaemon(true);
        return t;
    });

    /** The node being edited changed, or its heading: refresh the similar sections when typing pauses. */
    void editingChanged() {
        // a window replaced by the language switch keeps its listeners on the report: it looks nothing up
        if (similarTab != null && similarTab.isSelected() && isVisible() && !similarLookup.isShutdown()) {
            similarDelay.playFromStart();
        }
    }

    void runSearch() {
        Set<ReportKind> kinds = kind.getValue() instanceof ReportKind k ? EnumSet.of(k) : Set.of();
        vm.search(query.getText(), new SearchFilter(kinds, year(from), year(to), org.getText()));
        results.setItems(vm.results());
    }

    private void rerun() {
        if (!query.getText().isBlank()) {
            runSearch();
        }
    }

    void search(String text) {
        query.setText(text);
        runSearch();
    }

    private static Integer year(TextField f) {
        String t = f.getText().strip();
        return t.matches("[0-9]{4}") ? Integer.valueOf(t) : null;
    }

    private void insert(SectionHit hit, ReuseViewModel.InsertMode mode) {
        if (vmEditor() == null) {
            return;
        }
        List<YearNameReview.Item> review = vm.insert(hit, mode);
        if (!review.isEmpty()) {
            reviewDialog(review).show();
        }
    }

    /** 年份和单位核对: each change listed with a checkbox; only the accepted ones are applied. */
    Dialog<ButtonType> reviewDialog(List<YearNameReview.Item> items) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Texts.get("reuse.reviewTitle"));
        d.initOwner(owner.get());
        VBox rows = new VBox(6);
        List<CheckBox> boxes = new java.util.ArrayList<>();
        for (YearNameReview.Item it : items) {
            String context = it.paragraph() < 0 ? it.node().heading() : it.node().body().get(it.paragraph());
            int a = Math.max(0, it.offset() - 10);
            int b = Math.min(context.length(), it.offset() + it.found().length() + 10);
            // the reason comes from the domain, in Chinese
            CheckBox c = new CheckBox(Texts.get("reuse.reviewItem", it.found(), it.proposed(), ReuseViewModel.reason(it), context.substring(a, b)));
            boxes.add(c);
            rows.getChildren().add(c);
        }
        Button all = new Button(Texts.get("reuse.acceptAll"));
        all.setOnAction(e -> boxes.forEach(c -> c.setSelected(true)));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setPrefSize(640, 300);
        d.getDialogPane().setContent(new VBox(8, new Label(Texts.get("reuse.reviewHint")), scroll, all));
        d.getDialogPane().setId("review-dialog");
        d.getDialogPane().setStyle(CjkFonts.style(14));
        ButtonType apply = new ButtonType(Texts.get("reuse.applySelected"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        Dialogs.whenClosed(d, result -> {
            if (result == apply) {
                List<YearNameReview.Item> accepted = new java.util.ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    if (boxes.get(i).isSelected()) {
                        accepted.add(items.get(i));
                    }
                }
                vm.applyReview(accepted);
            }
        });
        return d;
    }

    /** A result: report and year, section path, the snippet with the terms highlighted. */
    private static final class HitCell extends ListCell<SectionHit> {
        HitCell() {
            // a hit reads whole within the pane, however narrow: the cell asks for no width of its own, so the
            // list gives it its own and the title, place and excerpt wrap in it (they ran off the right edge)
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SectionHit h, boolean empty) {
            super.updateItem(h, empty);
            setText(null);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(h.reportTitle() + (h.year() == null ? "" : Texts.get("reuse.year", String.valueOf(h.year()))));
            title.setStyle("-fx-font-weight: bold;");
            title.setWrapText(true);
            Label path = new Label(h.path());
            path.setStyle("-fx-text-fill: #555;");
            path.setWrapText(true);
            TextFlow snippet = new TextFlow();
            int at = 0;
            for (int[] hl : h.highlights()) {
                if (hl[0] < at) {
                    continue;
                }
                snippet.getChildren().add(new Text(h.snippet().substring(at, hl[0])));
                Text t = new Text(h.snippet().substring(hl[0], hl[1]));
                t.setStyle("-fx-fill: #b3261e; -fx-font-weight: bold;");
                snippet.getChildren().add(t);
                at = hl[1];
            }
            snippet.getChildren().add(new Text(h.snippet().substring(Math.min(at, h.snippet().length()))));
            VBox box = new VBox(2, title, path, snippet);
            setGraphic(box);
        }
    }
}
