package org.reportdrafter.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.importing.LibraryImporter;

/** The main window. Thin: state and logic are in {@link LibraryViewModel} and {@link OutlineEditorViewModel}. */
final class MainWindow extends BorderPane {
    private final LibraryViewModel library;
    private final HostServices hostServices;
    private final OutlineEditorView editorView = new OutlineEditorView();
    private final PropertiesPane properties = new PropertiesPane();
    private final ProofreadPane proofread = new ProofreadPane();
    private final ReuseViewModel reuse;
    private final ReusePane reusePane;
    private final CoverageViewModel coverageVm; // yearly cycle (issue 14)
    private final CoveragePane coverage;
    private final TreeView<Object> libraryTree = new TreeView<>();
    private final TreeView<OutlineNode> navTree = new TreeView<>();
    private final Label chars = new Label();
    private final Label sectionChars = new Label();
    private final Label saveState = new Label();
    private final Label taskMessage = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final HBox findBar = new HBox(6);
    private final TextField findField = new TextField();
    private final Label findStatus = new Label();
    private final PauseTransition navRebuild = new PauseTransition(Duration.millis(150));
    private final SimpleBooleanProperty noReport = new SimpleBooleanProperty(true);
    private final List<AppAction> actions = new ArrayList<>();

    MainWindow(LibraryViewModel library, HostServices hostServices) {
        this.library = library;
        this.hostServices = hostServices;
        this.reuse = new ReuseViewModel(library, library.phrases());
        this.reusePane = new ReusePane(reuse, this::window, editorView::lastFocusedArea);
        this.coverageVm = CoveragePane.viewModel(library);
        this.coverage = new CoveragePane(coverageVm, this::window);
        reusePane.setEditorSupplier(library::editor);
        editorView.setOpenSource(p -> {
            if (p.reportId() != null && library.repository().load(p.reportId()).isPresent()) {
                reuse.openAt(p.reportId(), p.nodeUid());
            }
        });
        setId("main-window");
        setStyle(CjkFonts.style(14));
        getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        buildActions();
        setTop(new VBox(menuBar(), toolBar(), findBar(), new SaveBanner(library)));
        setLeft(libraryPane());
        navTree.setId("nav-tree");
        navTree.setShowRoot(false);
        navTree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(OutlineNode n, boolean empty) {
                super.updateItem(n, empty);
                OutlineEditorViewModel vm = library.editor();
                setText(empty || n == null || vm == null ? null : vm.label(n) + shorten(n.heading().isEmpty() && !n.body().isEmpty() ? n.body().get(0) : n.heading()));
            }
        });
        navTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            OutlineEditorViewModel vm = library.editor();
            if (b != null && vm != null && b.getValue() != vm.selected()) {
                vm.select(b.getValue());
                vm.focusRequestProperty().set(new OutlineEditorViewModel.FocusRequest(b.getValue(),
                        org.reportdrafter.domain.edit.TextEdit.Field.HEADING, -1));
            }
        });
        TitledPane nav = new TitledPane(Texts.get("nav.title"), navTree);
        nav.setCollapsible(false);
        nav.setMaxHeight(Double.MAX_VALUE);
        SplitPane center = new SplitPane(nav, editorView);
        center.setDividerPositions(0.22);
        setCenter(center);
        ScrollPane propsScroll = new ScrollPane(properties);
        propsScroll.setFitToWidth(true);
        TitledPane props = new TitledPane(Texts.get("props.pane"), propsScroll);
        props.setCollapsible(false);
        TitledPane checks = new TitledPane("校对", proofread);
        checks.setId("proofread-pane");
        checks.setCollapsible(false);
        checks.setMaxHeight(Double.MAX_VALUE);
        TitledPane cycle = new TitledPane("对照", coverage);
        cycle.setId("coverage-pane");
        cycle.setCollapsible(false);
        cycle.setMaxHeight(Double.MAX_VALUE);
        SplitPane right = new SplitPane(props, checks, cycle);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.2, 0.34);
        right.setPrefWidth(360);
        setRight(right);
        proofread.onMarksChanged(editorView::refreshCells);
        setBottom(statusBar());
        navRebuild.setOnFinished(e -> rebuildNav());
        library.editorProperty().addListener((o, a, b) -> showEditor(b));
        library.saveStateProperty().addListener((o, a, b) -> saveState.setText(b));
        installFileDrop();
        // Shortcuts come from the action list and run before a text area's own key handling
        // (RichTextFX would otherwise take Ctrl+Z for its own, disabled, undo).
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, ev -> {
            for (AppAction a : actions) {
                if (a.accelerator() != null && a.accelerator().match(ev) && !a.disabled().get()) {
                    a.handler().run();
                    ev.consume();
                    return;
                }
            }
        });
        refreshLibrary();
        showEditor(library.editor());
    }

    // ---- actions -------------------------------------------------------------------------------

    private void buildActions() {
        BooleanExpression none = noReport;
        String f = "menu.file";
        String e = "menu.edit";
        String o = "menu.outline";
        String v = "menu.view";
        actions.add(AppAction.of("action-new", f, Texts.get("action.new"), "Shortcut+N", true, this::newReport, null));
        actions.add(AppAction.of("action-import", f, Texts.get("action.import"), "Shortcut+O", true, this::chooseImport, null));
        actions.add(AppAction.of("action-export", f, Texts.get("action.export"), "Shortcut+E", true, this::chooseExport, none));
        actions.add(AppAction.of("action-save-template", f, Texts.get("action.saveTemplate"), null, false, library::saveAsTemplate, none));
        actions.add(AppAction.of("action-save-version", f, "保存版本…", "Shortcut+Shift+S", false, this::saveVersion, none));
        actions.add(AppAction.of("action-versions", f, "版本历史…", null, false, () -> new VersionsDialog(library, window()).show(), none));
        actions.add(AppAction.of("action-summary-from-plan", f, "由计划起草总结", null, false, coverageVm::draftSummaryFromPlan, none));
        actions.add(AppAction.of("action-next-plan", f, "起草下一年计划", null, false, this::draftNextPlan, none));
        actions.add(AppAction.of("action-export-json", f, "导出便携文件（.json）…", null, false, this::chooseExportJson, none));
        actions.add(AppAction.of("action-backup", f, "备份资料库…", null, false, this::chooseBackup, null));
        actions.add(AppAction.of("action-restore", f, "从备份恢复…", null, false, this::chooseRestore, null));
        actions.add(AppAction.of("action-undo", e, Texts.get("action.undo"), "Shortcut+Z", true, () -> withEditor(OutlineEditorViewModel::undo), none));
        actions.add(AppAction.of("action-redo", e, Texts.get("action.redo"), "Shortcut+Y", true, () -> withEditor(OutlineEditorViewModel::redo), none));
        actions.add(AppAction.of("action-redo2", e, Texts.get("action.redo"), "Shortcut+Shift+Z", false, () -> withEditor(OutlineEditorViewModel::redo), none));
        actions.add(AppAction.of("action-find", e, Texts.get("action.find"), "Shortcut+F", false, this::showFind, none));
        actions.add(AppAction.of("action-add-sibling", o, Texts.get("action.addSibling"), null, true, () -> withEditor(vm -> vm.addSiblingAfter() != null), none));
        actions.add(AppAction.of("action-add-child", o, Texts.get("action.addChild"), null, true, () -> withEditor(vm -> vm.addChild() != null), none));
        actions.add(AppAction.of("action-indent", o, Texts.get("action.indent"), null, true, () -> withEditor(OutlineEditorViewModel::indent), none));
        actions.add(AppAction.of("action-outdent", o, Texts.get("action.outdent"), null, true, () -> withEditor(OutlineEditorViewModel::outdent), none));
        actions.add(AppAction.of("action-move-up", o, Texts.get("action.moveUp"), "Alt+Shift+Up", true, () -> withEditor(OutlineEditorViewModel::moveUp), none));
        actions.add(AppAction.of("action-move-down", o, Texts.get("action.moveDown"), "Alt+Shift+Down", true, () -> withEditor(OutlineEditorViewModel::moveDown), none));
        actions.add(AppAction.of("action-move-up2", o, Texts.get("action.moveUp"), "Shortcut+Shift+Up", false, () -> withEditor(OutlineEditorViewModel::moveUp), none));
        actions.add(AppAction.of("action-move-down2", o, Texts.get("action.moveDown"), "Shortcut+Shift+Down", false, () -> withEditor(OutlineEditorViewModel::moveDown), none));
        actions.add(AppAction.of("action-split", o, Texts.get("action.split"), "Shortcut+Shift+Enter", false, this::splitAtCaret, none));
        actions.add(AppAction.of("action-merge", o, Texts.get("action.merge"), "Shortcut+Shift+M", false, () -> withEditor(OutlineEditorViewModel::mergeIntoPrevious), none));
        actions.add(AppAction.of("action-to-child", o, Texts.get("action.toChild"), "Shortcut+Shift+Right", false, this::paragraphToChild, none));
        actions.add(AppAction.of("action-to-paragraph", o, Texts.get("action.toParagraph"), "Shortcut+Shift+Left", false, () -> withEditor(OutlineEditorViewModel::childToParagraph), none));
        actions.add(AppAction.of("action-delete-node", o, Texts.get("action.deleteNode"), "Shortcut+Shift+D", false, () -> withEditor(OutlineEditorViewModel::deleteSelected), none));
        actions.add(AppAction.of("action-expand-all", v, Texts.get("action.expandAll"), null, false, () -> withEditor(vm -> {
            vm.expandAll();
            return true;
        }), none));
        for (int level = 1; level <= 4; level++) {
            int l = level;
            actions.add(AppAction.of("action-expand-" + l, v, Texts.get("action.expandLevel", l), "Shortcut+" + l, false, () -> withEditor(vm -> {
                vm.expandToLevel(l);
                return true;
            }), none));
        }
        actions.add(AppAction.of("action-language", v, Texts.get("action.language"), null, false, this::toggleLanguage, null));
    }

    private void withEditor(java.util.function.Predicate<OutlineEditorViewModel> op) {
        OutlineEditorViewModel vm = library.editor();
        if (vm != null) {
            op.test(vm);
        }
    }

    List<AppAction> actions() {
        return actions;
    }

    void run(String actionId) {
        actions.stream().filter(a -> a.id().equals(actionId)).findFirst().orElseThrow().handler().run();
    }

    private MenuBar menuBar() {
        Map<String, Menu> menus = new LinkedHashMap<>();
        for (String m : List.of("menu.file", "menu.edit", "menu.outline", "menu.view")) {
            menus.put(m, new Menu(Texts.get(m)));
        }
        for (AppAction a : actions) {
            MenuItem item = new MenuItem(a.text());
            item.setId("menu-" + a.id());
            item.setAccelerator(a.accelerator());
            item.setOnAction(ev -> a.handler().run());
            item.disableProperty().bind(a.disabled());
            menus.get(a.menu()).getItems().add(item);
        }
        return new MenuBar(menus.values().toArray(Menu[]::new));
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        for (AppAction a : actions) {
            if (a.toolbar()) {
                Button b = new Button(a.text());
                b.setId(a.id());
                b.setOnAction(ev -> a.handler().run());
                b.disableProperty().bind(a.disabled());
                b.setFocusTraversable(false);
                bar.getItems().add(b);
            }
        }
        return bar;
    }

    // ---- library -------------------------------------------------------------------------------

    private VBox libraryPane() {
        libraryTree.setId("library-tree");
        libraryTree.setShowRoot(false);
        libraryTree.setPrefWidth(250);
        libraryTree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof ReportSummary s) {
                    setText(s.title().isBlank() ? "（无标题）" : s.title());
                } else {
                    setText(item.toString());
                }
            }
        });
        libraryTree.setOnMouseClicked(ev -> {
            if (ev.getClickCount() == 2) {
                openSelected();
            }
        });
        libraryTree.setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (ev.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
        MenuItem open = new MenuItem("打开");
        open.setOnAction(ev -> openSelected());
        MenuItem rename = new MenuItem(Texts.get("action.rename"));
        rename.setOnAction(ev -> renameSelected());
        MenuItem dup = new MenuItem(Texts.get("action.duplicate"));
        dup.setOnAction(ev -> selectedSummary().ifPresent(s -> library.open(library.duplicate(s.id()))));
        MenuItem del = new MenuItem(Texts.get("action.delete"));
        del.setOnAction(ev -> deleteSelected());
        libraryTree.setContextMenu(new ContextMenu(open, rename, dup, del));
        MenuItem fromThis = new MenuItem("以此为基础新建…");
        fromThis.setOnAction(ev -> selectedSummary().ifPresent(this::newFromExisting));
        libraryTree.getContextMenu().getItems().add(1, fromThis);
        SplitPane split = new SplitPane(libraryTree, reusePane);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.35);
        VBox box = new VBox(split);
        box.setPrefWidth(320);
        VBox.setVgrow(split, Priority.ALWAYS);
        library.drafts().addListener((javafx.collections.ListChangeListener<ReportSummary>) c -> refreshLibrary());
        library.past().addListener((javafx.collections.ListChangeListener<ReportSummary>) c -> refreshLibrary());
        library.templates().addListener((javafx.collections.ListChangeListener<ReportSummary>) c -> refreshLibrary());
        return box;
    }

    private void refreshLibrary() {
        TreeItem<Object> root = new TreeItem<>("");
        root.getChildren().add(group(Texts.get("library.drafts"), library.drafts()));
        root.getChildren().add(group(Texts.get("library.past"), library.past()));
        root.getChildren().add(group(Texts.get("library.templates"), library.templates()));
        libraryTree.setRoot(root);
    }

    private static TreeItem<Object> group(String name, List<ReportSummary> items) {
        TreeItem<Object> g = new TreeItem<>(name + "（" + items.size() + "）");
        for (ReportSummary s : items) {
            g.getChildren().add(new TreeItem<>(s));
        }
        g.setExpanded(true);
        return g;
    }

    private Optional<ReportSummary> selectedSummary() {
        TreeItem<Object> item = libraryTree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof ReportSummary s ? Optional.of(s) : Optional.empty();
    }

    private void openSelected() {
        selectedSummary().ifPresent(s -> library.open(s.id()));
    }

    private void renameSelected() {
        selectedSummary().ifPresent(s -> {
            TextInputDialog d = new TextInputDialog(s.title());
            d.setTitle(Texts.get("dialog.rename.title"));
            d.setHeaderText(null);
            d.initOwner(window());
            d.showAndWait().ifPresent(t -> library.rename(s.id(), t.strip()));
        });
    }

    private void deleteSelected() {
        selectedSummary().ifPresent(s -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("dialog.delete.confirm", s.title()), ButtonType.OK, ButtonType.CANCEL);
            a.setHeaderText(null);
            a.initOwner(window());
            if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                library.delete(s.id());
            }
        });
    }

    // ---- editor ---------------------------------------------------------------------------------

    private void showEditor(OutlineEditorViewModel vm) {
        noReport.set(vm == null);
        ProofreadViewModel checksVm = vm == null ? null : new ProofreadViewModel(vm);
        editorView.setMarks(checksVm == null ? n -> java.util.List.of() : checksVm::findingsFor);
        editorView.setViewModel(vm);
        properties.setViewModel(vm);
        proofread.setViewModel(checksVm, vm);
        coverage.setEditor(vm);
        chars.textProperty().unbind();
        sectionChars.textProperty().unbind();
        if (vm == null) {
            chars.setText("");
            sectionChars.setText("");
            navTree.setRoot(null);
            return;
        }
        chars.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("status.chars", vm.reportCharsProperty().get()),
                vm.reportCharsProperty()));
        sectionChars.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("status.sectionChars", vm.sectionCharsProperty().get()),
                vm.sectionCharsProperty()));
        vm.structureVersionProperty().addListener((o, a, b) -> {
            if (library.editor() == vm) {
                navRebuild.playFromStart();
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> reusePane.editingChanged());
        vm.versionProperty().addListener((o, a, b) -> reusePane.editingChanged());
        rebuildNav();
        saveState.setText(library.saveStateProperty().get());
    }

    private void rebuildNav() {
        OutlineEditorViewModel vm = library.editor();
        if (vm == null) {
            return;
        }
        TreeItem<OutlineNode> root = new TreeItem<>(vm.report().root());
        addNav(root, vm.report().root());
        navTree.setRoot(root);
    }

    private static void addNav(TreeItem<OutlineNode> item, OutlineNode node) {
        for (OutlineNode c : node.children()) {
            if (c.labelMode() == org.reportdrafter.domain.LabelMode.SHI || c.labelMode() == org.reportdrafter.domain.LabelMode.YAO) {
                continue; // 一是 items are paragraphs, not headings
            }
            TreeItem<OutlineNode> ci = new TreeItem<>(c);
            ci.setExpanded(c.depth() < 2);
            item.getChildren().add(ci);
            addNav(ci, c);
        }
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private void splitAtCaret() {
        OutlineEditorViewModel vm = library.editor();
        if (vm == null || vm.selected() == null) {
            return;
        }
        NodeCell cell = editorView.visibleCell(vm.selected());
        if (cell == null) {
            return;
        }
        var body = cell.area(org.reportdrafter.domain.edit.TextEdit.Field.BODY);
        if (body.isFocused()) {
            vm.split(org.reportdrafter.domain.edit.TextEdit.Field.BODY, body.getCurrentParagraph(), body.getCaretColumn());
        } else {
            var heading = cell.area(org.reportdrafter.domain.edit.TextEdit.Field.HEADING);
            vm.split(org.reportdrafter.domain.edit.TextEdit.Field.HEADING, 0, heading.getCaretPosition());
        }
    }

    private void paragraphToChild() {
        OutlineEditorViewModel vm = library.editor();
        if (vm == null || vm.selected() == null) {
            return;
        }
        NodeCell cell = editorView.visibleCell(vm.selected());
        var body = cell == null ? null : cell.area(org.reportdrafter.domain.edit.TextEdit.Field.BODY);
        vm.paragraphToChild(body == null ? 0 : body.getCurrentParagraph());
    }

    // ---- find -----------------------------------------------------------------------------------

    private HBox findBar() {
        findField.setId("find-field");
        findField.setPromptText(Texts.get("find.prompt"));
        findField.setOnAction(e -> {
            OutlineEditorViewModel vm = library.editor();
            if (vm == null) {
                return;
            }
            if (vm.matchCount() > 0 && e.getSource() == findField && findField.getUserData() != null
                    && findField.getUserData().equals(findField.getText())) {
                vm.nextMatch();
            } else {
                vm.find(findField.getText());
                findField.setUserData(findField.getText());
            }
            findStatus.setText(vm.matchCount() == 0 ? Texts.get("find.none") : Texts.get("find.count", vm.matchIndex() + 1, vm.matchCount()));
        });
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                findBar.setVisible(false);
                findBar.setManaged(false);
            }
        });
        Button close = new Button("×");
        close.setOnAction(e -> {
            findBar.setVisible(false);
            findBar.setManaged(false);
        });
        findBar.getChildren().addAll(findField, findStatus, close);
        findBar.setPadding(new Insets(4, 8, 4, 8));
        findBar.setAlignment(Pos.CENTER_LEFT);
        findBar.setVisible(false);
        findBar.setManaged(false);
        return findBar;
    }

    private void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        findField.requestFocus();
        findField.selectAll();
    }

    // ---- status, import, export -------------------------------------------------------------------

    private HBox statusBar() {
        chars.setId("status-chars");
        sectionChars.setId("status-section-chars");
        saveState.setId("status-save");
        taskMessage.setId("status-task");
        progress.setId("status-progress");
        progress.setVisible(false);
        progress.setPrefWidth(160);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(16, chars, sectionChars, spring, taskMessage, progress, saveState);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void installFileDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private void chooseImport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("action.import"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word / 文本", "*.docx", "*.doc", "*.txt", "*.json"));
        List<File> files = fc.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Imports off the FX thread with a progress bar, then shows what was imported and what failed and why. */
    Task<List<LibraryImporter.FileResult>> importFiles(List<Path> files) {
        Task<List<LibraryImporter.FileResult>> task = new Task<>() {
            @Override
            protected List<LibraryImporter.FileResult> call() {
                return library.importFiles(files, (done, total, current) -> {
                    updateProgress(done, total);
                    updateMessage(current == null ? "" : "正在导入 " + current.getFileName() + "（" + (done + 1) + "/" + total + "）");
                });
            }
        };
        runWithProgress(task);
        task.setOnSucceeded(e -> {
            endProgress();
            library.refresh();
            List<LibraryImporter.FileResult> results = task.getValue();
            int ok = (int) results.stream().filter(LibraryImporter.FileResult::ok).count();
            int docs = results.stream().mapToInt(r -> r.reports().size()).sum();
            StringBuilder details = new StringBuilder();
            for (LibraryImporter.FileResult r : results) {
                details.append(r.ok() ? "✓ " + r.file().getFileName() + "：" + r.reports().size() + " 份文档"
                        : "✗ " + r.error()).append('\n');
            }
            Alert a = new Alert(results.size() == ok ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
            a.setTitle(Texts.get("dialog.import.title"));
            a.setHeaderText(Texts.get("dialog.import.summary", ok, docs, results.size() - ok));
            a.setContentText(details.toString().strip());
            a.initOwner(window());
            a.getDialogPane().setId("import-summary");
            a.show();
        });
        task.setOnFailed(e -> failed(task.getException()));
        return task;
    }

    private void chooseExport() {
        OutlineEditorViewModel vm = library.editor();
        if (vm == null) {
            return;
        }
        var choice = ExportDialog.show(window(), new ExportDialogViewModel(vm.report().snapshot(), library.exportPresets().all()),
                p -> library.exportPresets().save(p, null));
        if (choice.isEmpty()) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("action.export"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word 文档", "*.docx"));
        fc.setInitialFileName(DocxExporter.suggestedFileName(vm.report()));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            exportTo(f.toPath(), choice.get());
        }
    }

    /** Exports off the FX thread, then offers to open the file or its folder. */
    Task<DocxExporter.Result> exportTo(Path out) {
        return exportTo(out, null);
    }

    Task<DocxExporter.Result> exportTo(Path out, ExportDialogViewModel choice) {
        Task<DocxExporter.Result> task = new Task<>() {
            @Override
            protected DocxExporter.Result call() throws Exception {
                updateMessage("正在导出 " + out.getFileName());
                return choice == null ? library.export(out) : choice.export(out);
            }
        };
        runWithProgress(task);
        task.setOnSucceeded(e -> {
            endProgress();
            DocxExporter.Result r = task.getValue();
            ButtonType open = new ButtonType(Texts.get("dialog.export.open"), ButtonBar.ButtonData.OK_DONE);
            ButtonType folder = new ButtonType(Texts.get("dialog.export.folder"), ButtonBar.ButtonData.OTHER);
            ButtonType close = new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = new Alert(Alert.AlertType.INFORMATION, String.join("\n", r.warnings()), open, folder, close);
            a.setHeaderText(Texts.get("dialog.export.done", r.file()));
            a.initOwner(window());
            a.getDialogPane().setId("export-done");
            a.setOnHidden(ev -> {
                if (a.getResult() == open) {
                    hostServices.showDocument(r.file().toUri().toString());
                } else if (a.getResult() == folder) {
                    hostServices.showDocument(r.file().toAbsolutePath().getParent().toUri().toString());
                }
            });
            a.show();
        });
        task.setOnFailed(e -> failed(task.getException()));
        return task;
    }

    private void runWithProgress(Task<?> task) {
        progress.progressProperty().bind(task.progressProperty());
        taskMessage.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        Thread t = new Thread(task, "report-drafter-task");
        t.setDaemon(true);
        t.start();
    }

    private void endProgress() {
        progress.progressProperty().unbind();
        taskMessage.textProperty().unbind();
        progress.setVisible(false);
        taskMessage.setText("");
    }

    private void failed(Throwable t) {
        endProgress();
        Alert a = new Alert(Alert.AlertType.ERROR, t == null ? "未知错误" : t.getMessage(), ButtonType.OK);
        a.setHeaderText(null);
        a.initOwner(window());
        a.show();
    }

    /** Stops the timers that would otherwise touch the library after it was closed. */
    void dispose() {
        navRebuild.stop();
        proofread.dispose();
        reusePane.dispose();
        coverage.dispose();
    }

    ReusePane reusePane() {
        return reusePane;
    }

    /** 起草下一年计划 on the open summary, then the review of years and names kept from last year's plan. */
    private void draftNextPlan() {
        var review = coverageVm.draftNextPlan();
        if (!review.isEmpty()) {
            reusePane.reviewDialog(review).show();
        }
    }

    /** Last year's report as the start of this year's: organization and year asked, then the review. */
    private void newFromExisting(ReportSummary s) {
        TextInputDialog d = new TextInputDialog(String.valueOf(s.year() == null ? Year.now().getValue() : s.year() + 1));
        d.setTitle("以此为基础新建");
        d.setHeaderText("新报告的年份（单位沿用“" + s.organization() + "”，可在属性中修改）");
        d.initOwner(window());
        d.showAndWait().filter(t -> t.strip().matches("[0-9]{4}")).ifPresent(t -> {
            var review = reuse.newFromExisting(s.id(), s.organization(), Integer.parseInt(t.strip()));
            if (!review.isEmpty()) {
                reusePane.reviewDialog(review).show();
            }
        });
    }

    // ---- versions, backups ------------------------------------------------------------------------

    private void saveVersion() {
        TextInputDialog d = new TextInputDialog("送审稿");
        d.setTitle("保存版本");
        d.setHeaderText("给这个版本起个名字");
        d.initOwner(window());
        d.showAndWait().ifPresent(name -> library.saveNamedVersion(name.strip()));
    }

    private void chooseExportJson() {
        OutlineEditorViewModel vm = library.editor();
        FileChooser fc = new FileChooser();
        fc.setTitle("导出便携文件");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("报告起草助手便携文件", "*.json"));
        fc.setInitialFileName(DocxExporter.suggestedFileName(vm.report()).replaceFirst("\\.docx$", ".json"));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            try {
                library.exportPortable(f.toPath());
            } catch (java.io.IOException | RuntimeException e) {
                failed(e);
            }
        }
    }

    private void chooseBackup() {
        FileChooser fc = new FileChooser();
        fc.setTitle("备份资料库");
        fc.setInitialFileName("报告起草助手资料库备份-" + java.time.LocalDate.now() + ".db");
        File f = fc.showSaveDialog(window());
        if (f != null) {
            backupTo(f.toPath());
        }
    }

    /** Backs the library up off the FX thread: a large library takes seconds to copy. */
    Task<Void> backupTo(Path out) {
        library.saveNow();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                updateMessage("正在备份资料库到 " + out.getFileName());
                updateProgress(-1, 1);
                library.backup(out);
                return null;
            }
        };
        runWithProgress(task);
        task.setOnSucceeded(e -> {
            endProgress();
            saveState.setText("已备份到 " + out);
        });
        task.setOnFailed(e -> failed(task.getException()));
        return task;
    }

    private void chooseRestore() {
        FileChooser fc = new FileChooser();
        fc.setTitle("从备份恢复");
        File f = fc.showOpenDialog(window());
        if (f == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "用“" + f.getName() + "”替换整个资料库？当前资料库会先另存到 backups 文件夹。",
                ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(null);
        a.initOwner(window());
        if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK && restoreHandler != null) {
            restoreHandler.accept(f.toPath());
        }
    }

    private java.util.function.Consumer<Path> restoreHandler;

    void setRestoreHandler(java.util.function.Consumer<Path> handler) {
        this.restoreHandler = handler;
    }

    // ---- new report, language ---------------------------------------------------------------------

    private void newReport() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Texts.get("dialog.new.title"));
        d.initOwner(window());
        ComboBox<LibraryViewModel.TemplateChoice> template = new ComboBox<>();
        template.setId("new-template");
        template.getItems().setAll(library.templateChoices());
        template.getSelectionModel().selectFirst();
        TextField org = new TextField();
        org.setId("new-org");
        org.setPromptText("某县教育局");
        TextField year = new TextField(String.valueOf(Year.now().getValue()));
        year.setId("new-year");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(Texts.get("dialog.new.template")), template);
        g.addRow(1, new Label(Texts.get("dialog.new.org")), org);
        g.addRow(2, new Label(Texts.get("dialog.new.year")), year);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("new-dialog");
        d.getDialogPane().setStyle(CjkFonts.style(14));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !year.getText().strip().matches("[0-9]{4}") || template.getValue() == null, year.textProperty(), template.valueProperty()));
        d.setOnHidden(e -> {
            if (d.getResult() == ButtonType.OK) {
                library.createFromTemplate(template.getValue(), org.getText().strip(), Integer.parseInt(year.getText().strip()));
            }
        });
        d.show();
    }

    private void toggleLanguage() {
        library.setEnglish(!Texts.english());
        Scene scene = getScene();
        if (scene != null) {
            dispose();
            scene.setRoot(new MainWindow(library, hostServices));
        }
    }
}
