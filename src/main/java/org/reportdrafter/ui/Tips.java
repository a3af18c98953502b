package org.reportdrafter.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A tooltip is a popup window with a scene of
 * its own; the 校对 list made one per row at every update, and the window's first pass one per control
 * (decision 18), though most are never shown.
 */
final class Tips {
    private static final String TEXT = "report-drafter.tip";

    private Tips() {
    }

    /** The control's tooltip text from now on; null or empty for none. */
    static void set(Control c, String text) {
        String t = text == null ? "" : text;
        boolean hooked = c.getProperties().containsKey(TEXT);
        c.getProperties().put(TEXT, t);
        if (c.getTooltip() != null) {
            if (t.isEmpty()) {
                c.setTooltip(null);
            } else {
                c.getTooltip().setText(t);
            }
        }
        if (!hooked) {
            c.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                String now = (String) c.getProperties().get(TEXT);
                if (c.getTooltip() == null && !now.isEmpty()) {
                    c.setTooltip(new Tooltip(now)); // shows after the usual pause, as the pointer moves on it
                }
            });
        }
    }

    /** The text the control's tooltip has or will have when first hovered (for tests). */
    static String text(Control c) {
        Object t = c.getProperties().get(TEXT);
        return t == null ? (c.getTooltip() == null ? "" : c.getTooltip().getText()) : (String) t;
    }
}
