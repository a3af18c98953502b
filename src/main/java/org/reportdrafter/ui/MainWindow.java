package org.reportdrafter.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.domain.edit.TextEdit;
import org.reportdrafter.importing.LibraryImporter;

/**
 * The main window: assembles the panes (one class each: {@link LibraryPane}, {@link NavigationPane},
 * {@link OutlineEditorView}, {@link PreviewPane}, {@link PropertiesPane}, {@link DocumentPartsPane},
 * {@link KeptTextPane}, {@link ProofreadPane}, {@link FindReplaceBar}, {@link StatusBar}) and owns the one
 * action list that menus, toolbar, shortcuts and the 快捷键 list are made from. State and logic live in the
 * view models.
 */
final class MainWindow extends BorderPane {
    private final LibraryViewModel library;
    private final HostServices hostServices;
    private final OutlineEditorView editorView = new OutlineEditorView();
    private final PropertiesPane properties = new PropertiesPane();
    private final DocumentPartsPane parts = new DocumentPartsPane();
    private final KeptTextPane kept = new KeptTextPane();
    private final TitledPane partsTitled;
    private final TitledPane keptTitled;
    private final ProofreadPane proofread = new ProofreadPane();
    private final ReuseViewModel reuse;
    private final ReusePane reusePane;
    private final CoverageViewModel coverageVm; // yearly cycle (issue 14)
    private final CoveragePane coverage;
    private final LibraryPane libraryPane;
    private final NavigationPane nav = new NavigationPane();
    private final StatusBar status = new StatusBar();
    private final FindReplaceBar findBar;
    private final FileActions files;
    private final PreviewPane preview;
    private final TabPane centerTabs = new TabPane();
    private final Tab previewTab;
    private final SplitPane main;
    private final SplitPane right;
    private final SimpleBooleanProperty noReport = new SimpleBooleanProperty(true);
    private final SimpleBooleanProperty cannotUndo = new SimpleBooleanProperty(true);
    private final SimpleBooleanProperty cannotRedo = new SimpleBooleanProperty(true);
    private final SimpleBooleanProperty noClutter = new SimpleBooleanProperty(true);
    private final SimpleStringProperty undoText = new SimpleStringProperty(Texts.get("action.undo"));
    private final SimpleStringProperty redoText = new SimpleStringProperty(Texts.get("action.redo"));
    private final List<AppAction> actions = new ArrayList<>();
    // removed again in dispose(): the library outlives a window the language switch replaces
    private final javafx.beans.value.ChangeListener<OutlineEditorViewModel> editorChanged = (o, a, b) -> showEditor(b);
    private final javafx.beans.value.ChangeListener<String> saveStateChanged = (o, a, b) -> status.saveState().setText(b);

