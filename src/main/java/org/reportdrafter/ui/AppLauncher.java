package org.reportdrafter.ui;

import javafx.application.Application;

/** Kept apart from {@link Main} so that loading Main loads no JavaFX class. */
final class AppLauncher {
    private AppLauncher() {
    }

    private static volatile boolean launched;

    static void launch(String[] args) {
        launched = true;
        prepare(org.reportdrafter.storage.LibraryLocation.resolve(null));
        Application.launch(ReportDrafterApp.class, args);
    }

    /** What happens before the toolkit starts, in the app and in bench ui's window process alike. */
    static void prepare(java.nio.file.Path library) {
        // JavaFX's own dialog buttons (确定, 取消) follow the default locale
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        // the library opens while the toolkit starts: the window then has its data when it is built
        ReportDrafterApp.openEarly(library);
    }

    /**
     * JavaFX's own texts made from now on (a text field's 剪切/复制/粘贴, the date picker) in the UI language.
     * Only in the app this launcher started: tests and embedding keep the JVM's locale.
     */
    static void followLanguage() {
        if (launched) {
            java.util.Locale.setDefault(Texts.english() ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
        }
    }
}
