package org.reportdrafter.ui;

import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;

/**
 * Divider positions of the window's split panes, remembered per user (Java preferences: the registry on
 * Windows, ~/.java on Linux), not per library: they are how this person likes the screen.
 */
final class PaneSizes {
    private static final String NODE = "org/reportdrafter/ui/panes";

    private PaneSizes() {
    }

    static Preferences prefs() {
        return userNode(NODE);
    }

    /** A node of this user's settings; tests name their own ({@code reportdrafter.prefs}) to keep the user's apart. */
    static Preferences userNode(String path) {
        String test = System.getProperty("reportdrafter.prefs");
        return Preferences.userRoot().node(test == null ? path : path + "-" + test);
    }

    /** Restores the pane's dividers (or the defaults) and saves them whenever the user drags one. */
    static void remember(SplitPane pane, String key, double... defaults) {
        Preferences p = prefs();
        double[] pos = new double[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            pos[i] = p.getDouble(key + "." + i, defaults[i]);
        }
        pane.setDividerPositions(pos);
        // saved when the user lets go of a divider: the positions layout passes set on their own (a window
        // still growing to its size, a pane's minimum) are not the user's choice
        pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            double[] now = pane.getDividerPositions();
            for (int i = 0; i < now.length; i++) {
                p.putDouble(key + "." + i, now[i]);
            }
        });
    }
}
