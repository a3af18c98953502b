package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.cycle.Coverage;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.docx.PageLayout;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.domain.YearNameReview;
import org.reportdrafter.importing.Fixtures;
import org.reportdrafter.importing.LibraryImporter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: with English chosen in the menu, nothing the app itself says is in Chinese. The main window
 * with a report, its menus, panes and every dialog of {@link EditorWindowTest#everyDialogShowsChineseInAFontThatHasIt}
 * are walked; a label, button, menu item, tab, titled pane, tooltip, prompt or dialog text showing a Han
 * character fails, unless that character is the clerk's content: the reports' own titles, headings, body
 * text and numbering labels, file names, font family names, what a proofreading finding quotes of the
 * report, and stand-in messages of other packages without a key ({@link #FROM_OTHER_PACKAGES}). The
 * findings themselves, a real import failure and the status bar are English.
 */
class EnglishUiTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    /** Messages made outside the ui package without a key (other tests give them), passed to the dialogs below as the app would pass them. */
    private static final List<String> FROM_OTHER_PACKAGES = List.of("坏文件.docx：不是有效的 Word 文档",
            "本机没有安装“方正小标宋简体”，Word 会用其他字体显示", "无法打开资料库：文件已损坏", "年份与本报告不同");
    /** File names and a version name as the clerk gave them. */
    private static final List<String> NAMED_BY_THE_CLERK = List.of("坏文件.docx", "某县教育局2026年工作要点.docx", "备份.db", "送审稿");

    @TempDir
    Path dir;
    private ReportDrafterApp app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();
    private final Set<String> problems = new LinkedHashSet<>();
    /** Content strings, longest first, removed from a text before it is checked. */
    private List<String> content = List.of();

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = AppUnderTest.startWithNewPlan(dir);
    }

    @AfterEach
    void stop() throws Exception {
        Texts.setEnglish(false);
        AppUnderTest.stop(app);
    }

    private MainWindow window() {
        return (MainWindow) stage.getScene().getRoot();
    }

    @Test
    void withEnglishChosenTheAppSpeaksEnglishEverywhere() throws Exception {
        robot.interact(() -> window().run("action-language"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Texts.english());
        assertTrue(window().actions().stream().anyMatch(a -> a.text().equals("Export to Word…")), "the window was rebuilt in English");
        MainWindow w = window();
        Window owner = stage;

        // an edit made by the outline (named in the domain) and one made by the properties pane
        robot.interact(() -> {
            var vm = app.library().editor();
            vm.select(vm.report().sections().get(1));
            vm.moveDown();
        });
        refreshContent();
        checkMainWindow("main window after a move");
        robot.interact(() -> app.library().editor().setBoldHeadings(true));
        checkMenus(w, "menus after a property edit");

        // the find and replace bar
        robot.interact(() -> w.run("action-replace"));
        checkMainWindow("find and replace");

        // a summary drafted from the plan: the 对照 pane compares them
        robot.interact(() -> w.run("action-summary-from-plan"));
        // the 对照 tab's content joins the window when the tab is first opened
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.interact(() -> right.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#coverage-list").queryAs(ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<Object> coverage = robot.lookup("#coverage-list").queryAs(ListView.class);
        robot.interact(() -> coverage.getSelectionModel().select(0));
        refreshContent();
        checkMainWindow("the summary with 对照");
        check("coverage: plan text", robot.lookup("#coverage-plan-text").queryAs(TextArea.class).getText());
        check("coverage: summary text", robot.lookup("#coverage-summary-text").queryAs(TextArea.class).getText());
        robot.interact(() -> right.getSelectionModel().select(0));
        checkMainWindow("the summary with 校对");

        // every dialog of the font test
        robot.interact(() -> app.library().open(app.library().repository().list().stream()
                .filter(s -> s.title().equals("某县教育局2026年工作要点")).findFirst().orElseThrow().id()));
        refreshContent();
        open("new-report", () -> new NewReportDialog(app.library(), owner));
        Path plan = Fixtures.resource("plan-2024.txt");
        var results = app.library().importFiles(List.of(plan), null);
        refreshContent();
        open("import-summary", () -> new ImportSummaryDialog(results, owner));
        open("import-failed", () -> new ImportSummaryDialog(List.of(new LibraryImporter.FileResult(dir.resolve("坏文件.docx"), List.of(),
                FROM_OTHER_PACKAGES.get(0))), owner));
        // a real failure: the import says why in English (the file's name is the clerk's)
        Path broken = java.nio.file.Files.write(dir.resolve("坏文件.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        var failed = app.library().importFiles(List.of(broken), null);
        open("import-failed-really", () -> new ImportSummaryDialog(failed, owner));
        open("export-done", () -> new ExportDoneDialog(new DocxExporter.Result(dir.resolve("某县教育局2026年工作要点.docx"),
                List.of(FROM_OTHER_PACKAGES.get(1))), owner, null));
        open("export", () -> ExportDialog.build(owner, new ExportDialogViewModel(app.library().editor().report().snapshot(),
                app.library().exportPresets().all()), p -> { }));
        open("error", () -> Dialogs.error(owner, FROM_OTHER_PACKAGES.get(2)));
        open("delete-confirm", () -> Dialogs.confirmation(owner, "delete-confirm", Texts.get("dialog.delete.confirm", "某县教育局2026年工作要点")));
        open("restore-confirm", () -> w.files().confirmRestore(dir.resolve("备份.db")));
        open("rename", () -> Dialogs.text(owner, "rename-dialog", Texts.get("dialog.rename.title"), null, "某县教育局2026年工作要点"));
        open("save-version", () -> Dialogs.text(owner, "save-version-dialog", Texts.get("dialog.version.title"),
                Texts.get("dialog.version.header"), Texts.get("dialog.version.default")));
        robot.interact(() -> app.library().saveNamedVersion("送审稿"));
        refreshContent();
        open("versions", () -> new VersionsDialog(app.library(), owner));
        open("shortcuts", () -> new ShortcutsDialog(w.actions(), owner));
        open("manual", () -> new ManualDialog(owner));
        OutlineNode guide = app.library().editor().report().sections().get(0);
        open("year-name-review", () -> w.reusePane().reviewDialog(List.of(new YearNameReview.Item(guide, 0, 0, "2025年", "2026年",
                FROM_OTHER_PACKAGES.get(3)))));

        // JavaFX names its own buttons (OK, Cancel…) once in the JVM's language, Chinese in the real app:
        // as that launcher would have them, they are named anew when the dialog shows
        open("javafx-buttons", () -> {
            var a = Dialogs.confirmation(owner, "delete-confirm", Texts.get("dialog.delete.confirm", "某县教育局2026年工作要点"));
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)).setText("确定");
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)).setText("取消");
            return a;
        });

        assertTrue(problems.isEmpty(), "Chinese shown with English chosen:\n" + String.join("\n", problems));
    }

    // ---- content -----------------------------------------------------------------------------------

    /** What the clerk wrote or imported, and the names the app must not translate. */
    private void refreshContent() {
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> c = new LinkedHashSet<>(FROM_OTHER_PACKAGES);
        c.addAll(NAMED_BY_THE_CLERK);
        robot.interact(() -> {
            for (ReportSummary s : app.library().repository().list()) {
                app.library().repository().load(s.id()).ifPresent(r -> addReport(c, r));
            }
            app.library().templateChoices().forEach(t -> c.add(t.name()));
            var vm = app.library().editor();
            if (vm != null) {
                addReport(c, vm.report());
                // each item's number (六、 ⒊ 一是) is the report's own numbering, not the interface's
                for (OutlineNode n : vm.report().allNodes()) {
                    c.add(vm.label(n));
                }
                // the year and name review quotes a few characters around each change
                for (OutlineNode n : vm.report().allNodes()) {
                    for (String p : n.body()) {
                        c.add(p.substring(0, Math.min(p.length(), 15)));
                    }
                }
                for (OutlineNode n : vm.report().allNodes()) {
                    c.add(vm.label(n) + n.heading());
                    c.add(vm.label(n));
                }
            }
            // what the 对照 pane quotes from the plan and the summary
            var list = robot.lookup("#coverage-list").tryQuery();
            if (list.isPresent()) {
                for (Object o : ((ListView<?>) list.get()).getItems()) {
                    if (o instanceof Coverage.Item it) {
                        c.add(it.measure().path());
                        c.add(it.measure().text());
                        c.add(it.measure().label() + it.measure().heading());
                        c.add(it.measure().label());
                        for (Coverage.TargetCheck t : it.targets()) {
                            c.add(t.planned().indicator());
                            c.add(t.planned().display());
                            if (t.reported() != null) {
                                c.add(t.reported().text());
                                c.add(t.reported().display());
                            }
                        }
                        for (Coverage.Evidence e : it.evidence()) {
                            c.add(e.path());
                            c.add(e.excerpt());
                        }
                    } else if (o instanceof Coverage.Unplanned u) {
                        c.add(u.path());
                        c.add(u.excerpt());
                    }
                }
            }
            // proofreading findings speak English; what they quote of the report, and the report's headings
            // that name a place, are the clerk's
            ProofreadPane p = (ProofreadPane) robot.lookup("#proofread-tree").tryQuery().map(Node::getParent).orElse(null);
            if (p != null && p.viewModel() != null) {
                for (var g : p.viewModel().groups()) {
                    for (var f : g.findings()) {
                        f.what().args().stream().filter(String.class::isInstance).map(String.class::cast).forEach(c::add);
                        c.add(f.excerpt());
                        if (f.piece().node() != null) {
                            c.add(f.piece().path());
                        }
                    }
                }
            }
        });
        // font family names, numbering labels and the bundle's own quotations are names, not texts to translate
        c.addAll(PageLayout.BODY_FONTS);
        c.addAll(PageLayout.TITLE_FONTS);
        for (ExportPreset p : ExportPreset.BUILT_IN) {
            c.add(p.titleFont());
            c.add(p.bodyFont());
            c.add(p.heading1Font());
            c.add(p.heading2Font());
        }
        for (NumberingStyle s : NumberingStyle.BUILT_IN) {
            s.ranks().forEach(f -> {
                c.add(f.format(1));
                c.add(f.format(2));
            });
        }
        for (String key : MessageBundlesTest.QUOTE_CHINESE.keySet()) {
            Matcher m = HAN.matcher(Texts.get(key));
            while (m.find()) {
                c.add(m.group());
            }
        }
        List<String> more = new ArrayList<>();
        for (String s : c) {
            if (s != null && s.length() > 20) {
                more.add(s.substring(0, 20)); // the navigation shortens long headings
            }
        }
        c.addAll(more);
        c.removeIf(s -> s == null || s.isBlank());
        content = c.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static void addReport(Set<String> c, Report r) {
        c.add(r.title());
        c.add(r.organization());
        c.addAll(r.preamble());
        c.addAll(r.trailer());
        c.addAll(r.parts().texts());
        for (Attachment a : r.parts().attachments()) {
            c.add(a.name());
        }
        for (OutlineNode n : r.allNodes()) {
            c.add(n.heading());
            c.add(n.sourceLabel() + n.heading());
            c.add(n.sourceLabel());
            c.addAll(n.body());
            if (n.provenance() != null) {
                c.add(n.provenance().reportTitle());
                c.add(n.provenance().sectionPath());
            }
        }
    }

    // ---- walking -----------------------------------------------------------------------------------

    private void check(String where, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String rest = text;
        for (String c : content) {
            rest = rest.replace(c, "");
        }
        if (HAN.matcher(rest).find()) {
            problems.add(where + ": “" + text + "”");
        }
    }

    private void checkMainWindow(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600); // the checks and the 对照 run off the FX thread
        refreshContent();
        robot.interact(() -> {
            check(where + ", window title", stage.getTitle());
            walked.clear();
            walk(where, stage.getScene().getRoot());
        });
        checkMenus(window(), where);
    }

    private void checkMenus(MainWindow w, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            MenuBar bar = (MenuBar) w.lookup(".menu-bar");
            for (Menu m : bar.getMenus()) {
                item(where + ", menu", m);
            }
        });
    }

    private void item(String where, MenuItem i) {
        check(where + " item", i.getText());
        if (i instanceof Menu m) {
            for (MenuItem c : m.getItems()) {
                item(where + " › " + m.getText(), c);
            }
        }
    }

    private final Set<Node> walked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void walk(String where, Node n) {
        if (!walked.add(n)) {
            return; // the page preview is walked too: its pages are canvases (the report's own text), no labels
        }
        if (!n.isVisible() && n.getParent() instanceof javafx.scene.control.skin.VirtualFlow) {
            return; // a list's hidden cell for measuring items: it may still hold an item of a report closed before
        }
        if (n.getStyleClass().contains("manual")) {
            return; // the user manual's page: a document written in Chinese only (ManualDialog.RESOURCE)
        }
        String at = where + " › " + n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
        if (n instanceof Labeled l) {
            check(at, l.getText());
        }
        if (n instanceof TitledPane t && t.getContent() != null) {
            walk(at, t.getContent());
        }
        if (n instanceof TextInputControl t) {
            check(at + " prompt", t.getPromptText());
        }
        if (n instanceof ComboBox<?> c) {
            check(at + " prompt", c.getPromptText());
            comboItems(at, c);
        }
        if (n instanceof Control c) {
            String tip = Tips.text(c); // made on the first hover, or not yet
            if (!tip.isEmpty()) {
                check(at + " tooltip", tip);
            }
            ContextMenu menu = c.getContextMenu();
            if (menu != null) {
                menu.getItems().forEach(i -> item(at + " context menu", i));
            }
        }
        if (n instanceof MenuButton b) {
            b.getItems().forEach(i -> item(at + " menu", i));
        }
        if (n instanceof TabPane tp) {
            for (Tab t : tp.getTabs()) {
                check(at + " tab", t.getText());
                if (t.getTooltip() != null) {
                    check(at + " tab tooltip", t.getTooltip().getText());
                }
                if (t.getContent() != null) {
                    walk(at + " › " + t.getText(), t.getContent());
                }
            }
        }
        if (n instanceof DialogPane d) {
            check(at + " header", d.getHeaderText());
            check(at + " content", d.getContentText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(at, c);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void comboItems(String where, ComboBox c) {
        for (Object o : c.getItems()) {
            if (o instanceof ReportSummary s) {
                check(where + " item", s.title());
            } else {
                check(where + " item", c.getConverter() == null ? String.valueOf(o) : c.getConverter().toString(o));
            }
        }
    }

    private void open(String name, Supplier<Object> show) throws Exception {
        Set<Window> before = new HashSet<>(Window.getWindows());
        robot.interact(() -> {
            Object d = show.get();
            if (d instanceof Dialog<?> dialog && !dialog.isShowing()) {
                dialog.show();
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(x -> !before.contains(x) && x.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        Window win = Window.getWindows().stream().filter(x -> !before.contains(x) && x.isShowing()).findFirst().orElseThrow();
        robot.interact(() -> {
            Scene scene = win.getScene();
            if (win instanceof Stage s) {
                check(name + " title", s.getTitle());
            }
            walked.clear();
            walk(name, scene.getRoot());
        });
        Screenshots.save(robot, win.getScene().getRoot(), "english-dialog-" + name);
        robot.interact(win::hide);
    }

    /**
     * The switch changes the words and nothing else: the tabs the clerk chose, the panes folded away, the
     * search being looked at, the library row, the open find bar; the status bar says at once, in English,
     * that the report is saved, and the 校对 pane lists its findings in English.
     */
    @Test
    void switchingKeepsTheViewAndSaysEverythingInTheNewLanguage() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "已保存".equals(robot.lookup("#status-save").queryAs(javafx.scene.control.Label.class).getText()));
        robot.interact(() -> {
            robot.lookup("#center-tabs").queryAs(TabPane.class).getSelectionModel().select(1); // 页面预览
            robot.lookup("#right-tabs").queryAs(TabPane.class).getSelectionModel().select(1); // 对照
            robot.lookup("#reuse-pane").queryAs(TabPane.class).getSelectionModel().select(2); // 常用语
            robot.lookup("#parts-titled").queryAs(TitledPane.class).setExpanded(false);
            robot.lookup("#search-field").queryAs(TextInputControl.class).setText("教研");
            var tree = robot.lookup("#library-tree").queryAs(javafx.scene.control.TreeView.class);
            tree.getSelectionModel().select(1);
            window().run("action-replace");
            robot.lookup("#find-field").queryAs(TextInputControl.class).setText("质量");
        });
        // a finding selected in 校对 (the check runs after a pause, off the FX thread)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#proofread-tree").queryAs(javafx.scene.control.TreeView.class).getExpandedItemCount() > 3);
        robot.interact(() -> {
            javafx.scene.control.TreeView<?> t = robot.lookup("#proofread-tree").queryAs(javafx.scene.control.TreeView.class);
            for (int i = t.getExpandedItemCount() - 1; i > 0; i--) {
                if (t.getTreeItem(i).getValue() instanceof org.reportdrafter.checks.FindingGroup) {
                    t.getSelectionModel().select(i); // the last finding: not the row a fresh pane would show selected
                    return;
                }
            }
        });
        Object finding = ((javafx.scene.control.TreeItem<?>) robot.lookup("#proofread-tree").queryAs(javafx.scene.control.TreeView.class)
                .getSelectionModel().getSelectedItem()).getValue();
        robot.interact(() -> app.library().editor().select(app.library().editor().report().sections().get(1))); // the clerk moved on
        double[] dividers = robot.lookup("#right-split").queryAs(javafx.scene.control.SplitPane.class).getDividerPositions();
        Object selectedReport = ((javafx.scene.control.TreeItem<?>) robot.lookup("#library-tree").queryAs(javafx.scene.control.TreeView.class)
                .getSelectionModel().getSelectedItem()).getValue();
        Object chosenItem = app.library().editor().selected();
        assertEquals(app.library().editor().report().sections().get(1), chosenItem);
        robot.interact(() -> robot.lookup("#right-split").queryAs(javafx.scene.control.SplitPane.class).setDividerPositions(0.3));

        robot.interact(() -> window().run("action-language"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Texts.english());
        assertEquals("Saved", robot.lookup("#status-save").queryAs(javafx.scene.control.Label.class).getText(),
                "the save state in English at once, not at the next save");
        assertEquals(List.of(1, 1, 2), List.of(
                robot.lookup("#center-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex(),
                robot.lookup("#right-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex(),
                robot.lookup("#reuse-pane").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()), "the tabs the clerk chose");
        // the preview the clerk was looking at shows its pages again, not an empty grey pane
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window().preview().pageCountProperty().get() > 0
                && window().preview().paintedCount() > 0);
        assertTrue(window().preview().isVisible() && window().preview().getScene() != null);
        assertEquals(false, robot.lookup("#parts-titled").queryAs(TitledPane.class).isExpanded());
        assertEquals(0.3, robot.lookup("#right-split").queryAs(javafx.scene.control.SplitPane.class).getDividerPositions()[0], 0.02,
                "the pane sizes as they were (dragged from " + dividers[0] + ")");
        assertEquals("教研", robot.lookup("#search-field").queryAs(TextInputControl.class).getText());
        assertEquals("质量", robot.lookup("#find-field").queryAs(TextInputControl.class).getText());
        assertTrue(robot.lookup("#find-bar").query().isVisible() && robot.lookup("#replace-field").query().isVisible(), "find and replace stays open");
        assertEquals(selectedReport, ((javafx.scene.control.TreeItem<?>) robot.lookup("#library-tree").queryAs(javafx.scene.control.TreeView.class)
                .getSelectionModel().getSelectedItem()).getValue(), "the library row the clerk selected");
        assertEquals(chosenItem, app.library().editor().selected());

        // the 校对 pane: its count and its findings in English
        robot.interact(() -> robot.lookup("#right-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            String t = robot.lookup("#proofread-summary").queryAs(javafx.scene.control.Label.class).getText();
            return t != null && !t.equals(Texts.get("proofread.checking"));
        });
        var row = (javafx.scene.control.TreeItem<?>) robot.lookup("#proofread-tree").queryAs(javafx.scene.control.TreeView.class)
                .getSelectionModel().getSelectedItem();
        assertTrue(row != null && row.getValue() instanceof org.reportdrafter.checks.FindingGroup g
                && g.first().what().equals(((org.reportdrafter.checks.FindingGroup) finding).first().what()), "the finding the clerk had selected: " + row);
        assertEquals(app.library().editor().report().sections().get(1), app.library().editor().selected(), "selecting it again did not move the editor");
        String summary = robot.lookup("#proofread-summary").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(summary.matches("\\d+ errors?, \\d+ warnings?, \\d+ hints?|No problems found"), summary);
        assertTrue(!summary.matches(".*\\b1 (errors|warnings|hints)\\b.*"), summary);
        ProofreadPane pane = (ProofreadPane) robot.lookup("#proofread-tree").query().getParent();
        for (var g : pane.viewModel().groups()) {
            String shown = g.message(Texts.locale());
            for (var f : g.findings()) {
                for (Object a : f.what().args()) {
                    if (a instanceof String quoted) {
                        shown = shown.replace(quoted, "");
                    } else if (a instanceof org.reportdrafter.checks.TextPiece place && place.node() != null) {
                        shown = shown.replace(place.path(), "");
                    }
                }
            }
            assertTrue(!HAN.matcher(shown).find(), "a finding in English: " + g.message(Texts.locale()));
        }
        Screenshots.save(robot, window(), "english-after-switch");
    }

    @Test
    void theLanguageSwitchGoesBackToChinese() throws Exception {
        robot.interact(() -> window().run("action-language"));
        robot.interact(() -> window().run("action-language"));
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = (MenuBar) window().lookup(".menu-bar");
        assertEquals(List.of("文件", "编辑", "大纲", "视图", "帮助"), bar.getMenus().stream().map(MenuItem::getText).toList());
        assertTrue(stage.getTitle().startsWith("报告起草助手"));
    }
}
