package org.reportdrafter.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for the scene's next layout pass to be done (and its frame drawn) before it runs. */
final class NextLayout {
    private NextLayout() {
    }

    /** Runs {@code then} on the FX thread once the next layout pulse of {@code scene} is over; asks for one. */
    static void then(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(then); // not inside the pulse: what it changes is laid out in the next one
            }
        });
        Platform.requestNextPulse();
    }
}
