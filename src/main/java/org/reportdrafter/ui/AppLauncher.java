package org.reportdrafter.ui;

import javafx.application.Application;

/** Kept apart from {@link Main} so that loading Main loads no JavaFX class. */
final class AppLauncher {
    private AppLauncher() {
    }

    static void launch(String[] args) {
        // JavaFX's own dialog buttons (确定, 取消) follow the default locale
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        // the library opens while the toolkit starts: the window then has its data when it is built
        ReportDrafterApp.openEarly(org.reportdrafter.storage.LibraryLocation.resolve(null));
        Application.launch(ReportDrafterApp.class, args);
    }
}
