package org.reportdrafter.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.edit.TextEdit;

/**
 * One outline node in the editor: disclosure toggle, computed label (also the drag handle), heading and
 * body in RichTextFX areas. Typing goes to the view model; structure keys are handled here.
 */
final class NodeCell extends ListCell<OutlineNode> {
    static final String DRAG_PREFIX = "report-drafter-node:";

    private final OutlineEditorView view;
    private final Label toggle = new Label();
    private final Label label = new Label();
    private final Label source = new Label("↗");
    private final StyleClassedTextArea heading = area();
    private final StyleClassedTextArea body = area();
    private final Region indent = new Region();
    private final Label bodyPrompt = new Label(Texts.get("editor.bodyPrompt"));
    private final Label headingPrompt = new Label();
    private final VBox tables = new VBox(4);
    private java.util.List<org.reportdrafter.domain.Table> shownTables = java.util.List.of();
    private final HBox box;
    private boolean syncing;
    /** sync() is putting the report's text into an area: the caret moves with it, not by the clerk. */
    private boolean replacing;
    private String shownRank = "";
    private boolean shownGuidance;
    private static final javafx.css.PseudoClass FLAGGED = javafx.css.PseudoClass.getPseudoClass("flagged");
    private final ChangeListener<Number> versionListener = (o, a, b) -> sync();

