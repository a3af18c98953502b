package org.reportdrafter.ui;

import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCombination;

/**
 * An action as a value: menus, toolbar, shortcuts and the 快捷键 list are all made from one list of these.
 *
 * @param id          node id of its menu item and button, for tests
 * @param menu        message key of its menu
 * @param text        the menu text
 * @param accelerator shortcut shown in the menu, or null
 * @param toolbar     whether the toolbar shows it
 * @param alternates  further shortcuts that run it (not shown as menu items of their own)
 * @param liveText    menu text that changes (撤销“移动条目”), or null for {@code text}
 */
record AppAction(String id, String menu, String text, KeyCombination accelerator, boolean toolbar, Runnable handler,
                 BooleanExpression disabled, List<KeyCombination> alternates, ObservableValue<String> liveText) {

    static AppAction of(String id, String menu, String text, String accelerator, boolean toolbar, Runnable handler,
                        BooleanExpression disabled) {
        return new AppAction(id, menu, text, accelerator == null ? null : KeyCombination.keyCombination(accelerator),
                toolbar, handler, disabled == null ? new SimpleBooleanProperty(false) : disabled, List.of(), null);
    }

    /** The same action with one more shortcut. */
    AppAction alsoOn(String accelerator) {
        List<KeyCombination> more = new java.util.ArrayList<>(alternates);
        more.add(KeyCombination.keyCombination(accelerator));
        return new AppAction(id, menu, text, this.accelerator, toolbar, handler, disabled, List.copyOf(more), liveText);
    }

    /** The same action with a menu text that follows {@code live}. */
    AppAction withLiveText(ObservableValue<String> live) {
        return new AppAction(id, menu, text, accelerator, toolbar, handler, disabled, alternates, live);
    }

    boolean matches(javafx.scene.input.KeyEvent e) {
        if (accelerator != null && accelerator.match(e)) {
            return true;
        }
        for (KeyCombination k : alternates) {
            if (k.match(e)) {
                return true;
            }
        }
        return false;
    }
}
