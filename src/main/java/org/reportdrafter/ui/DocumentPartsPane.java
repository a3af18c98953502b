package org.reportdrafter.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.DocumentParts;

/**
 * 公文要素 in the 属性 pane: 发文字号, title lines, wrapper notice, 主送机关, speaker and occasion, 附件说明,
 * attachments, 落款, 成文日期, 附注, 抄送, 印发机关 and 印发日期, genre. A field is committed when it loses focus
 * (or Enter in a one-line field), as one undoable step that autosave picks up like any other edit.
 */
final class DocumentPartsPane extends VBox {
    private final GridPane grid = new GridPane();
    private final VBox attachments = new VBox(6);
    private final List<Runnable> syncs = new ArrayList<>();
    private OutlineEditorViewModel vm;
    private boolean syncing;
    private int row;

    DocumentPartsPane() {
        super(8);
        setId("parts-pane");
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        text("parts.docNumber", "part-doc-number", DocumentParts::docNumber, DocumentParts::setDocNumber);
        text("parts.headline", "part-headline", DocumentParts::headline, DocumentParts::setHeadline);
        lines("parts.titleLines", "part-title-lines", DocumentParts::titleLines);
        lines("parts.wrapper", "part-wrapper", DocumentParts::wrapper);
        text("parts.addressee", "part-addressee", DocumentParts::addressee, DocumentParts::setAddressee);
        text("parts.author", "part-author", DocumentParts::author, DocumentParts::setAuthor);
        text("parts.occasion", "part-occasion", DocumentParts::occasion, DocumentParts::setOccasion);
        lines("parts.attachmentNotes", "part-attachment-notes", DocumentParts::attachmentNotes);
        lines("parts.signature", "part-signature", DocumentParts::signature);
        text("parts.dateText", "part-date-text", DocumentParts::dateText, DocumentParts::setDateText);
        text("parts.note", "part-note", DocumentParts::note, DocumentParts::setNote);
        text("parts.copyTo", "part-copy-to", DocumentParts::copyTo, DocumentParts::setCopyTo);
        text("parts.issuedBy", "part-issued-by", DocumentParts::issuedBy, DocumentParts::setIssuedBy);
        text("parts.issuedOn", "part-issued-on", DocumentParts::issuedOn, DocumentParts::setIssuedOn);
        text("parts.genre", "part-genre", DocumentParts::genre, DocumentParts::setGenre);
        Label attCaption = new Label(Texts.get("parts.attachments"));
        getChildren().addAll(grid, attCaption, attachments);
        setPadding(new Insets(0, 0, 8, 0));
        setDisable(true);
    }

    private void caption(String key, javafx.scene.Node field) {
        Label caption = new Label(Texts.get(key));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setWrapText(false);
        grid.add(caption, 0, row);
        grid.add(field, 1, row++);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
    }

    private void text(String key, String id, Function<DocumentParts, String> get, java.util.function.BiConsumer<DocumentParts, String> set) {
        TextField f = new TextField();
        f.setId(id);
        caption(key, f);
        Runnable commit = () -> {
            if (!syncing && vm != null) {
                DocumentParts p = vm.report().parts();
                vm.setPart(Texts.get("parts.edit", Texts.get(key)), () -> get.apply(p), v -> set.accept(p, v), f.getText());
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                commit.run();
            }
        });
        syncs.add(() -> f.setText(vm == null ? "" : get.apply(vm.report().parts())));
    }

    private void lines(String key, String id, Function<DocumentParts, List<String>> get) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(2);
        a.setWrapText(true);
        a.setPromptText(Texts.get("parts.onePerLine"));
        caption(key, a);
        a.focusedProperty().addListener((o, was, now) -> {
            if (!now && !syncing && vm != null) {
                vm.setPartLines(Texts.get("parts.edit", Texts.get(key)), get.apply(vm.report().parts()), List.of(a.getText().split("\n")));
            }
        });
        syncs.add(() -> a.setText(vm == null ? "" : String.join("\n", get.apply(vm.report().parts()))));
    }

    void setViewModel(OutlineEditorViewModel model) {
        vm = model;
        setDisable(model == null);
        if (model != null) {
            model.structureVersionProperty().addListener((o, a, b) -> {
                if (vm == model) {
                    sync();
                }
            });
        }
        sync();
    }

    private void sync() {
        syncing = true;
        try {
            for (Runnable r : syncs) {
                r.run();
            }
            attachments.getChildren().clear();
            if (vm != null) {
                for (Attachment att : vm.report().parts().attachments()) {
                    attachments.getChildren().add(attachment(att));
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** One attachment: its name and title editable, its content shown (edited in the source it came from). */
    private VBox attachment(Attachment a) {
        TextField name = new TextField(a.name());
        name.getStyleClass().add("attachment-name");
        TextField title = new TextField(a.title());
        title.getStyleClass().add("attachment-title");
        Consumer<Boolean> commit = focused -> {
            if (!focused && !syncing && vm != null) {
                vm.setAttachment(a, name.getText(), title.getText());
            }
        };
        name.focusedProperty().addListener((o, x, b) -> commit.accept(b));
        title.focusedProperty().addListener((o, x, b) -> commit.accept(b));
        StringBuilder content = new StringBuilder();
        for (String p : a.paragraphs()) {
            content.append(p).append('\n');
        }
        for (var n : a.root().subtree()) {
            if (n != a.root()) {
                content.append(n.sourceLabel()).append(n.heading()).append('\n');
                for (String p : n.body()) {
                    content.append(p).append('\n');
                }
            }
        }
        VBox box = new VBox(4, name, title);
        if (content.length() > 0) {
            Label c = new Label(content.toString().strip());
            c.setWrapText(true);
            c.getStyleClass().add("attachment-content");
            box.getChildren().add(c);
        }
        for (var n : a.root().subtree()) {
            for (var t : n.tables()) {
                box.getChildren().add(new TableGrid(t));
            }
        }
        box.getStyleClass().add("attachment-box");
        box.setPadding(new Insets(0, 8, 0, 8));
        return box;
    }

    /** For tests: the field with this id. */
    TextInputControl field(String id) {
        return (TextInputControl) grid.lookup("#" + id);
    }
}
