package org.reportdrafter.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.fxmisc.richtext.CaretNode;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The caret of a text area blinks by its opacity, not its visibility (decision 18). RichTextFX blinks by
 * showing and hiding the caret; JavaFX passes that up every parent as a change of geometry, and the outline
 * list laid itself out again (measuring items it had not shown) and the whole window was repainted, twice a
 * second while the clerk only reads. The style sheet stops RichTextFX's own blink; this blinks the caret while
 * its area has the focus, and shows it steady again at each move of the caret, as typing does.
 */
final class CaretBlink {
    static final Duration HALF_PERIOD = Duration.millis(500);

    private CaretBlink() {
    }

    static void install(StyleClassedTextArea area) {
        CaretNode caret = (CaretNode) area.getCaretSelectionBind().getUnderlyingCaret();
        Timeline blink = new Timeline(new KeyFrame(HALF_PERIOD, e -> caret.setOpacity(caret.getOpacity() > 0 ? 0 : 1)));
        blink.setCycleCount(Animation.INDEFINITE);
        Runnable restart = () -> {
            caret.setOpacity(1);
            if (area.isFocused()) {
                blink.playFromStart();
            } else {
                blink.stop();
            }
        };
        area.focusedProperty().addListener((o, was, now) -> restart.run());
        area.caretPositionProperty().addListener((o, was, now) -> restart.run());
    }
}