    MainWindow(LibraryViewModel library, HostServices hostServices) {
        this.library = library;
        this.hostServices = hostServices;
        this.reuse = new ReuseViewModel(library, library.phrases());
        this.reusePane = new ReusePane(reuse, this::window, editorView::lastFocusedArea);
        reusePane.setEditorSupplier(library::editor);
        this.coverageVm = CoveragePane.viewModel(library);
        this.coverage = new CoveragePane(coverageVm, this::window);
        this.libraryPane = new LibraryPane(library, reuse, reusePane, this::window);
        this.findBar = new FindReplaceBar(library::editor, editorView::returnToText);
        this.files = new FileActions(library, status, this::window, hostServices);
        this.preview = new PreviewPane(r -> {
            Thread t = new Thread(r, "report-drafter-preview");
            t.setDaemon(true);
            t.start();
        });
        editorView.setOpenSource(p -> {
            if (p.reportId() != null && library.repository().load(p.reportId()).isPresent()) {
                reuse.openAt(p.reportId(), p.nodeUid());
            }
        });
        setId("main-window");
        setStyle(CjkFonts.style(14));
        buildActions();
        setTop(new VBox(menuBar(), toolBar(), findBar, new SaveBanner(library)));

        Tab outlineTab = new Tab(Texts.get("tab.outline"), editorView);
        outlineTab.setClosable(false);
        previewTab = new Tab(Texts.get("tab.preview"), preview);
        previewTab.setClosable(false);
        previewTab.setId("preview-tab");
        centerTabs.getTabs().addAll(outlineTab, previewTab);
        centerTabs.setId("center-tabs");
        // the report itself never shrinks to nothing in a narrow window: the side panes give way first
        centerTabs.setMinWidth(360);
        preview.showingProperty().bind(previewTab.selectedProperty());
        // a click on a 校对 finding wants the text and its caret, which the preview does not show
        proofread.setOnGoToText(() -> centerTabs.getSelectionModel().select(0));
        centerTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == previewTab && !preview.drawn()) {
                preview.draw();
            }
        });

        // 公文要素 and 保留文字 lie below the fold of 属性: they join the window a frame after the report shows
        partsTitled = titled(Texts.get("parts.pane"), new javafx.scene.layout.Region(), "parts-titled");
        keptTitled = titled(Texts.get("kept.pane"), new javafx.scene.layout.Region(), "kept-titled");
        VBox propsBox = new VBox(properties, partsTitled, keptTitled);
        ScrollPane propsScroll = new ScrollPane(propsBox);
        propsScroll.setFitToWidth(true);
        TitledPane props = new TitledPane(Texts.get("props.pane"), propsScroll);
        props.setCollapsible(false);
        props.setMaxHeight(Double.MAX_VALUE);
        // 校对 and 对照 share the lower half as tabs, so 属性 keeps room at 1280×800
        Tab checks = new Tab(Texts.get("checks.pane"), proofread);
        checks.setId("proofread-pane");
        checks.setClosable(false);
        Tab cycle = Tabs.deferred(new Tab(Texts.get("coverage.pane")), coverage);
        cycle.setId("coverage-pane");
        cycle.setClosable(false);
        TabPane lower = new TabPane(checks, cycle);
        lower.setId("right-tabs");
        right = new SplitPane(props, lower);
        right.setId("right-split");
        right.setOrientation(Orientation.VERTICAL);
        PaneSizes.remember(right, "right-tabs", 0.5);
        PaneSizes.remember(libraryPane.split(), "library", 0.35);

        main = new SplitPane(libraryPane, nav, centerTabs, right);
        main.setId("main-split");
        // all panes keep their share when the window is resized: side panes held at a fixed width ran off
        // the window's edge in a narrow window, and the report (min 360 px) never shrinks to nothing
        PaneSizes.remember(main, "main", 0.2, 0.34, 0.74);
        setCenter(main);
        proofread.onMarksChanged(editorView::refreshCells);
        setBottom(status);
        status.pages().textProperty().bind(Bindings.createStringBinding(() -> preview.pageCountProperty().get() == 0 ? ""
                : Texts.get("status.pages", preview.pageCountProperty().get()), preview.pageCountProperty()));
        library.editorProperty().addListener(editorChanged);
        library.saveStateProperty().addListener(saveStateChanged);
        installFileDrop();
        // Shortcuts come from the action list and run before a text area's own key handling
        // (RichTextFX would otherwise take Ctrl+Z for its own, disabled, undo).
        addEventFilter(KeyEvent.KEY_PRESSED, ev -> {
            for (AppAction a : actions) {
                if (a.matches(ev) && !a.disabled().get()) {
                    a.handler().run();
                    ev.consume();
                    return;
                }
            }
        });
        editorView.showRestoring(library.restoringProperty());
        showEditor(library.editor());
    }

    private static TitledPane titled(String title, javafx.scene.Node content, String id) {
        TitledPane t = new TitledPane(title, content);
        t.setId(id);
        t.setExpanded(true);
        return t;
    }

    // ---- actions -------------------------------------------------------------------------------

    private void buildActions() {
        BooleanExpression none = noReport;
        String f = "menu.file";
        String e = "menu.edit";
        String o = "menu.outline";
        String v = "menu.view";
        String h = "menu.help";
        actions.add(AppAction.of("action-new", f, Texts.get("action.new"), "Shortcut+N", true, this::newReport, null));
        actions.add(AppAction.of("action-import", f, Texts.get("action.import"), "Shortcut+O", true, files::chooseImport, null));
        actions.add(AppAction.of("action-export", f, Texts.get("action.export"), "Shortcut+E", true, files::chooseExport, none));
        actions.add(AppAction.of("action-print", f, Texts.get("action.print"), "Shortcut+P", false, this::print, none));
        actions.add(AppAction.of("action-save-template", f, Texts.get("action.saveTemplate"), null, false, library::saveAsTemplate, none));
        actions.add(AppAction.of("action-save-version", f, Texts.get("action.saveVersion"), "Shortcut+Shift+S", false, this::saveVersion, none));
        actions.add(AppAction.of("action-versions", f, Texts.get("action.versions"), null, false, () -> new VersionsDialog(library, window()).show(), none));
        actions.add(AppAction.of("action-summary-from-plan", f, Texts.get("action.summaryFromPlan"), null, false, coverageVm::draftSummaryFromPlan, none));
        actions.add(AppAction.of("action-next-plan", f, Texts.get("action.nextPlan"), null, false, this::draftNextPlan, none));
        actions.add(AppAction.of("action-export-json", f, Texts.get("action.exportJson"), null, false, files::chooseExportJson, none));
        actions.add(AppAction.of("action-backup", f, Texts.get("action.backup"), null, false, files::chooseBackup, null));
        actions.add(AppAction.of("action-restore", f, Texts.get("action.restore"), null, false, files::chooseRestore, null));
        actions.add(AppAction.of("action-exit", f, Texts.get("action.exit"), "Shortcut+Q", false, this::exit, null));
        actions.add(AppAction.of("action-undo", e, Texts.get("action.undo"), "Shortcut+Z", true, () -> withEditor(OutlineEditorViewModel::undo),
                none.or(cannotUndo)).withLiveText(undoText));
        actions.add(AppAction.of("action-redo", e, Texts.get("action.redo"), "Shortcut+Y", true, () -> withEditor(OutlineEditorViewModel::redo),
                none.or(cannotRedo)).alsoOn("Shortcut+Shift+Z").withLiveText(redoText));
        actions.add(AppAction.of("action-find", e, Texts.get("action.find"), "Shortcut+F", false, () -> findBar.show(false), none));
        actions.add(AppAction.of("action-replace", e, Texts.get("action.replace"), "Shortcut+H", false, () -> findBar.show(true), none));
        actions.add(AppAction.of("action-delete-clutter", e, Texts.get("kept.deleteClutter"), null, false,
                () -> withEditor(OutlineEditorViewModel::deleteClutter), none.or(noClutter)));
        actions.add(AppAction.of("action-add-sibling", o, Texts.get("action.addSibling"), null, true, () -> withEditor(vm -> vm.addSiblingAfter() != null), none));
        actions.add(AppAction.of("action-add-child", o, Texts.get("action.addChild"), null, true, () -> withEditor(vm -> vm.addChild() != null), none));
        actions.add(AppAction.of("action-indent", o, Texts.get("action.indent"), null, true, () -> withEditor(OutlineEditorViewModel::indent), none));
        actions.add(AppAction.of("action-outdent", o, Texts.get("action.outdent"), null, true, () -> withEditor(OutlineEditorViewModel::outdent), none));
        actions.add(AppAction.of("action-move-up", o, Texts.get("action.moveUp"), "Alt+Shift+Up", true, () -> withEditor(OutlineEditorViewModel::moveUp), none)
                .alsoOn("Shortcut+Shift+Up"));
        actions.add(AppAction.of("action-move-down", o, Texts.get("action.moveDown"), "Alt+Shift+Down", true, () -> withEditor(OutlineEditorViewModel::moveDown), none)
                .alsoOn("Shortcut+Shift+Down"));
        actions.add(AppAction.of("action-split", o, Texts.get("action.split"), "Shortcut+Shift+Enter", false, this::splitAtCaret, none));
        actions.add(AppAction.of("action-merge", o, Texts.get("action.merge"), "Shortcut+Shift+M", false, () -> withEditor(OutlineEditorViewModel::mergeIntoPrevious), none));
        actions.add(AppAction.of("action-to-child", o, Texts.get("action.toChild"), "Shortcut+Shift+Right", false, this::paragraphToChild, none));
        actions.add(AppAction.of("action-to-paragraph", o, Texts.get("action.toParagraph"), "Shortcut+Shift+Left", false, () -> withEditor(OutlineEditorViewModel::childToParagraph), none));
        actions.add(AppAction.of("action-delete-node", o, Texts.get("action.deleteNode"), "Shortcut+Shift+D", false, () -> withEditor(OutlineEditorViewModel::deleteSelected), none));
        actions.add(AppAction.of("action-preview", v, Texts.get("action.preview"), "Shortcut+Shift+P", false, this::togglePreview, none));
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
        actions.add(AppAction.of("action-manual", h, Texts.get("action.manual"), null, false, () -> new ManualDialog(window()).show(), null));
        actions.add(AppAction.of("action-shortcuts", h, Texts.get("action.shortcuts"), "F1", false,
                () -> new ShortcutsDialog(actions, window()).show(), null));
    }

    private void withEditor(Predicate<OutlineEditorViewModel> op) {
        OutlineEditorViewModel vm = library.editor();
        if (vm != null) {
            op.test(vm);
        }
    }

    /** The one action list: other panes add theirs here (before the window is shown) to get menu items and keys. */
    List<AppAction> actions() {
        return actions;
    }

    void run(String actionId) {
        actions.stream().filter(a -> a.id().equals(actionId)).findFirst().orElseThrow().handler().run();
    }

    private MenuBar menuBar() {
        Map<String, Menu> menus = new LinkedHashMap<>();
        for (String m : List.of("menu.file", "menu.edit", "menu.outline", "menu.view", "menu.help")) {
            Menu menu = new Menu(Texts.get(m));
            menu.setId(m.replace('.', '-'));
            menus.put(m, menu);
        }
        for (AppAction a : actions) {
            MenuItem item = new MenuItem(a.text());
            item.setId("menu-" + a.id());
            if (a.liveText() != null) {
                item.textProperty().bind(a.liveText());
            }
            item.setAccelerator(a.accelerator());
            item.setOnAction(ev -> a.handler().run());
            item.disableProperty().bind(a.disabled());
            Menu menu = menus.computeIfAbsent(a.menu(), k -> new Menu(Texts.get(k)));
            if (a.id().equals("action-exit")) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item);
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

    // ---- editor ---------------------------------------------------------------------------------

    private void showEditor(OutlineEditorViewModel vm) {
        noReport.set(vm == null);
        ProofreadViewModel checksVm = vm == null ? null : new ProofreadViewModel(vm);
        editorView.setMarks(checksVm == null ? n -> List.of() : checksVm::findingsFor);
        editorView.setViewModel(vm);
        properties.setViewModel(vm);
        parts.setViewModel(vm);
        kept.setViewModel(vm);
        proofread.setViewModel(checksVm, vm);
        if (checksVm != null) {
            checksVm.setTerms(() -> library.terms().load()); // the office's protected terms and wording
        }
        coverage.setEditor(vm);
        nav.setViewModel(vm);
        findBar.setViewModel(vm);
        preview.setViewModel(vm);
        status.showEditor(vm);
        undoText.unbind();
        redoText.unbind();
        cannotUndo.unbind();
        cannotRedo.unbind();
        noClutter.unbind();
        if (vm == null) {
            undoText.set(Texts.get("action.undo"));
            redoText.set(Texts.get("action.redo"));
            cannotUndo.set(true);
            cannotRedo.set(true);
            noClutter.set(true);
            return;
        }
        undoText.bind(Bindings.createStringBinding(() -> vm.undoNameProperty().get().isEmpty() ? Texts.get("action.undo")
                : Texts.get("action.undoNamed", OutlineEditorViewModel.editName(vm.undoNameProperty().get())), vm.undoNameProperty()));
        redoText.bind(Bindings.createStringBinding(() -> vm.redoNameProperty().get().isEmpty() ? Texts.get("action.redo")
                : Texts.get("action.redoNamed", OutlineEditorViewModel.editName(vm.redoNameProperty().get())), vm.redoNameProperty()));
        cannotUndo.bind(vm.canUndoProperty().not());
        cannotRedo.bind(vm.canRedoProperty().not());
        noClutter.bind(Bindings.createBooleanBinding(() -> vm.clutterCount() == 0, vm.structureVersionProperty()));
        vm.selectedProperty().addListener((o, a, b) -> reusePane.editingChanged());
        vm.versionProperty().addListener((o, a, b) -> reusePane.editingChanged());
        status.saveState().setText(library.saveStateProperty().get());
        attachBelowTheFold();
    }

    private boolean belowTheFoldWaiting;

    /**
     * The panes below the fold of 属性 join the window once the report's first frame is drawn: their skins
     * and styles were a good part of the window's first style pass, the slowest step of the start (decision 18).
     */
    private void attachBelowTheFold() {
        if (partsTitled.getContent() == parts || belowTheFoldWaiting) {
            return;
        }
        Runnable attach = () -> {
            belowTheFoldWaiting = false;
            partsTitled.setContent(parts);
            keptTitled.setContent(kept);
        };
        if (getScene() == null) {
            attach.run();
            return;
        }
        belowTheFoldWaiting = true;
        NextLayout.then(getScene(), attach);
    }

    /** Everything the window defers to after the report's first frame is in it: for tests and {@code bench ui}. */
    boolean settledIn() {
        return partsTitled.getContent() == parts && !editorView.focusPending();
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
        var body = cell.area(TextEdit.Field.BODY);
        if (body.isFocused()) {
            vm.split(TextEdit.Field.BODY, body.getCurrentParagraph(), body.getCaretColumn());
        } else {
            var heading = cell.area(TextEdit.Field.HEADING);
            vm.split(TextEdit.Field.HEADING, 0, heading.getCaretPosition());
        }
    }

    private void paragraphToChild() {
        OutlineEditorViewModel vm = library.editor();
        if (vm == null || vm.selected() == null) {
            return;
        }
        NodeCell cell = editorView.visibleCell(vm.selected());
        var body = cell == null ? null : cell.area(TextEdit.Field.BODY);
        vm.paragraphToChild(body == null ? 0 : body.getCurrentParagraph());
    }

    private void togglePreview() {
        var sel = centerTabs.getSelectionModel();
        sel.select(sel.getSelectedItem() == previewTab ? 0 : 1);
    }

    private void print() {
        preview.print(window());
    }

    // ---- files, dialogs -------------------------------------------------------------------------

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
                files.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    Task<List<LibraryImporter.FileResult>> importFiles(List<Path> paths) {
        return files.importFiles(paths);
    }

    Task<DocxExporter.Result> exportTo(Path out) {
        return files.exportTo(out);
    }

    Task<Void> backupTo(Path out) {
        return files.backupTo(out);
    }

    void setRestoreHandler(java.util.function.Consumer<Path> handler) {
        files.setRestoreHandler(handler);
    }

    private void newReport() {
        new NewReportDialog(library, window()).show();
    }

    private void saveVersion() {
        Dialogs.text(window(), "save-version-dialog", Texts.get("dialog.version.title"), Texts.get("dialog.version.header"),
                Texts.get("dialog.version.default")).showAndWait().ifPresent(name -> library.saveNamedVersion(name.strip()));
    }

    /** 文件 › 退出: the same path as closing the window, so the last edits are saved. */
    private void exit() {
        if (window() instanceof Stage s) {
            s.fireEvent(new WindowEvent(s, WindowEvent.WINDOW_CLOSE_REQUEST));
            s.close();
        }
    }

    private void toggleLanguage() {
        String oldTitle = Texts.get("app.title");
        library.setEnglish(!Texts.english());
        AppLauncher.followLanguage();
        Scene scene = getScene();
        if (scene != null) {
            if (scene.getWindow() instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(oldTitle)) {
                s.setTitle(Texts.get("app.title") + s.getTitle().substring(oldTitle.length())); // keeps " — library.db"
            }
            ViewState view = ViewState.of(this);
            boolean finding = findBar.isVisible();
            int findingRow = proofread.selectedRow();
            boolean replacing = finding && findBar.lookup("#replace-field") != null && findBar.lookup("#replace-field").isVisible();
            dispose();
            MainWindow replacement = new MainWindow(library, hostServices);
            replacement.files.setRestoreHandler(files.restoreHandler());
            replacement.proofread.keepRow(findingRow);
            scene.setRoot(replacement);
            if (finding) {
                replacement.findBar.show(replacing);
            }
            view.applyTo(replacement); // the switch changes the words, not what the clerk had open or selected
        }
    }

    /** Stops the timers that would otherwise touch the library after it was closed. */
    void dispose() {
        library.editorProperty().removeListener(editorChanged);
        library.saveStateProperty().removeListener(saveStateChanged);
        nav.dispose();
        preview.dispose();
        proofread.dispose();
        reusePane.dispose();
        coverage.dispose();
    }

    // ---- for tests and hooks ----------------------------------------------------------------------

    /** 起草下一年计划 on the open summary, then the review of years and names kept from last year's plan. */
    private void draftNextPlan() {
        var review = coverageVm.draftNextPlan();
        if (!review.isEmpty()) {
            reusePane.reviewDialog(review).show();
        }
    }

    ReusePane reusePane() {
        return reusePane;
    }

    ProofreadPane proofreadPane() {
        return proofread;
    }

    OutlineEditorView editorView() {
        return editorView;
    }

    PreviewPane preview() {
        return preview;
    }

    FileActions files() {
        return files;
    }

    SplitPane mainSplit() {
        return main;
    }

    StatusBar status() {
        return status;
    }
}
