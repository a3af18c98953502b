package org.reportdrafter.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** Tabs whose content joins the window only when first shown. */
final class Tabs {
    private Tabs() {
    }

    /**
     * {@code content} becomes the tab's content the first time the tab is selected. A control costs little
     * to create; its skin and style are made when it enters the window, and at start that is the window's
     * slowest step (decision 18): a tab nobody has opened yet need not take part in it.
     */
    static Tab deferred(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return tab;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
        return tab;
    }
}
