package org.reportdrafter.ui;

/**
 * The picture the JVM shows from its first moment when started with {@code -splash} (the installed launcher,
 * {@code ./mvnw javafx:run}) or from a jar whose manifest names one ({@code java -jar}): assets/splash.png.
 * JavaFX does not close it, so the app does once its own window is painted, and a command closes it at once.
 */
final class StartPicture {
    private StartPicture() {
    }

    /** Closes the picture, if the JVM shows one, on a thread of its own (AWT is not the FX thread's business). */
    static void close() {
        Thread t = new Thread(() -> {
            try {
                java.awt.SplashScreen s = java.awt.SplashScreen.getSplashScreen();
                if (s != null && s.isVisible()) {
                    s.close();
                }
            } catch (UnsupportedOperationException | IllegalStateException e) { // HeadlessException is one
                // no display (a command in a terminal, headless tests): there is no picture to close
            }
        }, "close-start-picture");
        t.setDaemon(true);
        t.start();
    }
}
