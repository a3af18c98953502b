package org.reportdrafter.ui;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** Files the UI loads that are not code, from {@code assets/} at the repository root (on the class path as /assets). */
final class AppAssets {
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> icons;

    private AppAssets() {
    }

    /** The app icon in every size, for stages (the window manager picks the size it needs). */
    static synchronized List<Image> icons() {
        if (icons == null) {
            List<Image> out = new ArrayList<>();
            for (int s : ICON_SIZES) {
                try (InputStream in = AppAssets.class.getResourceAsStream("/assets/icons/app-" + s + ".png")) {
                    if (in != null) {
                        out.add(new Image(in));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            icons = List.copyOf(out);
        }
        return icons;
    }

    /**
     * Starts reading the icons on a thread of their own, so that the window's start does not wait for them
     * (the toolkit must be running: images are decoded by it).
     */
    static void readIconsSoon() {
        Thread t = new Thread(AppAssets::icons, "read-icons");
        t.setDaemon(true);
        t.start();
    }

    /** The app's stylesheet. */
    static String stylesheet() {
        URL u = AppAssets.class.getResource("/assets/app.css");
        return u == null ? null : u.toExternalForm();
    }
}
