package org.reportdrafter.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.edit.TextEdit;

/** The outline editor: a virtualized list of node cells, so long reports open and repaint fast. */
final class OutlineEditorView extends StackPane {
    private final ListView<OutlineNode> list = new ListView<>();
    private final Label empty = new Label(Texts.get("editor.empty"));
    /** Tables that stand at the report's top level (a schedule page that is only a table). */
    private final VBox rootTables = new VBox(6);
    private OutlineEditorViewModel vm;
    /**
     * The cells the list made (a screenful and a few spare). Kept here because looking them up in the
     * scene graph walks every text area's inner nodes, which cost more than the move it served.
     */
    private final java.util.List<NodeCell> cells = new java.util.ArrayList<>();
    private java.util.function.Function<OutlineNode, java.util.List<org.reportdrafter.checks.Finding>> marks = n -> java.util.List.of();

    OutlineEditorView() {
        getStyleClass().add("outline-editor");
        list.setId("outline-list");
        list.getProperties().put(ViewState.SHOW_ROW, (ViewState.RowPlacer) this::showAtTop);
        list.setCellFactory(v -> {
            NodeCell c = new NodeCell(this);
            cells.removeIf(old -> old.getParent() == null); // cells the list has let go of
            cells.add(c);
            return c;
        });
        list.setFocusTraversable(false);
        empty.getStyleClass().add("placeholder");
        rootTables.getStyleClass().add("root-tables");
        rootTables.setManaged(false);
        rootTables.setVisible(false);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(new VBox(rootTables, list), empty);
        setViewModel(null);
        // A text area's height follows its width (wrapping), but the list measures its cells before the
        // areas have wrapped at the new width: after a resize, items showed cut off until clicked. Once the
        // width has settled, the cells are measured again, and the caret stays where it was.
        rewrap.setOnFinished(e -> remeasure());
        list.skinProperty().addListener((o, a, b) -> {
            var f = flow();
            if (f != null) {
                f.cellCountProperty().addListener((x, was, now) -> steadyEstimateLater());
                keepInputMethod(f);
            }
        });
        keepInputMethod(list);
        list.addEventFilter(javafx.scene.input.KeyEvent.ANY, this::keyAtList);
        list.widthProperty().addListener((o, a, b) -> {
            if (a.doubleValue() > 0 && Math.abs(a.doubleValue() - b.doubleValue()) >= 1) {
                rewrap.playFromStart();
            }
        });
    }

