package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.edit.TextEdit;
import org.reportdrafter.importing.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pictures of docs/用户手册.md, taken from the current build while walking through the guide's steps
 * (and checking each step did what the guide says). They go to target/guide-images; to refresh the guide:
 * {@code ./mvnw -q -o test -Dtest=UserGuideScreenshotsTest -Dguide.images=docs/images}
 */
class UserGuideScreenshotsTest {
    @TempDir
    Path dir;
    private ReportDrafterApp app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();
    private final Path images = Path.of(System.getProperty("guide.images", "target/guide-images"));

    @BeforeAll
    static void asTheAppDoes() {
        // the app sets this before JavaFX starts (AppLauncher), so its dialogs say 确定/取消
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("library.db");
        app = (ReportDrafterApp) FxToolkit.setupApplication(() -> new ReportDrafterApp(db));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.ready());
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private OutlineEditorViewModel editor() {
        return app.library().editor();
    }

    private DialogPane dialog(String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    private void close(DialogPane pane) {
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    private void save(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image image = robot.capture(node).getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Files.createDirectories(images);
        ImageIO.write(out, "png", images.resolve(name + ".png").toFile());
    }

    private void window(String name) throws Exception {
        save(stage.getScene().getRoot(), name);
    }

    @Test
    void walkThroughTheGuide() throws Exception {
        // 第一次启动: an empty library
        assertEquals(0, app.library().drafts().size());
        window("guide-01-first-start");

        // 新建 from a template
        robot.clickOn("#action-new");
        DialogPane newDialog = dialog("new-dialog");
        robot.clickOn("#new-org").write("某县教育局");
        TextField year = robot.lookup("#new-year").queryAs(TextField.class);
        robot.interact(() -> year.setText("2026"));
        save(newDialog, "guide-02-new-dialog");
        robot.clickOn((Node) newDialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> editor() != null);
        assertEquals("某县教育局2026年工作要点", editor().report().title());

        // the outline: type a measure, Enter for the next one
        OutlineNode g1 = editor().report().sections().get(3).children().get(0);
        OutlineNode m1 = g1.children().get(0);
        robot.interact(() -> {
            editor().select(m1);
            editor().focusRequestProperty().set(new OutlineEditorViewModel.FocusRequest(m1, TextEdit.Field.HEADING, -1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("实施教师全员培训");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.write("加强师德师风建设");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("加强师德师风建设", g1.children().get(1).heading());
        assertEquals("2.", editor().label(g1.children().get(1)));
        window("guide-03-outline");

        // 导入 last year's plan
        var task = new java.util.concurrent.atomic.AtomicReference<javafx.concurrent.Task<?>>();
        robot.interact(() -> task.set(app.window().importFiles(List.of(Fixtures.resource("plan-2024.txt")))));
        DialogPane summary = dialog("import-summary");
        assertTrue(summary.getHeaderText().contains("成功导入 1 个文件"), summary.getHeaderText());
        save(summary, "guide-04-import-summary");
        close(summary);

        // 素材库: find last year's wording
        robot.interact(() -> {
            editor().select(g1);
            app.window().reusePane().search("教师");
        });
        javafx.scene.control.ListView<?> results = robot.lookup("#search-results").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        robot.interact(() -> results.getSelectionModel().select(0));
        window("guide-05-search");

        // 校对: text copied from a web page, with half-width commas and a placeholder year
        Path page = dir.resolve("网页复制.txt");
        Files.writeString(page, "某县教育局2025年工作要点\n一、指导思想\n以新思想为指导,办好人民满意的教育,完成201X年任务。\n"
                + "二、重点工作\n1.加强师资。组织教研活动,提升教师能力。\n");
        robot.interact(() -> {
            var imported = app.library().importFiles(List.of(page), null);
            app.library().refresh();
            app.library().open(imported.get(0).reports().get(0).id());
        });
        Label proof = robot.lookup("#proofread-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> proof.getText().startsWith("错误 1 处"));
        assertTrue(!proof.getText().contains("警告 0 处"), "the half-width commas are marked: " + proof.getText());
        OutlineNode guide = editor().report().sections().get(0);
        window("guide-06-proofread");

        // 版本: save 送审稿, change, compare
        robot.interact(() -> {
            app.library().saveNamedVersion("送审稿");
            editor().setBody(guide, "以新时代中国特色社会主义思想为指导，办好人民满意的教育。");
        });
        robot.interact(() -> app.window().run("action-versions"));
        DialogPane versions = dialog("versions-dialog");
        javafx.scene.control.ListView<?> list = robot.lookup("#versions-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        save(versions, "guide-07-versions");
        robot.clickOn("#versions-compare-now");
        DialogPane diff = dialog("diff-dialog");
        save(diff, "guide-08-compare");
        close(diff);
        close(versions);

        // 导出 Word (GB/T 9704)
        Path out = dir.resolve(org.reportdrafter.docx.DocxExporter.suggestedFileName(editor().report()));
        robot.interact(() -> task.set(app.window().exportTo(out)));
        DialogPane done = dialog("export-done");
        assertTrue(Files.size(out) > 0);
        save(done, "guide-09-export-done");
        close(done);
    }
}
