package org.reportdrafter.ui;

import javafx.application.Application;

/** Kept apart from {@link Main} so that loading Main loads no JavaFX class. */
final class AppLauncher {
    private AppLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(ReportDrafterApp.class, args);
    }
}
