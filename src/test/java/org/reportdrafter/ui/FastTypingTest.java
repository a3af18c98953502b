package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.edit.TextEdit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clerk typing fast in the outline while the window keeps busy around the text: proofreading marks, the
 * navigation and similar sections arriving, every cell redrawn from the report, the outline re-measured
 * after a resize, autosave. Every character
 * typed must end up in the report, in order, and in the library.
 */
class FastTypingTest {
    @TempDir
    Path dir;
    private ReportDrafterApp app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = AppUnderTest.startWithNewPlan(dir);
    }

    @AfterEach
    void stop() throws Exception {
        AppUnderTest.stop(app);
    }

    @Test
    void typingGoesOnAtTheEndOfAMarkedHeadingAfterTheItemIsMoved() throws Exception {
        OutlineEditorViewModel ed = app.library().editor();
        OutlineNode measure = ed.report().sections().get(2).children().get(0);
        robot.interact(() -> {
            ed.select(measure);
            ed.focusRequestProperty().set(new OutlineEditorViewModel.FocusRequest(measure, TextEdit.Field.HEADING, 0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // a measure written in its heading, with a half-width comma typed by mistake: proofreading marks it
        String first = "全面落实“双减”政策,严格控制中小学生书面作业总量，规范校外培训机构办学行为，";
        robot.write(first);
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("确保作业时间达标");
        WaitForAsyncUtils.waitForFxEvents();
        // Alt+Shift+↓: the measure goes below the next one, the caret stays where the clerk left it
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, measure.indexInParent(), "moved down");
        robot.write("。");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first + "确保作业时间达标。", measure.heading(), "the full stop goes at the end, where the clerk stopped typing");
    }

    @Test
    void everyCharacterTypedQuicklyReachesTheReportWhileTheWindowRedraws() throws Exception {
        OutlineEditorViewModel ed = app.library().editor();
        // 三、具体目标 › 1.: a template measure whose prompt goes at the first keystroke
        OutlineNode measure = ed.report().sections().get(2).children().get(0);
        String[] bursts = {
            "全面落实“双减”政策，", "2026年完成义务教育优质均衡发展督导评估；", "Teachers attend 72 hours of training.",
            "信息化2.0试点校达到15所，", "深化课程改革，推进教育数字化转型，", "办好人民满意的教育。"};
        robot.interact(() -> {
            ed.select(measure);
            ed.focusRequestProperty().set(new OutlineEditorViewModel.FocusRequest(measure, TextEdit.Field.HEADING, 0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // while the keys go in: every cell redrawn from the report, the list re-laid out, the window resized
        AtomicBoolean typing = new AtomicBoolean(true);
        Thread busy = new Thread(() -> {
            int i = 0;
            while (typing.get()) {
                int n = i++;
                Platform.runLater(() -> {
                    app.window().editorView().refreshCells();
                    if (n % 100 == 0) {
                        // narrower and back (Monocle's screen is no wider than the window): the outline is
                        // measured afresh once the width settles, its cells made anew and the caret put back
                        stage.setWidth(stage.getWidth() + (n % 200 == 0 ? -30 : 30));
                    }
                });
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        busy.start();
        StringBuilder typed = new StringBuilder();
        try {
            for (String b : bursts) {
                robot.write(b, 0);
                typed.append(b);
                // a pause in typing: the proofreading, similar sections and autosave timers fire
                Thread.sleep(700);
            }
        } finally {
            typing.set(false);
            busy.join();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(typed.toString(), measure.heading(), "every character typed is in the item, in order");
        StyleClassedTextArea area = app.window().editorView().visibleCell(measure).area(TextEdit.Field.HEADING);
        assertEquals(typed.toString(), area.getText(), "the item shows what was typed");
        robot.interact(() -> app.library().saveNow());
        Report saved = app.library().repository().load(ed.report().id()).orElseThrow();
        assertEquals(typed.toString(), saved.sections().get(2).children().get(0).heading(), "and the library holds it");
    }
}
