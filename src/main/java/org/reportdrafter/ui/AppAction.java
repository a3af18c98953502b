package org.reportdrafter.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCombination;

/**
 * An action as a value: menus, toolbar and shortcuts are all made from one list of these.
 *
 * @param id          node id of its menu item and button, for tests
 * @param text        the menu text
 * @param accelerator shortcut, or null
 * @param toolbar     whether the toolbar shows it
 */
record AppAction(String id, String menu, String text, KeyCombination accelerator, boolean toolbar, Runnable handler,
                 BooleanExpression disabled) {

    static AppAction of(String id, String menu, String text, String accelerator, boolean toolbar, Runnable handler,
                        BooleanExpression disabled) {
        return new AppAction(id, menu, text, accelerator == null ? null : KeyCombination.keyCombination(accelerator),
                toolbar, handler, disabled == null ? new SimpleBooleanProperty(false) : disabled);
    }
}
