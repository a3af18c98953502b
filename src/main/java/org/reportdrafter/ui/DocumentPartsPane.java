package org.reportdrafter.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
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
 * 公文要素 in the 属性 pane: the 版头's 份号, 密级和保密期限, 紧急程度 and 签发人, 发文字号, title lines, wrapper notice, 主送机关, speaker and occasion, 附件说明,
 * attachments, 落款, 成文日期, 附注, 抄送, 印发机关 and 印发日期, genre. A field is committed when it loses focus
 * (or Enter in a one-line field; a choice when it is made), as one undoable step that autosave picks up like any other edit.
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
        // the 版头 top down as GB/T 9704 7.2 prints it: 份号, 密级和保密期限, 紧急程度, 发文字号, 签发人
        text("parts.docSerial", "part-doc-serial", DocumentParts::docSerial, DocumentParts::setDocSerial);
        secretLevel();
        choice("parts.urgency", "part-urgency", URGENCIES, DocumentParts::urgency, DocumentParts::setUrgency);
        text("parts.docNumber", "part-doc-number", DocumentParts::docNumber, DocumentParts::setDocNumber);
        text("parts.signedOffBy", "part-signed-off-by", DocumentParts::signedOffBy, DocumentParts::setSignedOffBy);
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
        syncs.add(() -> EditorPanes.show(f, vm == null ? "" : get.apply(vm.report().parts())));
    }

    /** 密级 (7.2.2): the three levels of the 保密法; "" for none. Printed as they are, whatever the UI language. */
    static final List<String> SECRET_LEVELS = List.of("", "秘密", "机密", "绝密");
    /** 紧急程度 (7.2.3), printed as they are. */
    static final List<String> URGENCIES = List.of("", "特急", "加急");
    /** What the lists show for the printed values, in the UI language. */
    private static final java.util.Map<String, String> VALUE_KEYS = java.util.Map.of("秘密", "parts.level.confidential",
            "机密", "parts.level.secret", "绝密", "parts.level.topSecret", "特急", "parts.urgency.extraUrgent", "加急", "parts.urgency.urgent");
    /** Between 密级 and 保密期限 as printed: 秘密★1年. */
    private static final String STAR = "★";

    private ComboBox<String> combo(String id, List<String> values) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String v) {
                // an imported document's own value is shown as it is
                return v == null || v.isEmpty() ? Texts.get("parts.none") : VALUE_KEYS.containsKey(v) ? Texts.get(VALUE_KEYS.get(v)) : v;
            }

            @Override
            public String fromString(String v) {
                return v;
            }
        });
        return c;
    }

    /** Shows v, adding it to the items when it is not one of the standard values (an imported document's own). */
    private static void show(ComboBox<String> c, List<String> standard, String v) {
        if (!c.getItems().contains(v)) {
            c.getItems().setAll(standard);
            c.getItems().add(v);
        }
        c.setValue(v);
    }

    /** A part with standard values, committed as one undoable step when another value is chosen. */
    private void choice(String key, String id, List<String> values, Function<DocumentParts, String> get,
                        java.util.function.BiConsumer<DocumentParts, String> set) {
        ComboBox<String> c = combo(id, values);
        caption(key, c);
        c.valueProperty().addListener((o, a, v) -> {
            if (!syncing && vm != null && v != null) {
                DocumentParts p = vm.report().parts();
                vm.setPart(Texts.get("parts.edit", Texts.get(key)), () -> get.apply(p), x -> set.accept(p, x), v);
            }
        });
        syncs.add(() -> show(c, values, vm == null ? "" : get.apply(vm.report().parts())));
    }

    /** 密级和保密期限 (秘密★1年): the level chosen, the period typed; one part of the report. */
    private void secretLevel() {
        ComboBox<String> level = combo("part-secret-level", SECRET_LEVELS);
        caption("parts.secretLevel", level);
        TextField period = new TextField();
        period.setId("part-secret-period");
        period.setPromptText(Texts.get("parts.secretPeriodPrompt"));
        caption("parts.secretPeriod", period);
        period.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> level.getValue() == null || level.getValue().isEmpty(), level.valueProperty()));
        Runnable commit = () -> {
            if (!syncing && vm != null) {
                String l = level.getValue() == null ? "" : level.getValue().strip();
                String t = period.getText() == null ? "" : period.getText().strip();
                if (t.startsWith(STAR)) {
                    t = t.substring(1).strip();
                }
                DocumentParts p = vm.report().parts();
                vm.setPart(Texts.get("parts.edit", Texts.get("parts.secretLevel")), p::secretLevel, p::setSecretLevel,
                        l.isEmpty() ? "" : t.isEmpty() ? l : l + STAR + t);
            }
        };
        level.valueProperty().addListener((o, a, v) -> commit.run());
        period.setOnAction(e -> commit.run());
        period.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                commit.run();
            }
        });
        syncs.add(() -> {
            String v = vm == null ? "" : vm.report().parts().secretLevel();
            int star = v.indexOf(STAR);
            show(level, SECRET_LEVELS, star < 0 ? v : v.substring(0, star).strip());
            EditorPanes.show(period, star < 0 ? "" : v.substring(star + 1).strip());
        });
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
        syncs.add(() -> EditorPanes.show(a, vm == null ? "" : String.join("\n", get.apply(vm.report().parts()))));
    }

    void setViewModel(OutlineEditorViewModel model) {
        vm = model;
        EditorPanes.follow(this, model, () -> vm, this::sync);
    }

    /** What an attachment's editor shows: it is made anew when any of it changed (the attachment is mutable). */
    private record Shown(Attachment attachment, String name, String title, String content, List<org.reportdrafter.domain.Table> tables) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shown other && other.attachment == attachment && other.name.equals(name)
                    && other.title.equals(title) && other.content.equals(content) && other.tables.equals(tables);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(attachment);
        }
    }

    private List<Shown> shownAttachments;

    private void sync() {
        syncing = true;
        try {
            for (Runnable r : syncs) {
                r.run();
            }
            // this runs after every structural edit: the editors are made anew only when the attachments
            // changed (new fields on every move cost time, and took a half-typed name's focus)
            List<Shown> now = new ArrayList<>();
            if (vm != null) {
                for (Attachment att : vm.report().parts().attachments()) {
                    now.add(new Shown(att, att.name(), att.title(), content(att), att.root().subtree().stream()
                            .flatMap(n -> n.tables().stream()).toList()));
                }
            }
            if (!now.equals(shownAttachments)) {
                shownAttachments = now;
                attachments.getChildren().clear();
                for (Shown shown : now) {
                    attachments.getChildren().add(attachment(shown));
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** One attachment: its name and title editable, its content shown (edited in the source it came from). */
    private static String content(Attachment a) {
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
        return content.toString().strip();
    }

    private VBox attachment(Shown shown) {
        Attachment a = shown.attachment();
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
        String content = shown.content();
        VBox box = new VBox(4, name, title);
        if (!content.isEmpty()) {
            Label c = new Label(content);
            c.setWrapText(true);
            c.getStyleClass().add("attachment-content");
            box.getChildren().add(c);
        }
        for (org.reportdrafter.domain.Table t : shown.tables()) {
            box.getChildren().add(new TableGrid(t));
        }
        box.getStyleClass().add("attachment-box");
        box.setPadding(new Insets(0, 8, 0, 8));
        return box;
    }

    /** For tests: the field with this id. */
    TextInputControl field(String id) {
        return (TextInputControl) grid.lookup("#" + id);
    }

    /** For tests: the choice box with this id. */
    @SuppressWarnings("unchecked")
    ComboBox<String> choiceBox(String id) {
        return (ComboBox<String>) grid.lookup("#" + id);
    }
}
