package org.reportdrafter.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a new library in {@code dir}, as the window tests start and stop it (headless). */
final class AppUnderTest {
    private AppUnderTest() {
    }

    /** Started and ready: the window up and the last session in it (it is read while the window is built). */
    static ReportDrafterApp start(Path dir) throws Exception {
        System.setProperty("reportdrafter.prefs", "test"); // pane sizes and language not in the user's settings
        // each test starts as a new user: pane sizes a test let go of (a divider dragged, a narrow window) left
        // the next tests, and the next runs, a library pane too narrow to point at
        PaneSizes.prefs().clear();
        FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("library.db");
        ReportDrafterApp app = (ReportDrafterApp) FxToolkit.setupApplication(() -> new ReportDrafterApp(db));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, app::ready);
        caretPlaced(app);
        return app;
    }

    /** Started, with a new 工作要点 of 某县教育局 for 2026 from the first template open in the editor. */
    static ReportDrafterApp startWithNewPlan(Path dir) throws Exception {
        ReportDrafterApp app = start(dir);
        new FxRobot().interact(() -> app.library().createFromTemplate(app.library().templateChoices().get(0), "某县教育局", 2026));
        caretPlaced(app);
        return app;
    }

    /**
     * The first report a window shows gets its caret, and 属性 its panes below the fold, a frame after its text
     * (decision 18): waited for.
     */
    static void caretPlaced(ReportDrafterApp app) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() == null || app.library().editor() == null || app.window().settledIn());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void stop(ReportDrafterApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