    NodeCell(OutlineEditorView view) {
        this.view = view;
        getStyleClass().add("node-cell");
        toggle.getStyleClass().add("node-toggle");
        toggle.setMinWidth(16);
        toggle.setOnMouseClicked(e -> {
            if (getItem() != null) {
                vm().toggleCollapsed(getItem());
            }
        });
        label.getStyleClass().add("node-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        body.getStyleClass().add("node-body");
        heading.getStyleClass().add("node-heading");
        // prompts lie over the empty area, top left, and let clicks through to it
        javafx.scene.layout.StackPane headingBox = overlay(heading, headingPrompt);
        javafx.scene.layout.StackPane bodyBox = overlay(body, bodyPrompt);
        tables.getStyleClass().add("node-tables");
        VBox texts = new VBox(2, headingBox, bodyBox, tables);
        HBox.setHgrow(texts, Priority.ALWAYS);
        source.getStyleClass().add("node-source");
        source.setOnMouseClicked(e -> {
            if (getItem() != null && getItem().provenance() != null) {
                view.openSource(getItem().provenance());
            }
        });
        box = new HBox(4, indent, toggle, label, texts, source);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(2, 8, 2, 4));
        setGraphic(null);
        setText(null);
        setPrefWidth(0); // let the list's width decide, so text wraps

        heading.textProperty().addListener((o, a, b) -> {
            if (!syncing && getItem() != null) {
                vm().setHeading(getItem(), b);
            }
        });
        body.textProperty().addListener((o, a, b) -> {
            if (!syncing && getItem() != null) {
                vm().setBody(getItem(), b);
            }
        });
        heading.focusedProperty().addListener((o, a, b) -> focusChanged(b));
        body.focusedProperty().addListener((o, a, b) -> focusChanged(b));
        heading.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(e, TextEdit.Field.HEADING));
        body.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(e, TextEdit.Field.BODY));
        // the areas would take the wheel for their own (non-existent) scrolling: the outline scrolls instead
        for (StyleClassedTextArea a : new StyleClassedTextArea[] {heading, body}) {
            a.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
                view.scroll(e);
                e.consume();
            });
            TextEdit.Field f = a == heading ? TextEdit.Field.HEADING : TextEdit.Field.BODY;
            // Not "while syncing": restyling the marks in sync() releases the caret move of the keystroke
            // being handled, and a move missed there left the remembered caret behind the typing, so a
            // re-measure or a move of the item put the caret back and the next characters went in the
            // middle of the text. Only a caret moved by sync's own replaceText is not the clerk's.
            a.caretPositionProperty().addListener((o, x, pos) -> {
                if (!replacing && a.isFocused() && getItem() != null) {
                    view.caretMoved(getItem(), f, pos);
                }
            });
        }
        installDrag();
    }

    private static javafx.scene.layout.StackPane overlay(StyleClassedTextArea area, Label prompt) {
        prompt.getStyleClass().add("body-prompt");
        prompt.setWrapText(true);
        prompt.setMouseTransparent(true);
        prompt.setStyle(CjkFonts.style(16));
        prompt.setMaxWidth(Double.MAX_VALUE);
        prompt.setPadding(new Insets(0, 0, 0, 1));
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(area, prompt);
        box.setAlignment(Pos.TOP_LEFT);
        prompt.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> area.getLength() == 0, area.lengthProperty()).and(prompt.textProperty().isNotEmpty()).and(area.visibleProperty()));
        box.visibleProperty().bind(area.visibleProperty());
        box.managedProperty().bind(area.managedProperty());
        return box;
    }

    private static StyleClassedTextArea area() {
        StyleClassedTextArea a = new StyleClassedTextArea();
        a.setWrapText(true);
        a.setAutoHeight(true);
        // one history for text and structure: the view model's, not the area's own
        a.setUndoManager(UndoUtils.noOpUndoManager());
        a.setStyle(CjkFonts.style(16));
        return a;
    }

    private OutlineEditorViewModel vm() {
        return view.viewModel();
    }

    StyleClassedTextArea area(TextEdit.Field f) {
        return f == TextEdit.Field.HEADING ? heading : body;
    }

    private void focusChanged(boolean focused) {
        if (focused) {
            view.focused(heading.isFocused() ? heading : body);
            if (getItem() != null) {
                view.caretMoved(getItem(), heading.isFocused() ? TextEdit.Field.HEADING : TextEdit.Field.BODY,
                        heading.isFocused() ? heading.getCaretPosition() : body.getCaretPosition());
            }
        }
        if (focused && getItem() != null) {
            vm().select(getItem());
            showBody(true);
        } else if (!focused) {
            vm().sealTyping();
            showBody(getItem() != null && hasBody(getItem()));
        }
    }

    /** Body text of the clerk's own (a template prompt is not). */
    private static boolean hasBody(OutlineNode n) {
        return !n.body().isEmpty() && !n.guidance();
    }

    private void showBody(boolean show) {
        boolean s = show || body.isFocused();
        body.setVisible(s);
        body.setManaged(s);
        // an item that is all body text (⒈全区幼儿园入园…) shows its label beside the text, not above it
        OutlineNode n = getItem();
        boolean h = n == null || !n.heading().isEmpty() || heading.isFocused() || !hasBody(n) || n == view.viewModel().selected();
        heading.setVisible(h);
        heading.setManaged(h);
    }

    @Override
    protected void updateItem(OutlineNode node, boolean empty) {
        OutlineNode before = getItem();
        super.updateItem(node, empty);
        if (before != null && before != node) {
            vm().versionProperty().removeListener(versionListener);
        }
        if (empty || node == null) {
            setGraphic(null);
            return;
        }
        if (before != node) {
            vm().versionProperty().addListener(versionListener);
        }
        setGraphic(box);
        sync();
    }

    /** Brings label, texts and styles in line with the node. */
    void sync() {
        OutlineNode n = getItem();
        if (n == null || view.viewModel() == null) {
            return;
        }
        syncing = true;
        try {
            OutlineEditorViewModel vm = vm();
            int depth = Math.max(1, n.depth());
            double indentWidth = (depth - 1) * 24.0;
            if (indent.getMinWidth() != indentWidth) {
                indent.setMinWidth(indentWidth);
            }
            setIfChanged(toggle, n.children().isEmpty() ? "" : vm.isCollapsed(n) ? "▸" : "▾");
            setIfChanged(label, vm.label(n));
            replacing = true;
            try {
                if (!heading.getText().equals(n.heading())) {
                    heading.replaceText(n.heading());
                }
                String b = OutlineEditorViewModel.shownBody(n);
                if (!body.getText().equals(b)) {
                    body.replaceText(b);
                }
            } finally {
                replacing = false;
            }
            // a template's prompt shows greyed where the item is empty and goes at the first keystroke
            String prompt = OutlineEditorViewModel.placeholder(n);
            boolean inHeading = OutlineEditorViewModel.placeholderInHeading(n);
            setIfChanged(headingPrompt, inHeading ? prompt : "");
            setIfChanged(bodyPrompt, !prompt.isEmpty() && !inHeading ? prompt : Texts.get("editor.bodyPrompt"));
            if (!n.tables().equals(shownTables)) {
                shownTables = java.util.List.copyOf(n.tables());
                tables.getChildren().clear();
                for (var t : shownTables) {
                    tables.getChildren().add(new TableGrid(t));
                }
            }
            // style classes only when they change: each change costs a CSS pass
            String rank = "h" + Math.min(4, Math.max(1, n.rank()));
            if (!rank.equals(shownRank)) {
                heading.getStyleClass().removeAll("h1", "h2", "h3", "h4");
                heading.getStyleClass().add(rank);
                label.getStyleClass().removeAll("h1", "h2", "h3", "h4");
                label.getStyleClass().add(rank);
                shownRank = rank;
            }
            if (n.guidance() != shownGuidance) {
                if (n.guidance()) {
                    body.getStyleClass().add("guidance");
                } else {
                    body.getStyleClass().remove("guidance");
                }
                shownGuidance = n.guidance();
            }
            // also in the cell the list measures heights with: skipping the marks there left gaps under items
            showMarks(n);
            var p = n.provenance();
            source.setVisible(p != null);
            source.setManaged(p != null);
            if (p != null && p != shownProvenance) {
                shownProvenance = p;
                source.setTooltip(new javafx.scene.control.Tooltip(Texts.get("editor.source", p.reportTitle(),
                        p.sectionPath() == null || p.sectionPath().isEmpty() ? "" : " › " + p.sectionPath(), p.takenAt())));
            }
            showBody(hasBody(n) || n == vm.selected() || (n.guidance() && !n.heading().isEmpty()));
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), n == vm.selected());
        } finally {
            syncing = false;
        }
    }

    /** The provenance whose tooltip the source mark has: a tooltip is a window of its own, made once. */
    private Object shownProvenance;

    /** A style span in one of the areas: what {@link #showMarks} applied last. */
    private record Span(TextEdit.Field field, int from, int to, String style) {
    }

    private java.util.List<Span> shownSpans = java.util.List.of();
    private boolean shownWholeItem;
    private String markedHeading = "";
    private String markedBody = "";

    /**
     * Proofreading findings underlined in the text, find matches highlighted. Restyling an area lays it
     * out again, so nothing is touched when the marks and the text are those shown already (every cell is
     * synced after each edit and each change of selection).
     */
    private void showMarks(OutlineNode n) {
        // an area's text is put together anew at each getText(): once here, for all the marks
        String headingText = heading.getText();
        String bodyText = body.getText();
        var findings = view.marks(n);
        var matches = vm().matchesIn(n);
        java.util.List<Span> spans = new java.util.ArrayList<>();
        var current = vm().currentMatch();
        int qlen = vm().matchQuery().length();
        for (var m : matches) {
            StyleClassedTextArea a = area(m.field());
            int from = Math.min(a.getLength(), m.offset());
            int to = Math.min(a.getLength(), from + qlen);
            if (to > from) {
                spans.add(new Span(m.field(), from, to, m.equals(current) ? "find-current" : "find-match"));
            }
        }
        boolean wholeItem = false;
        for (var f : findings) {
            var mark = ProofreadViewModel.markOf(f, headingText, bodyText);
            if (mark != null) {
                spans.add(new Span(mark.field(), mark.from(), mark.to(), "finding"));
            } else {
                wholeItem = true;
            }
        }
        boolean sameText = markedHeading.equals(headingText) && markedBody.equals(bodyText);
        if (!(sameText && spans.equals(shownSpans))) {
            if (!shownSpans.isEmpty()) { // typed text takes the style around it: unmarked text has none
                heading.clearStyle(0, heading.getLength());
                body.clearStyle(0, body.getLength());
            }
            for (Span sp : spans) {
                area(sp.field()).setStyleClass(sp.from(), sp.to(), sp.style());
            }
            shownSpans = spans;
            markedHeading = headingText;
            markedBody = bodyText;
        }
        if (wholeItem != shownWholeItem) {
            // a finding about the whole item marks its label, never a character of the heading
            label.pseudoClassStateChanged(FLAGGED, wholeItem);
            shownWholeItem = wholeItem;
        }
    }

    private static void setIfChanged(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    private void keys(KeyEvent e, TextEdit.Field field) {
        OutlineNode n = getItem();
        if (n == null) {
            return;
        }
        vm().select(n);
        StyleClassedTextArea a = area(field);
        boolean consumed = true;
        if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            if (e.isShiftDown()) {
                vm().outdent();
            } else {
                vm().indent();
            }
        } else if (e.getCode() == KeyCode.ENTER && field == TextEdit.Field.HEADING && !e.isShiftDown() && !e.isControlDown()) {
            if (a.getCaretPosition() >= a.getLength()) {
                vm().addSiblingAfter();
            } else {
                vm().split(TextEdit.Field.HEADING, 0, a.getCaretPosition());
            }
        } else if (e.getCode() == KeyCode.ENTER && field == TextEdit.Field.HEADING && e.isShiftDown()) {
            showBody(true);
            body.requestFocus();
            body.moveTo(0);
        } else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && e.isShiftDown()
                && (e.isAltDown() || e.isShortcutDown())) {
            if (e.getCode() == KeyCode.UP) {
                vm().moveUp();
            } else {
                vm().moveDown();
            }
        } else if (e.getCode() == KeyCode.BACK_SPACE && field == TextEdit.Field.HEADING && a.getCaretPosition() == 0
                && a.getSelection().getLength() == 0 && n.heading().isEmpty() && !hasBody(n) && n.children().isEmpty()) {
            vm().deleteSelected();
        } else if (e.getCode() == KeyCode.UP && field == TextEdit.Field.HEADING && a.getCurrentParagraph() == 0
                && !e.isShiftDown()) {
            consumed = view.focusNeighbour(n, -1);
        } else if (e.getCode() == KeyCode.DOWN && !e.isShiftDown()
                && (field == TextEdit.Field.BODY || !body.isVisible()) && a.getCurrentParagraph() == a.getParagraphs().size() - 1) {
            consumed = view.focusNeighbour(n, 1);
        } else {
            consumed = false;
        }
        if (consumed) {
            e.consume();
        }
    }

    private void installDrag() {
        label.setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            var db = label.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent c = new ClipboardContent();
            c.putString(DRAG_PREFIX + getItem().uid());
            db.setContent(c);
            e.consume();
        });
        setOnDragOver(e -> {
            if (dragged(e) != null && getItem() != null && dragged(e) != getItem()) {
                e.acceptTransferModes(TransferMode.MOVE);
                showDropZone(zone(e));
                e.consume();
            }
        });
        setOnDragExited(e -> showDropZone(null));
        setOnDragDropped(e -> {
            OutlineNode moving = dragged(e);
            OutlineNode target = getItem();
            boolean done = false;
            if (moving != null && target != null) {
                String z = zone(e);
                OutlineNode parent = target.parent();
                done = switch (z) {
                    case "before" -> vm().moveTo(moving, parent, target.indexInParent());
                    case "after" -> vm().moveTo(moving, parent, target.indexInParent() + 1);
                    default -> vm().moveTo(moving, target, target.children().size());
                };
            }
            showDropZone(null);
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private OutlineNode dragged(DragEvent e) {
        String s = e.getDragboard().getString();
        if (s == null || !s.startsWith(DRAG_PREFIX)) {
            return null;
        }
        return view.nodeByUid(s.substring(DRAG_PREFIX.length()));
    }

    /** The drop position shown while dragging: above, below, or into the node under the pointer. */
    private String zone(DragEvent e) {
        double h = getHeight();
        if (e.getY() < h * 0.3) {
            return "before";
        }
        if (e.getY() > h * 0.7) {
            return "after";
        }
        return "child";
    }

    private void showDropZone(String zone) {
        for (String z : new String[] {"before", "after", "child"}) {
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-" + z), z.equals(zone));
        }
    }
}