    private final javafx.animation.PauseTransition rewrap = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    /** A second measuring, once the areas laid out in the first one have wrapped. */
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));

    {
        settle.setOnFinished(e -> {
            list.setFixedCellSize(24);
            list.setFixedCellSize(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        });
    }

    private void remeasure() {
        if (vm == null) {
            return;
        }
        boolean editing = lastFocused != null && lastFocused.isFocused();
        OutlineNode node = caretNode;
        TextEdit.Field field = caretField;
        int pos = caretPos;
        // cells measured afresh: the list keeps the sizes it measured, and the text areas wrap only once
        // laid out at the new width, so measuring happens once they have
        list.setFixedCellSize(24);
        list.setFixedCellSize(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        list.refresh();
        settle.playFromStart();
        if (editing && node != null && field != null) {
            focus(new OutlineEditorViewModel.FocusRequest(node, field, pos));
        }
    }

    /** The list's virtual flow, once it has a skin. */
    private javafx.scene.control.skin.VirtualFlow<?> flow() {
        for (var n : list.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.skin.VirtualFlow<?> f) {
                return f;
            }
        }
        return null;
    }

    private volatile boolean steadyPending;

    /**
     * The list estimates the height of all its items from those it has measured, and measures two more
     * at each layout until it has measured them all; each new estimate moves its scroll position a little,
     * and a moved position makes it lay all its cells out again at the next layout. On a report of 2,000
     * items that was every layout for the first thousand, started again by every added or removed item:
     * most of a move's time. Once the list has been asked for its last item it takes the items it has not
     * measured at the average of those it has and stops measuring more, so after every change of the item
     * count it is asked for its last item and put back where it was, between two frames. (Decision 18.)
     */
    private void steadyEstimateLater() {
        Scene scene = getScene();
        if (steadyPending || scene == null) {
            return;
        }
        steadyPending = true;
        // Not in the frame that shows the new count (the first frame of a report opened at the start comes
        // first), but right after the next layout pass, when the cells are where the list is and before
        // anything scrolls it.
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    steadyPending = false;
                    var f = flow();
                    if (f != null && getScene() == scene) {
                        steadyEstimate(f);
                    }
                }
            });
            Platform.requestNextPulse();
        });
    }

    /** The list is about to be asked for its last item and put back (for tests). */
    boolean steadyPending() {
        return steadyPending;
    }

    private static void steadyEstimate(javafx.scene.control.skin.VirtualFlow<?> f) {
        var first = f.getFirstVisibleCell();
        int count = f.getCellCount();
        if (first == null || count < 2) {
            return;
        }
        int index = first.getIndex();
        double above = -first.getLayoutY(); // how much of the top item is scrolled out of view
        f.scrollToTop(count - 1);
        place(f, index, above);
    }

    /**
     * Scrolls so that item {@code index}'s top stands {@code below} pixels above the top of the view (a
     * negative value: that much of what precedes it shows), and checks that on the cells laid out. The list
     * places an index by its estimate of the items' heights, and on a report of a few very tall items (a
     * school's plan of long paragraphs) that estimate was so far off that a reopened report, or the window
     * after a language switch, showed its last page instead of the clerk's item. Each try measures more
     * items, so the next one lands; the last resort is the item's top at the top of the view.
     */
    private static void place(javafx.scene.control.skin.VirtualFlow<?> f, int index, double below) {
        for (int tries = 0; tries < 3; tries++) {
            // no layout between the two: one in between gave the cells other items for a moment, and the cell
            // with the caret let go of the keyboard
            f.scrollToTop(index);
            if (below != 0) {
                f.scrollPixels(below);
            }
            f.layout();
            var c = f.getVisibleCell(index);
            if (c != null && (Math.abs(c.getLayoutY() + below) < 1 || f.getPosition() >= 1 || f.getPosition() <= 0)) {
                return; // there, or as near as the list's ends allow
            }
        }
        f.scrollToTop(index);
    }

    /**
     * The item at the top of the view with {@code above} pixels of it scrolled out, as the clerk left it (the
     * language switch's new window), placed as {@link #place} does.
     */
    void showAtTop(int index, double above) {
        list.scrollTo(index); // by the list's estimate, checked on its cells once it is laid out
        Runnable check = () -> {
            var f = flow();
            if (f != null && list.getHeight() > 0 && index < list.getItems().size()) {
                list.applyCss();
                place(f, index, above);
            }
        };
        if (getScene() != null && list.getHeight() > 0) {
            check.run();
        } else if (getScene() != null) {
            NextLayout.then(getScene(), check);
        } else {
            sceneProperty().addListener(new javafx.beans.value.ChangeListener<Scene>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                    if (now != null) {
                        sceneProperty().removeListener(this);
                        NextLayout.then(now, check);
                    }
                }
            });
        }
    }

    OutlineEditorViewModel viewModel() {
        return vm;
    }

    ListView<OutlineNode> list() {
        return list;
    }

    /** While the last session is read at start, the empty editor says so instead of inviting to open a report. */
    void showRestoring(javafx.beans.value.ObservableBooleanValue restoring) {
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(restoring)
                .then(Texts.get("editor.restoring")).otherwise(Texts.get("editor.empty")));
    }

    void setViewModel(OutlineEditorViewModel model) {
        boolean another = model != vm;
        this.vm = model;
        list.setItems(model == null ? javafx.collections.FXCollections.observableArrayList() : model.rows());
        if (another && model != null) {
            // the list keeps its scroll position across a change of items: a report opened after another showed
            // at the row the last one was scrolled to (the caret's item, if it is given one, is scrolled to then)
            list.scrollTo(0);
            caretNode = null;
        }
        list.setVisible(model != null);
        empty.setVisible(model == null);
        if (model != null) {
            model.focusRequestProperty().addListener((o, a, b) -> {
                if (b != null && vm == model) {
                    focus(b);
                }
            });
            model.selectedProperty().addListener((o, a, b) -> refreshCells());
            model.matchesVersionProperty().addListener((o, a, b) -> {
                if (vm == model) {
                    refreshCells();
                }
            });
            model.structureVersionProperty().addListener((o, a, b) -> {
                if (vm == model) {
                    showRootTables();
                }
            });
        }
        showRootTables();
    }

    private java.util.List<org.reportdrafter.domain.Table> shownRootTables = java.util.List.of();

    private void showRootTables() {
        java.util.List<org.reportdrafter.domain.Table> t = vm == null ? java.util.List.of() : vm.report().root().tables();
        if (t.equals(shownRootTables)) {
            return;
        }
        shownRootTables = java.util.List.copyOf(t);
        rootTables.getChildren().clear();
        for (var table : t) {
            rootTables.getChildren().add(new TableGrid(table));
        }
        rootTables.setManaged(!t.isEmpty());
        rootTables.setVisible(!t.isEmpty());
    }

    /** Wheel and touchpad over a text area scroll the outline (the areas would swallow them). */
    void scroll(javafx.scene.input.ScrollEvent e) {
        var flow = list.lookup(".virtual-flow");
        if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> f && e.getDeltaY() != 0) {
            f.scrollPixels(-e.getDeltaY());
        }
    }

    /** Where the caret was last, per node and field: a move keeps it there. */
    private OutlineNode caretNode;
    private TextEdit.Field caretField;
    private int caretPos;

    void caretMoved(OutlineNode n, TextEdit.Field field, int pos) {
        caretNode = n;
        caretField = field;
        caretPos = pos;
        if (vm != null) {
            vm.caretIn(field);
        }
    }

    private org.fxmisc.richtext.StyleClassedTextArea lastFocused;
    private java.util.function.Consumer<org.reportdrafter.domain.Provenance> openSource = p -> { };

    void focused(org.fxmisc.richtext.StyleClassedTextArea area) {
        if (lastFocused != null && lastFocused != area) {
            // one selection in the report, as in a word processor: an area keeps showing its selection after
            // the keyboard has left it (a find match in an item passed by stayed highlighted)
            lastFocused.deselect();
        }
        lastFocused = area;
    }

    /** The text area the user typed in last: where a phrase goes, and whose selection becomes one. */
    org.fxmisc.richtext.StyleClassedTextArea lastFocusedArea() {
        return lastFocused;
    }

    void setOpenSource(java.util.function.Consumer<org.reportdrafter.domain.Provenance> handler) {
        openSource = handler;
    }

    void openSource(org.reportdrafter.domain.Provenance p) {
        openSource.accept(p);
    }

    void setMarks(java.util.function.Function<OutlineNode, java.util.List<org.reportdrafter.checks.Finding>> marks) {
        this.marks = marks;
    }

    java.util.List<org.reportdrafter.checks.Finding> marks(OutlineNode n) {
        return marks.apply(n);
    }

    void refreshCells() {
        for (NodeCell c : cells) {
            if (shown(c)) {
                c.sync();
            }
        }
    }

    OutlineNode nodeByUid(String uid) {
        if (vm == null) {
            return null;
        }
        for (OutlineNode n : vm.report().allNodes()) {
            if (n.uid().equals(uid)) {
                return n;
            }
        }
        return null;
    }

    /**
     * Moves the caret to the request's node and field, scrolling it into view. The list is laid out first,
     * so the cell found is the one that shows the node now, not the one that showed it before the change.
     */
    void focus(OutlineEditorViewModel.FocusRequest r) {
        int index = list.getItems().indexOf(r.node());
        if (index < 0) {
            return;
        }
        if (deferred != null || (getScene() != null && cells.stream().noneMatch(OutlineEditorView::shown))) {
            // The first report this window shows (the last one, reopened at start): its text is drawn in the
            // next frame, and the caret's area is made a moment after it, not before (decision 18). Asked by
            // whether a cell is shown yet, not whether one was made: scrolling to the top of a report just
            // opened makes the list's measuring cell, and the caret's area then went into the first frame.
            deferFocus(r);
            return;
        }
        focusNow(r, index);
    }

    /** While the caret is being put on an item (cells given other items then are about to lose it anyway). */
    private boolean placingCaret;

    private void focusNow(OutlineEditorViewModel.FocusRequest r, int index) {
        placingCaret = true;
        try {
            placeCaret(r, index);
        } finally {
            placingCaret = false;
        }
    }

    private void placeCaret(OutlineEditorViewModel.FocusRequest r, int index) {
        int caretBefore = r.node() == caretNode && r.field() == caretField ? caretPos : -1;
        layoutNow();
        NodeCell c = visibleCell(r.node());
        if (c == null || !fullyShown(c)) {
            scrollToShow(index);
            layoutNow();
            c = visibleCell(r.node());
            var f = flow();
            if (c == null && f != null) {
                place(f, index, 0); // the list's estimate sent it elsewhere: placed by its cells
                c = visibleCell(r.node());
            }
        }
        if (c == null) {
            if (caretInList()) {
                list.requestFocus(); // not left in a cell that may show another item now
            }
            return;
        }
        StyleClassedTextArea a = c.area(r.field()); // the field shown, its area made if need be
        a.requestFocus();
        int caret = r.caret() == OutlineEditorViewModel.FocusRequest.KEEP ? (caretBefore < 0 ? a.getLength() : caretBefore)
                : r.caret() < 0 ? a.getLength() : r.caret();
        caret = Math.max(0, Math.min(caret, a.getLength()));
        if (r.length() > 0) {
            a.selectRange(caret, Math.min(a.getLength(), caret + r.length()));
        } else if (!(r.caret() == OutlineEditorViewModel.FocusRequest.KEEP && a.getCaretPosition() == caret)) {
            a.moveTo(caret); // (the caret kept where it is keeps its selection: a find match, ready to type over)
        }
        caretMoved(r.node(), r.field(), a.getCaretPosition());
        followCaretLater(c, r.field(), a);
    }

    private boolean refocusPending;

    /**
     * The cell that holds the caret is being given another item. The list takes the focus (as JavaFX does for
     * cells it sets aside), and after the layout the caret goes back into its item, where it was, if the item
     * is in view and nothing else has taken the focus by then (an edit that places the caret does so at once).
     */
    void caretCellReused() {
        if (placingCaret || (vm != null && vm.caretRequestFollows())) {
            // the caret goes to its item at once; taking the focus on the way costs a move a style pass
            return;
        }
        list.requestFocus();
        Scene scene = getScene();
        if (refocusPending || scene == null) {
            return;
        }
        refocusPending = true;
        NextLayout.then(scene, () -> {
            refocusPending = false;
            OutlineNode n = caretNode;
            NodeCell shownNow = n == null ? null : visibleCell(n);
            // an item scrolled out of view stays there (the wheel did it): the next key brings it back
            if (vm != null && shownNow != null && fullyShown(shownNow) && atList(scene.getFocusOwner())) {
                focus(new OutlineEditorViewModel.FocusRequest(n, caretField, OutlineEditorViewModel.FocusRequest.KEEP));
            }
        });
    }

    /**
     * When the wheel scrolls the caret's item out of view, the list sets its cell aside and takes the focus
     * itself (JavaFX does so for every cell it sets aside); before, it did so for the cell given another item.
     * Keys typed then went nowhere. A key that types or moves the caret brings the caret's item back into
     * view and goes into its text, as in a word processor.
     */
    private void keyAtList(javafx.scene.input.KeyEvent e) {
        if (!atList(e.getTarget()) || !editingKey(e)) {
            return;
        }
        StyleClassedTextArea a = caretBack();
        if (a != null) {
            e.consume();
            javafx.event.Event.fireEvent(a, e.copyFor(a, a));
        }
    }

    private boolean atList(javafx.event.EventTarget t) {
        return t == list || (t != null && t == flow());
    }

    private static boolean editingKey(javafx.scene.input.KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() && !e.isShiftDown()) {
            return false; // the menus' shortcuts, left to the window
        }
        if (e.getEventType() == javafx.scene.input.KeyEvent.KEY_TYPED) {
            String c = e.getCharacter();
            return !c.isEmpty() && !Character.isISOControl(c.charAt(0));
        }
        if (e.getEventType() != javafx.scene.input.KeyEvent.KEY_PRESSED) {
            return false;
        }
        javafx.scene.input.KeyCode k = e.getCode();
        return k.isNavigationKey() || k.isLetterKey() || k.isDigitKey() || k.isKeypadKey() || k.isWhitespaceKey()
                || k == javafx.scene.input.KeyCode.BACK_SPACE || k == javafx.scene.input.KeyCode.DELETE
                || (k == javafx.scene.input.KeyCode.UNDEFINED && !e.getText().isEmpty());
    }

    /** The keyboard back in the report's text: where the caret was, or else on the selected item. */
    void returnToText() {
        if (caretBack() == null && vm != null && vm.selected() != null && list.getItems().contains(vm.selected())) {
            focus(new OutlineEditorViewModel.FocusRequest(vm.selected(), TextEdit.Field.HEADING, OutlineEditorViewModel.FocusRequest.END));
        }
    }

    /** The caret's item scrolled back into view and the caret put back where it was: its area, or null. */
    private StyleClassedTextArea caretBack() {
        OutlineNode n = caretNode;
        if (vm == null || n == null || caretField == null || !list.getItems().contains(n)) {
            return null;
        }
        focus(new OutlineEditorViewModel.FocusRequest(n, caretField, OutlineEditorViewModel.FocusRequest.KEEP));
        NodeCell c = visibleCell(n);
        StyleClassedTextArea a = c == null ? null : c.area(caretField);
        return a != null && a.isFocused() ? a : null;
    }

    /**
     * The list (and its flow, which takes the focus from a cell it sets aside) accept the input method's
     * text, so that a clerk typing Chinese there still has the input method on: the composed text goes into
     * the caret's item like a key does. Without it the input method is off while the list holds the focus.
     */
    private void keepInputMethod(javafx.scene.Node n) {
        n.setInputMethodRequests(new javafx.scene.input.InputMethodRequests() {
            @Override
            public javafx.geometry.Point2D getTextLocation(int offset) {
                var b = list.localToScreen(list.getBoundsInLocal());
                return b == null ? new javafx.geometry.Point2D(0, 0) : new javafx.geometry.Point2D(b.getMinX(), b.getMinY());
            }

            @Override
            public int getLocationOffset(int x, int y) {
                return 0;
            }

            @Override
            public void cancelLatestCommittedText() {
            }

            @Override
            public String getSelectedText() {
                return "";
            }
        });
        n.setOnInputMethodTextChanged(e -> {
            // the areas' own input method text passes by here on its way up: not that
            StyleClassedTextArea a = atList(e.getTarget()) ? caretBack() : null;
            if (a != null) {
                e.consume();
                javafx.event.Event.fireEvent(a, e.copyFor(a, a));
            }
        });
    }

    private boolean caretInList() {
        for (javafx.scene.Node n = getScene() == null ? null : getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n instanceof NodeCell) {
                return true;
            }
        }
        return false;
    }

    private OutlineEditorViewModel.FocusRequest deferred;

    private void deferFocus(OutlineEditorViewModel.FocusRequest r) {
        boolean waiting = deferred != null;
        deferred = r;
        // the first frame shows the item already, the caret only comes after
        scrollToShow(list.getItems().indexOf(r.node()));
        if (waiting) {
            return;
        }
        NextLayout.then(getScene(), () -> {
            OutlineEditorViewModel.FocusRequest last = deferred;
            deferred = null;
            int index = last == null || vm == null ? -1 : list.getItems().indexOf(last.node());
            if (index >= 0) {
                focusNow(last, index); // once: a list not laid out (hidden) makes no cells to wait for
            }
        });
    }

    /**
     * Scrolls the item near the top of the view, a little of what stands above it still shown. (Two items
     * above it, as before, left the item itself below the view when those two were long paragraphs.)
     */
    private void scrollToShow(int index) {
        list.scrollTo(Math.max(0, index));
        var f = flow();
        if (f != null && index > 0 && list.getHeight() > 0) {
            layoutNow();
            f.scrollPixels(-Math.min(60, list.getHeight() * 0.15));
        }
    }

    /** The caret is in the outline, or is about to be: for tests and {@code bench ui}. */
    boolean focusPending() {
        return deferred != null;
    }

    private void layoutNow() {
        list.applyCss();
        list.layout();
    }

    /**
     * Once the text area has laid its text out (a long body grows to its height over a few frames; until then
     * the caret's place is not known), the outline scrolls as little as it takes to show the caret's line.
     * Only for a body (whose area may have just been made, 100 px high at first) or an item not wholly in view:
     * a move within the view has nothing to wait for.
     */
    private void followCaretLater(NodeCell c, TextEdit.Field field, StyleClassedTextArea a) {
        var cell = c.localToScreen(c.getBoundsInLocal());
        var view = list.localToScreen(list.getBoundsInLocal());
        if (cell == null || view == null || (field != TextEdit.Field.BODY && cell.getMinY() >= view.getMinY() && cell.getMaxY() <= view.getMaxY())) {
            return;
        }
        followCaret(a, a.getHeight(), 8);
    }

    private void followCaret(StyleClassedTextArea a, double heightBefore, int framesLeft) {
        Scene scene = getScene();
        if (scene == null || framesLeft == 0) {
            return;
        }
        NextLayout.then(scene, () -> {
            var f = flow();
            var view = list.localToScreen(list.getBoundsInLocal());
            if (!a.isFocused() || f == null || view == null) {
                return; // the clerk went elsewhere meanwhile
            }
            var caret = a.getCaretSelectionBind().getCaretBounds().orElse(null);
            if (caret == null || a.getHeight() != heightBefore || Math.abs(a.prefHeight(a.getWidth()) - a.getHeight()) >= 1
                    || steadyPending) {
                // still growing, or the list is about to be put back after a change of its item count (which
                // moves it a little): the caret's place is known after that
                followCaret(a, a.getHeight(), framesLeft - 1);
                return;
            }
            double by = caret.getMaxY() > view.getMaxY() ? caret.getMaxY() - view.getMaxY() + 24
                    : caret.getMinY() < view.getMinY() ? caret.getMinY() - view.getMinY() - 24 : 0;
            if (by != 0) {
                f.scrollPixels(by);
                // the list scrolls a long way by estimates of its items' heights: checked again when laid out
                followCaret(a, a.getHeight(), framesLeft - 1);
            }
        });
    }

    private boolean fullyShown(NodeCell c) {
        var b = c.localToScene(c.getBoundsInLocal());
        var l = list.localToScene(list.getBoundsInLocal());
        return b.getMinY() >= l.getMinY() - 1 && b.getMinY() < l.getMaxY() - 10;
    }

    /** A cell the list shows now (not one kept aside for reuse or for measuring). */
    private static boolean shown(NodeCell c) {
        return c.isVisible() && !c.isEmpty() && c.getParent() != null && c.getParent().getStyleClass().contains("sheet");
    }

    /** The cells the list shows now, for tests. */
    java.util.List<NodeCell> shownCells() {
        return cells.stream().filter(OutlineEditorView::shown).toList();
    }

    NodeCell visibleCell(OutlineNode n) {
        for (NodeCell c : cells) {
            if (c.getItem() == n && shown(c)) {
                return c;
            }
        }
        return null;
    }

    /** Up/down arrows across node boundaries. */
    boolean focusNeighbour(OutlineNode n, int direction) {
        int i = list.getItems().indexOf(n) + direction;
        if (i < 0 || i >= list.getItems().size()) {
            return false;
        }
        OutlineNode target = list.getItems().get(i);
        vm.select(target);
        focus(new OutlineEditorViewModel.FocusRequest(target,
                direction < 0 && !target.body().isEmpty() && !target.guidance() ? TextEdit.Field.BODY : TextEdit.Field.HEADING, direction < 0 ? -1 : 0));
        return true;
    }
}
