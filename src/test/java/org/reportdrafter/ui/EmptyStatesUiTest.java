package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportSummary;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a clerk sees where there is nothing to show yet: the phrase list, the 对照 pane's plan choice. */
class EmptyStatesUiTest {
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
    void theEmptyPhraseListSaysWhatPhrasesAreForAndHowToKeepOne() throws Exception {
        TabPane reuse = robot.lookup("#reuse-pane").queryAs(TabPane.class);
        robot.interact(() -> reuse.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = robot.lookup("#phrase-empty").queryAs(Label.class);
        assertTrue(hint.isVisible() && hint.getScene() != null, "the empty list shows a hint");
        assertTrue(hint.getText().contains("常用语"), hint.getText());
        assertTrue(hint.getText().contains("把所选文字存为常用语"), "it names the button that keeps a phrase: " + hint.getText());
        assertTrue(hint.getText().contains("插入到光标处"), "and the one that uses it: " + hint.getText());
        Screenshots.save(robot, stage.getScene().getRoot(), "phrases-empty");
        robot.clickOn(robot.lookup("#reuse-pane TextField").queryAllAs(TextField.class).stream()
                .filter(t -> "查找常用语".equals(t.getPromptText())).findFirst().orElseThrow());
        robot.write("督导");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("没有含“督导”的常用语。", robot.lookup("#phrase-empty").queryAs(Label.class).getText(),
                "with a filter, it says that nothing matches");
    }

    @Test
    void thePlanChoiceAlwaysShowsAPromptOrThePlan() throws Exception {
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.interact(() -> right.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<ReportSummary> plans = robot.lookup("#coverage-plan").queryAs(ComboBox.class);
        String prompt = "选择要对照的计划";
        assertEquals(prompt, shown(plans), "a plan is open: nothing to choose yet, the prompt says what goes here");
        long planId = app.library().editor().report().id();
        String planTitle = app.library().editor().report().title();

        // a summary drafted from the plan is compared with that plan
        robot.interact(() -> app.window().run("action-summary-from-plan"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReportKind.SUMMARY, app.library().editor().report().kind());
        assertEquals(planTitle, shown(plans));

        // back to the plan: the summary's choice is gone, the prompt is back
        robot.interact(() -> app.library().open(planId));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(prompt, shown(plans), "after switching to a plan");
        Screenshots.save(robot, stage.getScene().getRoot(), "coverage-plan-prompt");

        // the plan turned into a summary in 属性: the pane asks for its plan
        robot.interact(() -> app.library().editor().setKind(ReportKind.SUMMARY));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(prompt, shown(plans), "after changing the kind");
        assertEquals("请选择这份总结要对照的计划。", robot.lookup("#coverage-status").queryAs(Label.class).getText(),
                "a summary now: the pane asks for the plan, it no longer says a plan is open");
        robot.interact(() -> app.library().editor().setKind(ReportKind.PLAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#coverage-status").queryAs(Label.class).getText().startsWith("打开的是计划"),
                robot.lookup("#coverage-status").queryAs(Label.class).getText());
        assertEquals(prompt, shown(plans));
    }

    /** The text in the closed combo box, as the clerk reads it. */
    private static String shown(ComboBox<ReportSummary> box) {
        ListCell<ReportSummary> cell = box.getButtonCell();
        return cell != null && cell.isVisible() ? cell.getText() : null;
    }
}
