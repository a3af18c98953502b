package org.reportdrafter.ui;

import javafx.application.Application;

/** Kept apart from {@link Main} so that loading Main loads no JavaFX class. */
final class AppLauncher {
    private AppLauncher() {
    }

    static void launch(String[] args) {
        // JavaFX's own dialog buttons (确定, 取消) follow the default locale
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        Application.launch(ReportDrafterApp.class, args);
    }
}
