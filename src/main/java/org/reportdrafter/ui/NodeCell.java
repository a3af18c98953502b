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
    private final FieldText heading = new FieldText("node-heading", a -> areaMade(a, TextEdit.Field.HEADING));
    private final FieldText body = new FieldText("node-body", a -> areaMade(a, TextEdit.Field.BODY));
    private final Region indent = new Region();
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
    /** The report whose version this cell listens to: the view may show another one (or none) by now. */
    private OutlineEditorViewModel listenedTo;

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
        body.setPrompt(Texts.get("editor.bodyPrompt"));
        tables.getStyleClass().add("node-tables");
        VBox texts = new VBox(2, heading, body, tables);
        HBox.setHgrow(texts, Priority.ALWAYS);
        source.getStyleClass().add("node-source");
        source.setOnMouseClicked(e -> {
            if (getItem() != null && getItem().provenance() != null) {
                view.openSource(getItem().provenance());
            }
        });
        box = new Row(indent, toggle, label, texts, source);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(2, 8, 2, 4));
        setGraphic(null);
        setText(null);
        setPrefWidth(0); // let the list's width decide, so text wraps

        installDrag();
    }

    /**
     * The cell's row. A child that HBox moves while laying the row out (the texts, when the indent or the
     * label's width differs from the last item's) makes JavaFX ask the row and the cell for another layout
     * (HBox does not tell it the move is its own); the list then took the cell's request as a change of
     * size and laid all its cells out again in the next frame, after every move of an item.
     */
    private static final class Row extends HBox {
        private boolean positioning;

        Row(javafx.scene.Node... children) {
            super(4, children);
        }

        @Override
        protected void layoutChildren() {
            positioning = true;
            try {
                super.layoutChildren();
            } finally {
                positioning = false;
            }
        }

        @Override
        public void requestLayout() {
            if (!positioning) {
                super.requestLayout();
            }
        }
    }

    /** An item's text is edited for the first time in this cell: its area is made, and wired here. */
    private void areaMade(StyleClassedTextArea a, TextEdit.Field f) {
        a.textProperty().addListener((o, was, now) -> {
            if (!syncing && getItem() != null) {
                if (f == TextEdit.Field.HEADING) {
                    vm().setHeading(getItem(), now);
                } else {
                    vm().setBody(getItem(), now);
                }
            }
        });
        a.focusedProperty().addListener((o, was, now) -> focusChanged(now));
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(e, f));
        // the area would take the wheel for its own (non-existent) scrolling: the outline scrolls instead
        a.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            view.scroll(e);
            e.consume();
        });
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

    private OutlineEditorViewModel vm() {
        return view.viewModel();
    }

    /** The field's area, made now if it was not yet, and the field shown. */
    StyleClassedTextArea area(TextEdit.Field f) {
        FieldText t = field(f);
        t.setVisible(true);
        t.setManaged(true);
        return t.area();
    }

    /** The marks the field shows now (findings, find matches). */
    java.util.List<FieldText.Mark> marks(TextEdit.Field f) {
        return field(f).marks();
    }

    FieldText field(TextEdit.Field f) {
        return f == TextEdit.Field.HEADING ? heading : body;
    }

    private void focusChanged(boolean focused) {
        if (focused) {
            FieldText t = heading.isEditing() ? heading : body;
            view.focused(t.area());
            if (getItem() != null) {
                view.caretMoved(getItem(), t == heading ? TextEdit.Field.HEADING : TextEdit.Field.BODY, t.area().getCaretPosition());
            }
        }
        if (focused && getItem() != null) {
            vm().select(getItem());
            showBody(true);
        } else if (!focused) {
            vm().sealTyping();
            showBody(getItem() != null && bodyShown(getItem()));
        }
    }

    /**
     * The caret is on the first shown line of the text: the first line of its first paragraph as wrapped, not
     * just anywhere in that paragraph (a long paragraph is one paragraph of many lines).
     */
    private static boolean onFirstLine(StyleClassedTextArea a) {
        return a.getCurrentParagraph() == 0 && caretLine(a) == 0;
    }

    /** The caret is on the last shown line of the text. */
    private static boolean onLastLine(StyleClassedTextArea a) {
        int last = a.getParagraphs().size() - 1;
        return a.getCurrentParagraph() == last && caretLine(a) >= lineCount(a, last) - 1;
    }

    /** The caret's line within its paragraph as wrapped (0 if the paragraph is not laid out yet). */
    private static int caretLine(StyleClassedTextArea a) {
        try {
            return a.lineIndex(a.getCurrentParagraph(), a.getCaretColumn());
        } catch (RuntimeException notLaidOut) {
            return 0;
        }
    }

    private static int lineCount(StyleClassedTextArea a, int paragraph) {
        try {
            return a.getParagraphLinesCount(paragraph);
        } catch (RuntimeException notLaidOut) {
            return 1;
        }
    }

    /** Body text of the clerk's own (a template prompt is not). */
    private static boolean hasBody(OutlineNode n) {
        return !n.body().isEmpty() && !n.guidance();
    }

    /**
     * The body line shows for text of the clerk's own, for the current item (its prompt invites a body) and for a
     * template's prompt under a heading; the same whether or not the caret has just left the item (it hid the
     * prompt when a 校对 click took the keyboard to the findings).
     */
    private boolean bodyShown(OutlineNode n) {
        return hasBody(n) || n == vm().selected() || (n.guidance() && !n.heading().isEmpty());
    }

    private void showBody(boolean show) {
        boolean s = show || body.isEditing();
        body.setVisible(s);
        body.setManaged(s);
        // an item that is all body text (⒈全区幼儿园入园…) shows its label beside the text, not above it
        OutlineNode n = getItem();
        boolean h = n == null || !n.heading().isEmpty() || heading.isEditing() || !hasBody(n) || n == view.viewModel().selected();
        heading.setVisible(h);
        heading.setManaged(h);
    }

    /**
     * The cell lays its row out. Sizing and placing the row made the cell ask for a layout of its own (the
     * label skin listens to its graphic's bounds; JavaFX forces a parent's layout when a child moves), which
     * the list took as a change of size and laid all its cells out again at its next layout.
     */
    private boolean layingOut;

    @Override
    protected void layoutChildren() {
        layingOut = true;
        try {
            super.layoutChildren();
        } finally {
            layingOut = false;
        }
    }

    @Override
    public void requestLayout() {
        if (layingOut) {
            return;
        }
        super.requestLayout();
    }

    @Override
    protected void updateItem(OutlineNode node, boolean empty) {
        OutlineNode before = getItem();
        if (before != null && before != node && holdsFocus()) {
            // The list gives a shown cell the item now at its index when items are added or removed above it
            // (a group collapsed, an item inserted): keys typed on would go into that other item.
            view.caretCellReused();
        }
        super.updateItem(node, empty);
        if (before != null && before != node && listenedTo != null) {
            listenedTo.versionProperty().removeListener(versionListener);
            listenedTo = null;
        }
        if (empty || node == null) {
            // The list measures items it has not shown with one hidden cell, emptied after each. Taking its
            // graphic away and back made the whole item's styles be matched again from scratch each time, most
            // of a move's time on a long report; so the emptied measuring cell keeps its graphic, left out of
            // its layout: the hidden group that holds the cell sizes it to its preferred width (none, so that
            // text wraps at the list's width), and the item's text laid out again at that width, a character
            // a line, was slow and made the window be drawn anew at each frame. A shown cell that empties
            // drops its graphic (and any focus in it).
            if (measuring()) {
                box.setManaged(false);
            } else {
                setGraphic(null);
            }
            return;
        }
        if (before != node && vm() != null) {
            listenedTo = vm();
            listenedTo.versionProperty().addListener(versionListener);
        }
        setGraphic(box);
        box.setManaged(true);
        boolean measuring = measuring();
        heading.setMeasuring(measuring);
        body.setMeasuring(measuring);
        sync();
    }

    private boolean holdsFocus() {
        javafx.scene.Scene scene = getScene();
        for (javafx.scene.Node n = scene == null ? null : scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Whether this is the list's hidden cell for measuring items, not one it shows. */
    private boolean measuring() {
        return getParent() != null && !getParent().getStyleClass().contains("sheet");
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
                    heading.setText(n.heading());
                }
                String b = OutlineEditorViewModel.shownBody(n);
                if (!body.getText().equals(b)) {
                    body.setText(b);
                }
            } finally {
                replacing = false;
            }
            // a template's prompt shows greyed where the item is empty and goes at the first keystroke
            String prompt = OutlineEditorViewModel.placeholder(n);
            boolean inHeading = OutlineEditorViewModel.placeholderInHeading(n);
            heading.setPrompt(inHeading ? prompt : "");
            body.setPrompt(!prompt.isEmpty() && !inHeading ? prompt : Texts.get("editor.bodyPrompt"));
            if (!n.tables().equals(shownTables)) {
                shownTables = java.util.List.copyOf(n.tables());
                tables.getChildren().clear();
                for (var t : shownTables) {
                    tables.getChildren().add(new TableGrid(t));
                }
            }
            // variants (pseudo-classes) only when they change: each change costs a CSS pass
            String rank = "h" + Math.min(4, Math.max(1, n.rank()));
            if (!rank.equals(shownRank)) {
                heading.setVariants(java.util.List.of(rank));
                if (!shownRank.isEmpty()) {
                    label.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(shownRank), false);
                }
                label.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(rank), true);
                shownRank = rank;
            }
            if (n.guidance() != shownGuidance) {
                body.setVariants(n.guidance() ? java.util.List.of("guidance") : java.util.List.of());
                shownGuidance = n.guidance();
            }
            // also in the cell the list measures heights with: skipping the marks there left gaps under items
            showMarks(n);
            var p = n.provenance();
            source.setVisible(p != null);
            source.setManaged(p != null);
            if (p != null && p != shownProvenance) {
                shownProvenance = p;
                Tips.set(source, Texts.get("editor.source", p.reportTitle(),
                        p.sectionPath() == null || p.sectionPath().isEmpty() ? "" : " › " + p.sectionPath(), p.takenAt()));
            }
            showBody(bodyShown(n));
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
            FieldText a = field(m.field());
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
            for (TextEdit.Field f : TextEdit.Field.values()) {
                field(f).setMarks(spans.stream().filter(sp -> sp.field() == f)
                        .map(sp -> new FieldText.Mark(sp.from(), sp.to(), sp.style())).toList());
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
            body.area().requestFocus();
            body.area().moveTo(0);
        } else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && e.isShiftDown()
                && (e.isAltDown() || e.isShortcutDown())) {
            if (e.getCode() == KeyCode.UP) {
                vm().moveUp();
            } else {
                vm().moveDown();
            }
        } else if (e.getCode() == KeyCode.BACK_SPACE && field == TextEdit.Field.HEADING && a.getCaretPosition() == 0
                && a.getSelection().getLength() == 0 && n.heading().isEmpty() && !hasBody(n) && n.children().isEmpty()) {
            vm().deleteEmptyBackward();
        } else if (e.getCode() == KeyCode.UP && !e.isShiftDown() && !e.isShortcutDown() && onFirstLine(a)) {
            // off the top of the text: from the body to its heading, from a heading to the item above
            if (field == TextEdit.Field.BODY) {
                view.focus(new OutlineEditorViewModel.FocusRequest(n, TextEdit.Field.HEADING, OutlineEditorViewModel.FocusRequest.END));
            } else {
                consumed = view.focusNeighbour(n, -1);
            }
        } else if (e.getCode() == KeyCode.END && !e.isShortcutDown() && !e.isAltDown()) {
            toLineEnd(a, e.isShiftDown());
        } else if (e.getCode() == KeyCode.DOWN && !e.isShiftDown() && !e.isShortcutDown() && onLastLine(a)) {
            // off the bottom: from a heading into its body, if it has one, else to the item below
            if (field == TextEdit.Field.HEADING && hasBody(n)) {
                view.focus(new OutlineEditorViewModel.FocusRequest(n, TextEdit.Field.BODY, 0));
            } else {
                consumed = view.focusNeighbour(n, 1);
            }
        } else {
            consumed = false;
        }
        if (consumed) {
            e.consume();
        }
    }

    /**
     * End: after the last character of the line the caret is on. RichTextFX stops one short on a line that
     * wraps, before a Latin line's closing space; Chinese wraps between any two characters, so there it stopped
     * before the line's last character, and what the clerk typed went in before it (各年X级 for 各年级X). After a
     * character that is not a space the caret goes past it: it shows at the start of the next line, where what
     * is typed will stand, the line being full.
     */
    static void toLineEnd(StyleClassedTextArea a, boolean extend) {
        int paragraph = a.getCurrentParagraph();
        int end = a.getCurrentLineEndInParargraph();
        String text = a.getParagraph(paragraph).getText();
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        a.moveTo(paragraph, end, extend ? org.fxmisc.richtext.NavigationActions.SelectionPolicy.ADJUST
                : org.fxmisc.richtext.NavigationActions.SelectionPolicy.CLEAR);
        a.requestFollowCaret();
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
