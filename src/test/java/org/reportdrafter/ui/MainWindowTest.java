package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.importing.Fixtures;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.importing.LibraryImporter;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless under Monocle. */
class MainWindowTest {
    @TempDir
    Path dir;

    private javafx.application.Application app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void opensTheLibraryAndListsItsReports() throws Exception {
        Path db = dir.resolve("library.db");
        try (Database d = Database.open(db)) {
            new LibraryImporter(new ImportService(), new SqliteReportRepository(d))
                    .importFile(Fixtures.resource("plan-2024.txt"));
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new ReportDrafterApp(db));
        FxRobot robot = new FxRobot();
        ListView<?> list = robot.lookup("#library-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("报告起草助手", stage.getTitle());
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().contains("1 份报告"), status.getText());
        Path shot = Screenshots.save(robot, stage.getScene().getRoot(), "main-window");
        assertTrue(Files.size(shot) > 1000);
    }
}
