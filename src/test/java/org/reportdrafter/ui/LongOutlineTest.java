package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.cli.SyntheticText;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A report of several hundred items in the real window (headless): where the outline stays, and what it lays out. */
class LongOutlineTest {
    @TempDir
    Path dir;
    private ReportDrafterApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = AppUnderTest.start(dir);
        Report big = new ImportService().parseText(SyntheticText.plan(2026, "某县教育局", 90_000, 7), "big.txt").get(0);
        while (big.allNodes().size() > 600) {
            List<OutlineNode> all = big.allNodes();
            all.get(all.size() - 1).detach();
        }
        long id = app.library().repository().save(big);
        robot.interact(() -> app.library().open(id));
        AppUnderTest.caretPlaced(app);
    }

    @AfterEach
    void stop() throws Exception {
        AppUnderTest.stop(app);
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) app.window().editorView().list().lookup(".virtual-flow");
    }

    /** The item at the top of the outline and how far up it is scrolled out of view. */
    private record Top(OutlineNode node, double y) {
    }

    private Top top() {
        Top[] t = new Top[1];
        robot.interact(() -> {
            IndexedCell<?> c = flow().getFirstVisibleCell();
            t[0] = new Top((OutlineNode) ((NodeCell) c).getItem(), c.getLayoutY());
        });
        return t[0];
    }

    private void pulses() throws Exception {
        for (int k = 0; k < 3; k++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(40); // a few frames
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theOutlineStaysWhereItWasAndStopsRelayingOutItsItemsWhenTheirCountChanges() throws Exception {
        OutlineEditorViewModel vm = app.library().editor();
        assertTrue(vm.rows().size() > 500, vm.rows().size() + " rows");
        // the middle of the report, the top item partly scrolled out of view
        robot.interact(() -> flow().scrollToTop(300));
        pulses();
        robot.interact(() -> flow().scrollPixels(23));
        pulses();
        Top before = top();
        assertTrue(before.y() < -1, "the top item is partly out of view: " + before.y());

        // a section far below the view is collapsed: the list has fewer items, the view must not move
        OutlineNode below = null;
        for (OutlineNode n : vm.rows().subList(450, vm.rows().size())) {
            if (n.children().size() >= 2) {
                below = n;
                break;
            }
        }
        assertNotNull(below, "a section with items, below the view");
        int rowsBefore = vm.rows().size();
        OutlineNode collapsed = below;
        robot.interact(() -> vm.toggleCollapsed(collapsed));
        pulses();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !app.window().editorView().steadyPending());
        pulses();
        assertTrue(vm.rows().size() < rowsBefore, "the item count changed");
        Top after = top();
        assertSame(before.node(), after.node(), "the same item at the top");
        assertEquals(before.y(), after.y(), 0.5, "scrolled out of view as far as before");

        // Laid out again with nothing changed, the list keeps its position: it no longer measures two more
        // items at each layout and moves a little each time (which made it lay every cell out again).
        double[] positions = new double[4];
        for (int k = 0; k < positions.length; k++) {
            int i = k;
            robot.interact(() -> {
                flow().requestLayout();
                app.window().editorView().list().layout();
                positions[i] = flow().getPosition();
            });
            pulses();
        }
        for (int k = 1; k < positions.length; k++) {
            assertEquals(positions[0], positions[k], 0.0, "position after layout " + (k + 1));
        }
        Top still = top();
        assertSame(before.node(), still.node());
        assertEquals(before.y(), still.y(), 0.5);
    }

    @Test
    void aMoveOrAnIndentLeavesNoCellWaitingForAnotherLayout() throws Exception {
        OutlineEditorViewModel vm = app.library().editor();
        OutlineNode item = null;
        for (OutlineNode n : vm.rows().subList(300, vm.rows().size())) {
            if (n.indexInParent() > 0 && n.children().isEmpty()) {
                item = n;
                break;
            }
        }
        assertNotNull(item);
        OutlineNode moved = item;
        robot.interact(() -> vm.select(moved));
        pulses();
        // an indent widens the item's indent, a move gives a cell an item of another label width and height:
        // the row moved its texts and the cell resized its row, which JavaFX took as requests for another
        // layout of the cell (and so the list laid all its cells out again at its next layout)
        String[] names = {"indent", "outdent", "move up", "move down"};
        List<Runnable> ops = List.of(vm::indent, vm::outdent, vm::moveUp, vm::moveDown);
        for (int k = 0; k < ops.size(); k++) {
            robot.interact(ops.get(k));
            pulses();
            // looked at right after a layout pass: a cell asked for a layout before it has had it (the
            // checks' marks may come at any time); one still waiting after it will wait for the next change
            java.util.concurrent.CompletableFuture<List<String>> waiting = new java.util.concurrent.CompletableFuture<>();
            robot.interact(() -> {
                javafx.scene.Scene scene = app.window().editorView().getScene();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        waiting.complete(app.window().editorView().shownCells().stream()
                                .filter(javafx.scene.Parent::isNeedsLayout).map(c -> c.getItem().heading()).toList());
                    }
                });
                javafx.application.Platform.requestNextPulse();
            });
            assertEquals(List.of(), waiting.get(5, java.util.concurrent.TimeUnit.SECONDS), "after " + names[k] + ", cells waiting for a layout");
        }
    }

    /** The first item the outline shows that passes the test, or null. */
    private OutlineNode firstShown(java.util.function.Predicate<OutlineNode> test) {
        OutlineNode[] pick = new OutlineNode[1];
        robot.interact(() -> pick[0] = app.window().editorView().shownCells().stream().map(NodeCell::getItem)
                .filter(test).findFirst().orElse(null));
        return pick[0];
    }

    /** The cursor put in the item's heading at {@code caret} (-1: its end), as a click there would. */
    private void caretIn(OutlineNode item, int caret) throws Exception {
        robot.interact(() -> {
            app.library().editor().select(item);
            app.library().editor().focusRequestProperty().set(
                    new OutlineEditorViewModel.FocusRequest(item, org.reportdrafter.domain.edit.TextEdit.Field.HEADING, caret));
        });
        pulses();
        assertSame(item, focusedNode(), "the cursor is in the item's heading");
    }

    private OutlineNode focusedNode() {
        for (javafx.scene.Node n = app.window().editorView().getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n instanceof NodeCell c) {
                return c.getItem();
            }
        }
        return null;
    }

    /** Whether the node's cell is shown with at least its first line inside the outline's view. */
    private boolean inView(OutlineNode n) {
        boolean[] in = new boolean[1];
        robot.interact(() -> {
            NodeCell c = app.window().editorView().visibleCell(n);
            if (c != null) {
                var b = c.localToScene(c.getBoundsInLocal());
                var l = app.window().editorView().list().localToScene(app.window().editorView().list().getBoundsInLocal());
                in[0] = b.getMinY() >= l.getMinY() - 1 && b.getMinY() + 24 <= l.getMaxY();
            }
        });
        return in[0];
    }

    @Test
    void enterOnTheLastItemInViewShowsTheNewItemAndTypingGoesIntoIt() throws Exception {
        OutlineEditorViewModel vm = app.library().editor();
        robot.interact(() -> flow().scrollToTop(300));
        pulses();
        // the lowest measure whose heading the clerk sees at the bottom edge of the outline
        OutlineNode[] pick = new OutlineNode[1];
        robot.interact(() -> {
            var l = app.window().editorView().list();
            double bottom = l.localToScene(l.getBoundsInLocal()).getMaxY();
            double best = -1;
            for (NodeCell c : app.window().editorView().shownCells()) {
                double y = c.localToScene(c.getBoundsInLocal()).getMinY();
                if (c.getItem().children().isEmpty() && y + 30 < bottom && y > best) {
                    best = y;
                    pick[0] = c.getItem();
                }
            }
        });
        OutlineNode item = pick[0];
        assertNotNull(item);
        String heading = item.heading();
        caretIn(item, -1);
        for (int round = 0; round < 3; round++) {
            OutlineNode before = focusedNode();
            robot.type(javafx.scene.input.KeyCode.ENTER);
            pulses();
            OutlineNode added = before.parent().children().get(before.indexInParent() + 1);
            assertSame(added, focusedNode(), "round " + round + ": the cursor is on the new item");
            assertTrue(inView(added), "round " + round + ": the new item is in view");
            robot.write("新增措施" + round);
            pulses();
            assertEquals("新增措施" + round, added.heading(), "round " + round + ": typing goes into the new item");
            assertTrue(inView(added), "round " + round + ": the item typed into stays in view");
        }
        assertEquals(heading, item.heading(), "the item Enter was pressed on is unchanged");
    }

    @Test
    void collapsingAGroupAboveTheCursorLeavesTypingInTheItemTheCursorWasIn() throws Exception {
        OutlineEditorViewModel vm = app.library().editor();
        robot.interact(() -> flow().scrollToTop(300));
        pulses();
        // a measure in view with a group above it, also in view, and the caret in the measure's heading
        OutlineNode[] pick = new OutlineNode[2];
        robot.interact(() -> {
            for (NodeCell c : app.window().editorView().shownCells()) {
                OutlineNode n = c.getItem();
                OutlineNode group = n.parent();
                if (pick[0] == null && n.children().isEmpty() && group != null && group.parent() != null
                        && group.indexInParent() >= 1
                        && !group.parent().children().get(group.indexInParent() - 1).children().isEmpty()) {
                    pick[0] = n;
                    pick[1] = group.parent().children().get(group.indexInParent() - 1);
                }
            }
        });
        OutlineNode item = pick[0];
        assertNotNull(item, "a measure in view in a group after another group");
        OutlineNode group = pick[1]; // the group before the measure's own
        caretIn(item, 2);
        String heading = item.heading();
        java.util.Map<OutlineNode, String> others = new java.util.HashMap<>();
        for (OutlineNode n : vm.rows().subList(0, Math.min(vm.rows().size(), 500))) {
            if (n != item) {
                others.put(n, n.heading());
            }
        }
        // collapsing the group before the caret's takes items above the caret out of the list: the cell that
        // held the caret is given another item, the one now at its index
        robot.interact(() -> vm.toggleCollapsed(group));
        pulses();
        robot.write("新");
        pulses();
        others.forEach((n, h) -> assertEquals(h, n.heading(), "no keystroke went into another item"));
        assertEquals(heading.substring(0, 2) + "新" + heading.substring(2), item.heading(), "typing goes on where the cursor was");
    }

    @Test
    void typingAfterTheWheelScrolledTheCursorsItemOutOfViewGoesIntoThatItemAndBringsItBack() throws Exception {
        OutlineEditorViewModel vm = app.library().editor();
        robot.interact(() -> flow().scrollToTop(300));
        pulses();
        OutlineNode item = firstShown(n -> n.children().isEmpty() && n.heading().length() > 4);
        assertNotNull(item, "a measure in view");
        caretIn(item, 2);
        String heading = item.heading();
        java.util.Map<OutlineNode, String> others = new java.util.HashMap<>();
        for (OutlineNode n : vm.rows()) {
            if (n != item) {
                others.put(n, n.heading() + "|" + n.body());
            }
        }
        // the wheel, over the text, scrolls several screens down: the caret's item leaves the view
        robot.moveTo(app.window().editorView().list());
        for (int k = 0; k < 6; k++) {
            robot.scroll(10, javafx.geometry.VerticalDirection.DOWN);
            pulses();
        }
        assertTrue(!inView(item), "the item is out of view after the wheel");
        robot.write("新");
        pulses();
        robot.write("增");
        pulses();
        others.forEach((n, h) -> assertEquals(h, n.heading() + "|" + n.body(), "no keystroke went into another item"));
        assertEquals(heading.substring(0, 2) + "新增" + heading.substring(2), item.heading(), "typing goes on where the cursor was");
        assertTrue(inView(item), "the item typed into is back in view");

        // Chinese comes from the input method: it stays on while the list holds the focus, and what it
        // commits is handed to the caret's text area, once. (Monocle has no input methods, so RichTextFX
        // does not take the text in here: the test sees what reaches the area, not the text it makes.)
        for (int k = 0; k < 6; k++) {
            robot.scroll(10, javafx.geometry.VerticalDirection.DOWN);
            pulses();
        }
        assertTrue(!inView(item), "the item is out of view after the wheel");
        List<String> reached = new java.util.ArrayList<>();
        javafx.event.EventHandler<javafx.scene.input.InputMethodEvent> seen = e -> {
            if (e.getTarget() instanceof org.fxmisc.richtext.StyleClassedTextArea) {
                reached.add(e.getCommitted());
            }
        };
        javafx.scene.Scene scene = app.window().editorView().getScene();
        robot.interact(() -> {
            scene.addEventFilter(javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, seen);
            javafx.scene.Node owner = scene.getFocusOwner();
            assertNull(focusedNode(), "the list holds the focus");
            assertNotNull(owner.getInputMethodRequests(), "the input method stays on: " + owner);
            javafx.event.Event.fireEvent(owner, new javafx.scene.input.InputMethodEvent(
                    javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "工作", 0));
        });
        pulses();
        robot.interact(() -> scene.removeEventFilter(javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, seen));
        assertEquals(List.of("工作"), reached, "the committed text reached the caret's text area, once");
        assertTrue(inView(item), "the item is back in view");
        assertSame(item, focusedNode(), "the cursor stays in the item");
    }

    @Test
    void aClickInTheNavigationPutsTheKeyboardOnThatHeadingEvenWhenItIsTheCurrentOne() throws Exception {
        OutlineEditorViewModel vm = app.library().editor();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<OutlineNode> nav = robot.lookup("#nav-tree").queryAs(javafx.scene.control.TreeView.class);
        // a group (二级标题) of the report's last section: far below the first screen
        List<OutlineNode> sections = vm.report().sections();
        OutlineNode group = null;
        for (int i = sections.size() - 1; i >= 0 && group == null; i--) {
            for (OutlineNode c : sections.get(i).children()) {
                if (!c.children().isEmpty() && !c.heading().isEmpty()) {
                    group = c;
                    break;
                }
            }
        }
        assertNotNull(group, "a group with measures in a later section");
        OutlineNode target = group;
        assertTrue(!inView(target), "the group starts out of view");

        clickInNavigation(nav, target);
        assertSame(target, focusedNode(), "the keyboard is in the group's heading");
        assertTrue(inView(target), "the group is in view");
        robot.write("甲");
        pulses();
        assertTrue(target.heading().endsWith("甲"), "typing goes to the end of the heading: " + target.heading());
        assertSame(target, nav.getSelectionModel().getSelectedItem().getValue(), "the tree shows where the caret is");

        // the editor scrolled back to the top; the clerk clicks the same (current) entry again
        robot.interact(() -> flow().scrollToTop(0));
        pulses();
        assertTrue(!inView(target));
        clickInNavigation(nav, target);
        assertTrue(inView(target), "the current heading's entry also brings it into view");
        assertSame(target, focusedNode());
        robot.write("乙");
        pulses();
        assertTrue(target.heading().endsWith("甲乙"), target.heading());

        // the caret moved in the editor onto a measure of the group: the tree follows (the measure's entry,
        // or the group's when the tree does not list measures)
        OutlineNode measure = target.children().get(0);
        robot.interact(() -> vm.goTo(measure, org.reportdrafter.domain.edit.TextEdit.Field.HEADING, 0, 0));
        pulses();
        OutlineNode shownInTree = nav.getSelectionModel().getSelectedItem().getValue();
        assertTrue(shownInTree == measure || shownInTree == target, "the tree shows " + shownInTree.heading());
    }

    private void clickInNavigation(javafx.scene.control.TreeView<OutlineNode> nav, OutlineNode n) throws Exception {
        robot.interact(() -> {
            // room for the tree (the sizes remembered from other tests may have left it narrow)
            robot.lookup("#main-split").queryAs(javafx.scene.control.SplitPane.class).setDividerPositions(0.15, 0.4, 0.75);
            for (var p = findItem(nav.getRoot(), n); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            nav.scrollTo(nav.getRow(findItem(nav.getRoot(), n)));
        });
        pulses();
        javafx.scene.control.TreeCell<?> cell = robot.lookup("#nav-tree .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().filter(c -> c.getItem() == n && c.isVisible()).findFirst().orElseThrow();
        // on the entry's text, inside the pane (a long entry runs on under the editor, clipped)
        var text = cell.lookup(".text").localToScreen(cell.lookup(".text").getBoundsInLocal());
        var pane = nav.localToScreen(nav.getBoundsInLocal());
        double x = (text.getMinX() + Math.min(text.getMaxX(), pane.getMaxX() - 4)) / 2;
        robot.clickOn(new javafx.geometry.Point2D(x, text.getCenterY()));
        pulses();
    }

    private static javafx.scene.control.TreeItem<OutlineNode> findItem(javafx.scene.control.TreeItem<OutlineNode> item, OutlineNode n) {
        if (item.getValue() == n) {
            return item;
        }
        for (var c : item.getChildren()) {
            var found = findItem(c, n);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void anotherReportOpensAtItsBeginningNotWhereTheLastOneWasScrolledTo() throws Exception {
        robot.interact(() -> flow().scrollToTop(300));
        pulses();
        assertTrue(app.library().editor().rows().indexOf(top().node()) >= 290, "the first report is scrolled down");
        Report other = new ImportService().parseText(SyntheticText.plan(2025, "某县教育局", 60_000, 3), "other.txt").get(0);
        long id = app.library().repository().save(other);
        robot.interact(() -> app.library().open(id));
        pulses();
        OutlineEditorViewModel vm = app.library().editor();
        assertEquals(other.title(), vm.report().title());
        assertEquals(0, vm.rows().indexOf(top().node()), "the new report shows from its first item");
        assertEquals(0, top().y(), 0.5);
    }

    @Test
    void goingToAnItemUnderLongParagraphsShowsItAndTypingGoesIntoIt() throws Exception {
        OutlineEditorViewModel vm = app.library().editor();
        // two measures with long bodies right above a third, all far below the view
        OutlineNode target = null;
        for (OutlineNode n : vm.rows().subList(400, vm.rows().size())) {
            if (n.children().isEmpty() && n.indexInParent() >= 2 && n.parent().children().get(n.indexInParent() - 1).children().isEmpty()
                    && n.parent().children().get(n.indexInParent() - 2).children().isEmpty()) {
                target = n;
                break;
            }
        }
        assertNotNull(target);
        OutlineNode item = target;
        String paragraph = "要加强教师队伍建设，完善教师培养培训体系，健全教师考核评价机制，提高教师的师德修养和业务能力。".repeat(12);
        robot.interact(() -> {
            for (int k = 1; k <= 2; k++) {
                vm.setBody(item.parent().children().get(item.indexInParent() - k), paragraph + "\n" + paragraph);
            }
        });
        pulses();
        robot.interact(() -> vm.goTo(item, org.reportdrafter.domain.edit.TextEdit.Field.HEADING, OutlineEditorViewModel.FocusRequest.END, 0));
        pulses();
        assertTrue(inView(item), "the item gone to is in view");
        assertSame(item, focusedNode(), "the cursor is in it");
        String heading = item.heading();
        robot.write("甲");
        pulses();
        assertEquals(heading + "甲", item.heading());
    }

    @Test
    void backspaceOnAnEmptyItemUnderALongBodyShowsTheCaretAtTheEndOfThatBody() throws Exception {
        OutlineEditorViewModel vm = app.library().editor();
        robot.interact(() -> flow().scrollToTop(300));
        pulses();
        OutlineNode item = firstShown(n -> n.children().isEmpty() && !n.heading().isEmpty());
        assertNotNull(item);
        String paragraph = "要加强教师队伍建设，完善教师培养培训体系，健全教师考核评价机制，提高教师的师德修养和业务能力。".repeat(10);
        robot.interact(() -> vm.setBody(item, paragraph + "\n" + paragraph + "\n" + paragraph));
        pulses();
        caretIn(item, -1);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        pulses();
        OutlineNode added = item.parent().children().get(item.indexInParent() + 1);
        assertSame(added, focusedNode());
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        pulses();
        assertSame(item, focusedNode(), "the cursor went back to the item above");
        boolean[] shown = new boolean[1];
        String[] where = new String[1];
        robot.interact(() -> {
            var area = (org.fxmisc.richtext.StyleClassedTextArea) app.window().editorView().getScene().getFocusOwner();
            assertEquals(area.getLength(), area.getCaretPosition(), "at the end of its body");
            var caret = area.getCaretSelectionBind().getCaretBounds().orElseThrow();
            var l = app.window().editorView().list();
            var view = l.localToScreen(l.getBoundsInLocal());
            shown[0] = caret.getMinY() >= view.getMinY() && caret.getMaxY() <= view.getMaxY();
            where[0] = "caret " + caret.getMinY() + "–" + caret.getMaxY() + ", outline " + view.getMinY() + "–" + view.getMaxY();
        });
        assertTrue(shown[0], "the caret's line is in view: " + where[0]);
        robot.write("乙");
        pulses();
        assertTrue(String.join("", item.body()).endsWith("乙"), "typing goes on at the end of the body");
    }
}
