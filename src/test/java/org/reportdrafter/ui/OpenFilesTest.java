package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.importing.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Files handed to the app by the file manager or the installed launcher are imported and opened. */
class OpenFilesTest {
    @TempDir
    Path dir;
    private ReportDrafterApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void documentsAloneOpenTheAppAnythingElseIsACommand() {
        assertTrue(Main.opensApp(new String[0]));
        assertTrue(Main.opensApp(new String[] {"/home/clerk/桌面/2024年工作要点.docx"}));
        assertTrue(Main.opensApp(new String[] {"C:\\Users\\clerk\\总结.TXT", "旧计划.doc", "同事发来的.json"}));
        assertFalse(Main.opensApp(new String[] {"parse", "计划.docx"}), "a command with a file stays a command");
        assertFalse(Main.opensApp(new String[] {"list"}));
        assertFalse(Main.opensApp(new String[] {"--help"}));
        assertFalse(Main.opensApp(new String[] {"--db", "x.json"}));
        assertFalse(Main.opensApp(new String[] {"计划.pdf"}), "not a document the app reads: picocli says so");
    }

    @Test
    void aTextFileGivenAtStartIsImportedAndOpened() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("library.db");
        String file = Fixtures.resource("plan-2024.txt").toString();
        app = (ReportDrafterApp) FxToolkit.setupApplication(() -> new ReportDrafterApp(db, java.util.List.of(file)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.library() != null && app.library().editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("某县教育局2024年工作要点", app.library().editor().report().title());
        assertEquals(1, app.library().past().size(), "imported as a past report, as 导入 does");
        FxRobot robot = new FxRobot();
        DialogPane summary = robot.lookup("#import-summary").queryAs(DialogPane.class);
        assertTrue(summary.getHeaderText().contains("成功导入 1 个文件"), summary.getHeaderText());
    }
}
