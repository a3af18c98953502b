package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javafx.scene.control.ComboBox;
import org.reportdrafter.domain.DraftingYear;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.edit.TextEdit;
import org.reportdrafter.importing.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless under Monocle: a clerk's first session. Screenshots go to target/screenshots. */
class MainWindowTest {
    @TempDir
    Path dir;
    private ReportDrafterApp app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = AppUnderTest.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        AppUnderTest.stop(app);
    }

    private OutlineEditorViewModel editor() {
        return app.library().editor();
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene().getRoot(), name);
    }

    private DialogPane dialog(String id) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            var error = robot.lookup("#error-dialog").tryQuery();
            throw new AssertionError("no " + id + (error.isPresent() ? ": " + ((DialogPane) error.get()).getContentText() : ""), e);
        }
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    private void closeDialog(DialogPane pane) {
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void draftAPlanFromATemplateEditItImportAndExport() throws Exception {
        assertTrue(stage.getTitle().startsWith("报告起草助手"));
        // 新建 from the plan template
        robot.clickOn("#action-new");
        DialogPane newDialog = dialog("new-dialog");
        robot.clickOn("#new-org").write("某县教育局");
        TextField year = robot.lookup("#new-year").queryAs(TextField.class);
        // the year proposed is the one the template's kind of draft is most likely for today (a plan in
        // December: next year's); it follows the template until the clerk writes another
        @SuppressWarnings("unchecked")
        ComboBox<LibraryViewModel.TemplateChoice> template = robot.lookup("#new-template").queryAs(ComboBox.class);
        assertEquals(ReportKind.PLAN, template.getValue().kind(), template.getValue().name());
        assertEquals(String.valueOf(DraftingYear.proposed(ReportKind.PLAN, java.time.LocalDate.now())), year.getText());
        var summaryTemplate = template.getItems().stream().filter(c -> c.kind() == ReportKind.SUMMARY).findFirst().orElseThrow();
        robot.interact(() -> template.setValue(summaryTemplate));
        assertEquals(String.valueOf(DraftingYear.proposed(ReportKind.SUMMARY, java.time.LocalDate.now())), year.getText());
        // the longest template's name leaves the labels whole
        var longest = template.getItems().stream().max(java.util.Comparator.comparingInt(c -> c.name().length())).orElseThrow();
        robot.interact(() -> template.setValue(longest));
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : newDialog.lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Label l && l.getText() != null && !l.getText().isEmpty() && !(l.getParent() instanceof javafx.scene.control.ListCell)) {
                assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, "“" + l.getText() + "” cut to " + l.getWidth() + " px");
            }
        }
        robot.interact(() -> year.setText("2019"));
        robot.interact(() -> template.getSelectionModel().selectFirst());
        assertEquals("2019", year.getText(), "a year the clerk wrote stays");
        robot.interact(() -> year.setText("2026"));
        robot.clickOn((Node) newDialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("某县教育局2026年工作要点", editor().report().title());
        shot("01-new-from-template");

        // type Chinese text into a new measure made with Enter at the end of a heading
        OutlineNode g1 = editor().report().sections().get(3).children().get(0);
        OutlineNode m1 = g1.children().get(0);
        robot.interact(() -> {
            editor().select(m1);
            editor().focusRequestProperty().set(new OutlineEditorViewModel.FocusRequest(m1, TextEdit.Field.HEADING, -1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("实施教师全员培训");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("实施教师全员培训", m1.heading());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        OutlineNode created = g1.children().get(1);
        assertSame(created, editor().selected());
        robot.write("加强师德师风建设");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("加强师德师风建设", created.heading());
        assertEquals("2.", editor().label(created));
        assertEquals("3.", editor().label(g1.children().get(2)), "the measure after it renumbered");

        // Tab indents: it becomes （1） under measure 1 and the next measure is 2. again
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(m1, created.parent());
        assertEquals("（1）", editor().label(created));
        assertEquals("2.", editor().label(g1.children().get(1)));
        shot("02-typed-and-indented");

        // Shift+Tab, then Alt+Shift+Down moves it below the next measure
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(g1, created.parent());
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, created.indexInParent());
        assertEquals("3.", editor().label(created));
        assertEquals("2.", editor().label(g1.children().get(1)));

        // Ctrl+Z undoes the move, then the outdent
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, created.indexInParent());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(m1, created.parent());
        Label chars = robot.lookup("#status-chars").queryAs(Label.class);
        assertTrue(chars.getText().startsWith("全文 "), chars.getText());
        shot("03-after-undo");

        // import a file: progress, then a summary of what was imported
        var task = new java.util.concurrent.atomic.AtomicReference<javafx.concurrent.Task<?>>();
        robot.interact(() -> task.set(app.window().importFiles(List.of(Fixtures.resource("plan-2024.txt")))));
        DialogPane summary = dialog("import-summary");
        assertTrue(summary.getHeaderText().contains("成功导入 1 个文件"), summary.getHeaderText());
        assertEquals(1, app.library().past().size());
        Screenshots.save(robot, summary, "04-import-summary");
        closeDialog(summary);

        // export the draft
        Path out = dir.resolve("某县教育局2026年工作要点.docx");
        robot.interact(() -> task.set(app.window().exportTo(out)));
        DialogPane done = dialog("export-done");
        assertTrue(done.getHeaderText().contains(out.toString()));
        assertEquals("已导出 Word 文件：" + out, robot.lookup("#status-save").queryAs(Label.class).getText(),
                "the status bar says what was done last");
        Screenshots.save(robot, done, "05-export-done");
        closeDialog(done);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("某县教育局2026年工作要点", doc.getParagraphs().get(0).getText());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("1.实施教师全员培训")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("（1）加强师德师风建设")));
        }
        shot("06-main-window");
    }

    @Test
    void findAndCollapse() throws Exception {
        robot.interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(0), "某县教育局", 2026));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#find-field").write("保障措施").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("保障措施", editor().selected().heading());
        robot.interact(() -> app.window().run("action-expand-1"));
        assertEquals(6, editor().rows().size());
        shot("07-find-and-level-1");
        // nothing was edited yet: 撤销 is disabled; after an edit it names the step
        Button undo = robot.lookup("#action-undo").queryAs(Button.class);
        assertTrue(undo.isDisabled());
        robot.interact(() -> editor().moveDown());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!undo.isDisabled());
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        var undoItem = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-action-undo".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("撤销“下移”", undoItem.getText());
        assertTrue(!undoItem.isDisable());
    }

    @Test
    void proofreadPanelJumpsFixesAndUndoes() throws Exception {
        Path page = dir.resolve("网页复制.txt");
        Files.writeString(page, "某县教育局2025年工作要点\n一、指导思想\n以新思想为指导,办好人民满意的教育,完成201X年任务。\n"
                + "二、重点工作\n1.加强师资。组织教研活动,提升教师能力。\n");
        robot.interact(() -> {
            var results = app.library().importFiles(List.of(page), null);
            app.library().refresh();
            app.library().open(results.get(0).reports().get(0).id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeView<?> tree = robot.lookup("#proofread-tree").queryAs(javafx.scene.control.TreeView.class);
        Label summary = robot.lookup("#proofread-summary").queryAs(Label.class);
        // the check runs off the window's thread once the report is shown: wait for its answer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summary.getText().equals("正在校对…"));
        assertTrue(summary.getText().startsWith("错误 1 处"), summary.getText());
        // click the first half-width comma finding: the editor jumps to it
        robot.interact(() -> {
            var group = tree.getRoot().getChildren().get(0);
            tree.getSelectionModel().select((javafx.scene.control.TreeItem) group.getChildren().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        OutlineNode guide = editor().report().sections().get(0);
        assertSame(guide, editor().selected());
        shot("08-proofread-panel");
        assertTrue(!robot.lookup("#proofread-fix-all").queryAs(Button.class).isDisabled(), "同类全部修正 enabled for the selected finding");
        robot.clickOn("#proofread-fix-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("以新思想为指导，办好人民满意的教育，完成201X年任务。", guide.body().get(0));
        assertTrue(summary.getText().startsWith("错误 1 处，警告 0 处"), summary.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("以新思想为指导,办好人民满意的教育,完成201X年任务。", guide.body().get(0));

        // a fix on text changed since the check is refused, and the panel says why
        WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#proofread-notice").queryAs(Label.class);
        assertTrue(!notice.isVisible(), "no notice before a refused fix");
        robot.interact(() -> {
            var group = tree.getRoot().getChildren().get(0);
            tree.getSelectionModel().select((javafx.scene.control.TreeItem) group.getChildren().get(0));
            editor().setBody(guide, "以新思想为指导，办好人民满意的教育,完成201X年任务。");
            robot.lookup("#proofread-fix").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notice.isVisible() && notice.getText().contains("未修正"), notice.getText());
    }

    @Test
    void versionsCompareSectionBySection() throws Exception {
        robot.interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(0), "某县教育局", 2026));
        OutlineNode guide = editor().report().sections().get(0);
        robot.interact(() -> {
            editor().setBody(guide, "以新思想为指导，办好教育。");
            app.library().saveNamedVersion("送审稿");
            editor().setBody(guide, "以新时代中国特色社会主义思想为指导，办好人民满意的教育。");
        });
        robot.interact(() -> app.window().run("action-versions"));
        dialog("versions-dialog");
        javafx.scene.control.ListView<?> list = robot.lookup("#versions-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#versions-compare-now");
        DialogPane diff = dialog("diff-dialog");
        javafx.scene.layout.VBox view = (javafx.scene.layout.VBox) diff.lookup("#diff-view");
        String shown = view.getChildren().stream().filter(n -> n instanceof javafx.scene.text.TextFlow)
                .flatMap(n -> ((javafx.scene.text.TextFlow) n).getChildren().stream())
                .map(t -> ((javafx.scene.text.Text) t).getText()).reduce("", String::concat);
        assertTrue(shown.contains("时代中国特色社会主义"), shown);
        Screenshots.save(robot, diff, "09-version-compare");
        closeDialog(diff);
    }

    @Test
    void whileTheLastSessionIsReadTheEditorSaysSo() throws Exception {
        // the window is built while the last session is still being read (decision 18)
        Label empty = robot.lookup(".outline-editor .placeholder").queryAs(Label.class);
        assertEquals("从左侧资料库打开一份报告，或点“新建”从模板开始", empty.getText(), "a new library: nothing to reopen");
        robot.interact(() -> app.library().restoringProperty().set(true));
        assertEquals("正在读取资料库和上次打开的报告…", empty.getText(), "not an invitation to open a report while one is on its way");
        robot.interact(() -> app.library().restoringProperty().set(false));
        assertEquals("从左侧资料库打开一份报告，或点“新建”从模板开始", empty.getText());
    }

    @Test
    void exitSavesTheLastWordsAndEndsTheApp() throws Exception {
        robot.interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(0), "某县教育局", 2026));
        AppUnderTest.caretPlaced(app);
        OutlineNode goal = editor().report().sections().get(1);
        long id = editor().report().id();
        int[] quits = {0};
        robot.interact(() -> {
            app.onQuit(() -> quits[0]++);
            editor().setHeading(goal, "总体目标和任务");
            app.window().run("action-exit"); // 文件 › 退出 (Ctrl+Q), straight after typing
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "the window is closed");
        assertEquals(1, quits[0], "and the app ends, whatever JavaFX still counts as open");
        assertEquals("总体目标和任务", app.library().repository().load(id).orElseThrow().sections().get(1).heading(),
                "what was typed last is in the library");
    }

    @Test
    void aNewReportOpensAfterTheKeyThatClosedItsDialogHasBeenHandled() throws Exception {
        robot.clickOn("#action-new");
        DialogPane newDialog = dialog("new-dialog");
        robot.clickOn("#new-org").write("某县教育局");
        boolean[] openedWithinTheEvent = new boolean[1];
        robot.interact(() -> {
            // 确定 pressed (Enter fires it from the key's handler): the dialog closes within that event. Under GTK the
            // new report's caret and text area made right there crashed the JVM in the toolkit's key code.
            ((Button) newDialog.lookupButton(ButtonType.OK)).fire();
            openedWithinTheEvent[0] = editor() != null;
        });
        assertFalse(openedWithinTheEvent[0], "not while the closing event is handled");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor() != null);
        assertTrue(editor().report().title().startsWith("某县教育局"), "then the report opens: " + editor().report().title());
        assertFalse(newDialog.getScene() != null && newDialog.getScene().getWindow().isShowing(), "and the dialog is gone");
    }

    @Test
    void theReportReopenedAtStartShowsItsTextBeforeTheCaretIsMade() throws Exception {
        org.reportdrafter.domain.Report last = new org.reportdrafter.importing.ImportService()
                .parseText(org.reportdrafter.cli.SyntheticText.plan(2026, "某县教育局", 30_000, 7), "last.txt").get(0);
        List<OutlineNode> all = last.allNodes();
        OutlineNode at = all.subList(all.size() / 2, all.size()).stream().filter(n -> !n.heading().isEmpty()).findFirst().orElseThrow();
        long id = app.library().repository().save(last);
        var session = new LibraryViewModel.Session(List.of(), app.library().repository().load(id).orElseThrow(), 0, null);
        OutlineNode reopenedAt = session.open().allNodes().get(all.indexOf(at));
        var withCaret = new LibraryViewModel.Session(List.of(), session.open(), 0, reopenedAt.uid());
        boolean[] areaBeforeTheFirstFrame = new boolean[1];
        boolean[] settledAtOnce = new boolean[1];
        robot.interact(() -> {
            app.fillIn(app.library(), withCaret);
            // decision 18: the first frame shows the text alone; a text area made now is style and layout work
            // that keeps the window from the screen (a measuring cell made by scrolling to the top did that)
            areaBeforeTheFirstFrame[0] = !robot.lookup(".outline-editor .styled-text-area").queryAll().isEmpty();
            settledAtOnce[0] = app.window().settledIn();
        });
        assertFalse(areaBeforeTheFirstFrame[0], "no text area in the outline before its first frame");
        assertFalse(settledAtOnce[0], "the caret waits for the frame");
        AppUnderTest.caretPlaced(app);
        var owner = stage.getScene().getFocusOwner();
        assertTrue(owner instanceof org.fxmisc.richtext.StyleClassedTextArea, "then the keyboard is in the text: " + owner);
        var a = (org.fxmisc.richtext.StyleClassedTextArea) owner;
        assertEquals(reopenedAt.heading(), a.getText(), "in the heading of the item the clerk left");
        assertEquals(a.getLength(), a.getCaretPosition(), "at its end");
    }

    /** A school's plan as clerks write it: few items, the measures of 重点工作 a page of paragraphs each (r04's shape). */
    private static org.reportdrafter.domain.Report planOfLongParagraphs() throws Exception {
        String para = "坚持以立德树人为根本任务，深化课堂教学改革，落实“双减”政策要求，加强教学常规管理和质量监测，"
                + "健全校本教研制度，推进信息技术与教育教学深度融合，不断提高课堂教学效率和教育教学质量，"
                + "努力办好人民满意的教育。";
        List<String> lines = new java.util.ArrayList<>(List.of("某县第一中学2026学年第一学期工作思路", "一、指导思想", para, para,
                "二、具体目标", para));
        for (int i = 1; i <= 6; i++) {
            lines.add(i + ".加强第" + i + "项工作，促进整体发展");
            lines.add(para);
        }
        lines.add("三、重点工作");
        for (int i = 1; i <= 7; i++) {
            lines.add(i + ".实施第" + i + "项工程，办好人民满意的教育");
            for (int k = 0; k < 10; k++) {
                lines.add(para);
            }
        }
        return new org.reportdrafter.importing.ImportService().parseText(String.join("\n", lines), "plan.txt").get(0);
    }

    /**
     * The clerk's item (the one the editor has selected, where the caret is or the next key goes) is whole in
     * the outline's view; {@code nearTop}: in its upper half.
     */
    private void assertClerksItemInView(String heading, boolean nearTop) {
        OutlineNode at = editor().selected();
        assertEquals(heading, at.heading(), "the item the clerk left is the editor's");
        NodeCell cell = app.window().editorView().visibleCell(at);
        assertNotNull(cell, "the clerk's item is shown");
        var list = robot.lookup(".outline-editor .list-view").query();
        javafx.geometry.Bounds view = list.localToScene(list.getLayoutBounds());
        javafx.geometry.Bounds item = cell.localToScene(cell.getLayoutBounds());
        assertTrue(item.getMinY() > view.getMinY() && item.getMaxY() <= view.getMaxY() + 1
                && (!nearTop || item.getMinY() < view.getMinY() + view.getHeight() / 2),
                "the clerk's item is in view: " + item + " in " + view);
    }

    @Test
    void aReportOfLongParagraphsReopensWithTheClerksItemInView() throws Exception {
        long id = app.library().repository().save(planOfLongParagraphs());
        robot.interact(() -> app.library().open(id));
        AppUnderTest.caretPlaced(app);
        OutlineNode left = editor().report().sections().get(1).children().get(0); // 二、1., near the top
        robot.interact(() -> editor().goTo(left, org.reportdrafter.domain.edit.TextEdit.Field.HEADING, 2, 0));
        AppUnderTest.caretPlaced(app);
        AppUnderTest.stop(app); // 退出, and start again: the window is built while the session is read
        app = AppUnderTest.start(dir);
        stage = (Stage) app.window().getScene().getWindow();
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the list settles its estimate after the first frames
        WaitForAsyncUtils.waitForFxEvents();
        assertClerksItemInView(left.heading(), true);
    }

    @Test
    void theLanguageSwitchKeepsTheOutlineWhereTheClerkWasReading() throws Exception {
        long id = app.library().repository().save(planOfLongParagraphs());
        robot.interact(() -> app.library().open(id));
        AppUnderTest.caretPlaced(app);
        // the clerk reads 三、2: its heading and first lines scrolled out of view, its last lines at the top
        OutlineNode reading = editor().report().sections().get(2).children().get(1);
        robot.interact(() -> app.window().editorView().showAtTop(editor().rows().indexOf(reading), 150));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            for (int i = 0; i < 2; i++) { // to English and back
                robot.interact(() -> app.window().run("action-language"));
                AppUnderTest.caretPlaced(app);
                Thread.sleep(500);
                WaitForAsyncUtils.waitForFxEvents();
                var list = robot.lookup("#outline-list").queryAs(javafx.scene.control.ListView.class);
                double top = list.localToScene(0, 0).getY();
                NodeCell cell = app.window().editorView().visibleCell(reading);
                assertNotNull(cell, "after switch " + (i + 1) + " the item read is shown");
                assertEquals(-150, cell.localToScene(0, 0).getY() - top, 2,
                        "after switch " + (i + 1) + " it stands where it stood, its first 150 px above the view");
            }
        } finally {
            Texts.setEnglish(false);
        }
    }

    @Test
    void anItemAddedAfterTheWindowNarrowedStaysInView() throws Exception {
        long id = app.library().repository().save(planOfLongParagraphs());
        robot.interact(() -> app.library().open(id));
        AppUnderTest.caretPlaced(app);
        OutlineNode target = editor().report().sections().get(1);
        robot.interact(() -> editor().goTo(target.children().get(0), org.reportdrafter.domain.edit.TextEdit.Field.HEADING, 2, 0));
        AppUnderTest.caretPlaced(app);
        double width = stage.getWidth();
        try {
            robot.interact(() -> stage.setWidth(900)); // every paragraph wraps to more lines: the list's measures go stale
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            robot.interact(() -> app.window().run("action-add-sibling")); // Enter's 新建同级条目: the item count changes
            AppUnderTest.caretPlaced(app);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertClerksItemInView("", false); // where it was added, the view not jumping away from it
        } finally {
            robot.interact(() -> stage.setWidth(width));
        }
    }

    /** The titles of the library's rows marked as the report open in the editor. */
    private List<String> rowsMarkedOpen() {
        return robot.lookup("#library-tree .tree-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(LibraryPane.OPEN))
                .map(n -> ((javafx.scene.control.TreeCell<?>) n).getText()).toList();
    }

    @Test
    void theLibraryMarksTheReportOpenInTheEditor() throws Exception {
        Path past = dir.resolve("past.txt");
        Files.writeString(past, String.join("\n", "甲县教育局2014年工作总结", "一、主要工作", "开展安全隐患排查整治。"));
        robot.interact(() -> {
            app.library().importFiles(List.of(past), null);
            app.library().refresh();
            app.library().createFromTemplate(app.library().templateChoices().get(0), "乙县教育局", 2015);
        });
        AppUnderTest.caretPlaced(app);
        String draft = editor().report().title();
        assertEquals(List.of(draft), rowsMarkedOpen(), "the draft being written stands out");
        long pastId = app.library().past().get(0).id();
        robot.interact(() -> app.library().open(pastId));
        AppUnderTest.caretPlaced(app);
        assertEquals(List.of("甲县教育局2014年工作总结"), rowsMarkedOpen(), "then the past report opened instead");
    }

    @Test
    void deleteAsksAndEnterKeepsTheReport() throws Exception {
        robot.interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(0), "某县教育局", 2026));
        AppUnderTest.caretPlaced(app);
        long id = editor().report().id();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#library-tree").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue() instanceof org.reportdrafter.domain.ReportSummary s && s.id() == id) {
                    tree.getSelectionModel().select(i);
                }
            }
            tree.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        DialogPane ask = dialog("delete-confirm");
        robot.type(KeyCode.ENTER); // the clerk's Enter, meant for something else, must not delete a year's work
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ask.getScene() != null && ask.getScene().getWindow().isShowing(), "Enter closes the question");
        assertTrue(app.library().repository().load(id).isPresent(), "and keeps the report: 取消 is the default");
        robot.interact(tree::requestFocus);
        robot.type(KeyCode.DELETE);
        DialogPane again = dialog("delete-confirm");
        robot.clickOn(again.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.library().repository().load(id).isEmpty());
    }

    @Test
    void aReportStartedWhileTheSessionIsReadStaysOpen() throws Exception {
        robot.interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(0), "乙县教育局", 2027));
        var started = editor().report();
        // the session read at start arrives late: it names another report and an older list
        var stale = new LibraryViewModel.Session(List.of(), started.copy(), 0, null);
        robot.interact(() -> app.fillIn(app.library(), stale));
        assertSame(started, editor().report(), "what the clerk started is still in the editor");
        assertTrue(app.library().drafts().stream().anyMatch(s -> s.title().equals(started.title())),
                "and the lists are read again, not taken from the older session: " + app.library().drafts());
    }

    @Test
    void aSecondCopyOnTheSameLibraryIsRefused() throws Exception {
        Path db = dir.resolve("library.db");
        ReportDrafterApp second = (ReportDrafterApp) FxToolkit.setupApplication(() -> new ReportDrafterApp(db));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status").tryQuery().map(n -> ((Label) n).getText().contains("另一个报告起草助手窗口")).orElse(false));
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("无法打开资料库：资料库正被另一个报告起草助手窗口使用"), status.getText());
        FxToolkit.cleanupApplication(second);
    }

    @Test
    void aSearchHitReadsWholeWithinTheLibraryPane() throws Exception {
        Path past = dir.resolve("past.txt");
        Files.writeString(past, String.join("\n", "绍兴市越城区教育局2010学年第二学期工作思路（征求意见稿）", "一、重点工作",
                "（一）队伍建设工程：造就身心健康发展的教师团队",
                "着眼于全体教师这个整体，着力于中青年教师这个主体，多管齐下，从师德师风、教学业务两个方面和学科教师团队建设、"
                        + "班主任团队建设、学校管理团队建设三个层面加强教师队伍建设。"));
        robot.interact(() -> {
            app.library().importFiles(List.of(past), null);
            app.library().refresh();
            app.window().reusePane().search("教师");
        });
        javafx.scene.control.ListView<?> results = robot.lookup("#search-results").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var cell = results.lookupAll(".list-cell").stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getItem() != null && c.isVisible()).findFirst().orElseThrow();
        javafx.geometry.Bounds list = results.localToScene(results.getLayoutBounds());
        for (javafx.scene.Node part : ((javafx.scene.layout.VBox) cell.getGraphic()).getChildren()) {
            javafx.geometry.Bounds b = part.localToScene(part.getLayoutBounds());
            assertTrue(b.getMaxX() <= list.getMaxX() + 1, "inside the pane, not past its right edge: " + part + " " + b + " in " + list);
            if (part instanceof Label l) {
                assertEquals(l.getText(), ((javafx.scene.text.Text) l.lookup(".text")).getText(), "whole, not cut with …");
            }
        }
        shot("search-hit-wraps");
    }

    @Test
    void searchInsertAPastSectionAndReviewItsYears() throws Exception {
        Path past = dir.resolve("past.txt");
        Files.writeString(past, String.join("\n", "甲县教育局2014年工作总结", "一、主要工作", "（一）加强师资队伍建设",
                "甲县教育局2014年组织开展教研活动，培训教师1200人次。", "（二）强化校园安全管理", "开展安全隐患排查整治。"));
        robot.interact(() -> {
            app.library().importFiles(List.of(past), null);
            app.library().refresh();
            app.library().createFromTemplate(app.library().templateChoices().get(0), "乙县教育局", 2015);
        });
        OutlineNode g1 = editor().report().sections().get(3).children().get(0);
        robot.interact(() -> {
            editor().select(g1);
            app.window().reusePane().search("教研");
        });
        javafx.scene.control.ListView<?> results = robot.lookup("#search-results").queryAs(javafx.scene.control.ListView.class);
        assertEquals(1, results.getItems().size());
        robot.interact(() -> results.getSelectionModel().select(0));
        shot("10-search-results");
        robot.clickOn("#search-results-insert");
        DialogPane review = dialog("review-dialog");
        var boxes = review.lookupAll(".check-box").stream().map(n -> (javafx.scene.control.CheckBox) n).toList();
        assertEquals(2, boxes.size(), "甲县教育局 and 2014年");
        robot.interact(() -> boxes.forEach(b -> b.setSelected(true)));
        Screenshots.save(robot, review, "11-year-and-name-review");
        robot.interact(() -> ((Button) review.lookupButton(review.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        OutlineNode inserted = g1.parent().children().get(1);
        assertEquals("乙县教育局2015年组织开展教研活动，培训教师1200人次。", inserted.body().get(0));
        assertEquals("甲县教育局2014年工作总结", inserted.provenance().reportTitle());
        shot("12-inserted-with-provenance");
    }

    @Test
    void portableFileWrittenOnATaskFromTheReportAsShown() throws Exception {
        robot.interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(0), "某县教育局", 2026));
        OutlineNode guide = app.library().editor().report().sections().get(0);
        robot.interact(() -> app.library().editor().setBody(guide, "以新时代中国特色社会主义思想为指导。"));
        Path out = dir.resolve("要点.json");
        var task = new java.util.concurrent.atomic.AtomicReference<javafx.concurrent.Task<Path>>();
        robot.interact(() -> task.set(app.window().files().exportPortableTo(out)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        var value = new java.util.concurrent.atomic.AtomicReference<Path>();
        robot.interact(() -> value.set(task.get().getValue()));
        assertEquals(out, value.get());
        var read = org.reportdrafter.storage.PortableJson.read(Files.readString(out), "要点.json");
        assertEquals(List.of("以新时代中国特色社会主义思想为指导。"), read.get(0).report().sections().get(0).body());
    }

    @Test
    void backupThenRestoreInTheApp() throws Exception {
        robot.interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(0), "某县教育局", 2026));
        Path backup = dir.resolve("备份.db");
        var task = new java.util.concurrent.atomic.AtomicReference<javafx.concurrent.Task<Void>>();
        robot.interact(() -> task.set(app.window().backupTo(backup)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task.get().isDone());
        assertTrue(Files.size(backup) > 0);
        robot.interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(1), "某县教育局", 2026));
        assertEquals(2, app.library().drafts().size());
        MainWindow before = app.window();
        robot.interact(() -> app.restore(backup));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != before && app.ready());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.library().drafts().size(), "the library as it was at the backup");
        assertEquals("某县教育局2026年工作要点", app.library().editor().report().title(), "and the session reopened");
    }
}
