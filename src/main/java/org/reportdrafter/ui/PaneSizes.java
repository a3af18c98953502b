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
        String test = System.getProperty("reportdrafter.prefs");
        return Preferences.userRoot().node(test == null ? NODE : NODE + "-" + test);
    }

    /** Restores the pane's dividers (or the defaults) and saves them whenever the user drags one. */
    static void remember(SplitPane pane, String key, double... defaults) {
        Preferences p = prefs();
        double[] pos = new double[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            pos[i] = p.getDouble(key + "." + i, defaults[i]);
        }
        pane.setDividerPositions(pos);
        for (int i = 0; i < pane.getDividers().size(); i++) {
            int index = i;
            pane.getDividers().get(i).positionProperty().addListener((o, a, b) -> p.putDouble(key + "." + index, b.doubleValue()));
        }
    }
}
