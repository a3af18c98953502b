package org.reportdrafter.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A bar across the window while saving fails: the reason, where the text was kept, when the next
 * automatic retry comes, and a button to retry now. Hidden while saves succeed.
 */
final class SaveBanner extends HBox {
    SaveBanner(LibraryViewModel library) {
        setId("save-banner");
        Label text = new Label();
        text.setId("save-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(library.saveProblemProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button retry = new Button(Texts.get("banner.retry"));
        retry.setId("save-banner-retry");
        retry.setOnAction(e -> library.retrySave());
        setSpacing(12);
        setPadding(new Insets(6, 12, 6, 12));
        setStyle(CjkFonts.style(13) + "-fx-background-color: #fdecea; -fx-border-color: #d93025; -fx-border-width: 0 0 1 0;");
        visibleProperty().bind(library.saveProblemProperty().isNotNull().and(library.saveProblemProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
        // its label and button join the window when it first shows (the first style pass styles hidden controls too)
        Runnable fill = () -> {
            if (isVisible() && getChildren().isEmpty()) {
                getChildren().addAll(text, retry);
            }
        };
        visibleProperty().addListener((o, was, now) -> fill.run());
        fill.run();
    }
}
