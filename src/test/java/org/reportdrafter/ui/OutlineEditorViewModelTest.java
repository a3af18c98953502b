package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.edit.TextEdit;
import org.reportdrafter.importing.Templates;

/** The editor's logic without a display. */
class OutlineEditorViewModelTest {
    OutlineEditorViewModel vm;
    Report r;

    @BeforeEach
    void plan() {
        Templates.Template t = Templates.builtIn().get(0);
        r = Templates.instantiate(t, "某县教育局", 2026);
        vm = new OutlineEditorViewModel(r);
    }

    private OutlineNode work() {
        return r.sections().get(3);
    }

    @Test
    void rowsAreTheVisibleNodesInDocumentOrder() {
        assertEquals(r.allNodes(), vm.rows());
        vm.toggleCollapsed(work());
        assertFalse(vm.rows().contains(work().children().get(0)));
        assertTrue(vm.rows().contains(work()));
        vm.expandToLevel(1);
        assertEquals(r.sections(), vm.rows());
        vm.expandToLevel(2);
        assertTrue(vm.rows().contains(work().children().get(0)));
        assertFalse(vm.rows().contains(work().children().get(0).children().get(0)));
        vm.expandAll();
        assertEquals(r.allNodes().size(), vm.rows().size());
    }

    @Test
    void typingIndentMoveAndUndoRenumberAtOnce() {
        OutlineNode g1 = work().children().get(0);
        OutlineNode m2 = g1.children().get(1);
        vm.select(m2);
        vm.setBody(m2, "组织开展全员培训");
        vm.setBody(m2, "组织开展全员培训，提升教师能力。");
        assertFalse(m2.guidance());
        assertEquals("2.", vm.label(m2));
        assertTrue(vm.moveDown(), "the last measure of ㈠ moves into the next group");
        assertSame(work().children().get(1), m2.parent());
        assertEquals("2.", vm.label(m2), "still the second measure straight through");
        assertTrue(vm.indent() == false, "the first child of a group cannot be indented");
        vm.select(work().children().get(1).children().get(1));
        assertTrue(vm.indent());
        assertEquals("（1）", vm.label(work().children().get(1).children().get(0).children().get(0)));
        assertEquals(vm.rows().size(), r.allNodes().size());
        vm.undo();
        vm.undo();
        assertSame(g1, m2.parent());
        vm.undo();
        assertTrue(m2.guidance(), "typing was one step and undoing it brings the guidance back");
        assertEquals(List.of(), vm.history().canUndo() ? List.of("more") : List.of());
        vm.redo();
        assertEquals("组织开展全员培训，提升教师能力。", m2.body().get(0));
    }

    @Test
    void enterMakesASiblingAndSelectsIt() {
        OutlineNode m1 = work().children().get(0).children().get(0);
        vm.select(m1);
        OutlineNode created = vm.addSiblingAfter();
        assertSame(created, vm.selected());
        assertEquals("2.", vm.label(created));
        assertEquals("3.", vm.label(work().children().get(0).children().get(2)));
        assertEquals(created, vm.focusRequestProperty().get().node());
        assertEquals(TextEdit.Field.HEADING, vm.focusRequestProperty().get().field());
        vm.setHeading(created, "加强师德建设");
        assertTrue(vm.rows().contains(created));
        assertTrue(vm.deleteSelected());
        assertFalse(vm.rows().contains(created));
    }

    @Test
    void splitMergeParagraphToChildAndBack() {
        OutlineNode guide = r.sections().get(0);
        vm.select(guide);
        vm.setBody(guide, "第一段。\n第二段。");
        OutlineNode child = vm.paragraphToChild(1);
        assertEquals("第二段。", child.heading());
        assertTrue(vm.rows().contains(child));
        vm.select(child);
        assertTrue(vm.childToParagraph());
        assertEquals(List.of("第一段。", "第二段。"), guide.body());
        vm.select(guide);
        OutlineNode tail = vm.split(TextEdit.Field.HEADING, 0, 2);
        assertEquals("指导", guide.heading());
        assertEquals("思想", tail.heading());
        vm.select(tail);
        assertTrue(vm.mergeIntoPrevious());
        assertEquals(List.of("思想", "第一段。", "第二段。"), guide.body(), "the split-off heading and the body it took come back in order");
    }

    @Test
    void foldingTheGroupThatHoldsTheCursorPutsTheCursorOnTheGroup() {
        OutlineNode g1 = work().children().get(0);
        OutlineNode measure = g1.children().get(0);
        vm.select(measure);
        vm.toggleCollapsed(g1);
        assertSame(g1, vm.selectedProperty().get(), "the hidden measure gives the selection to its folded group");
        assertSame(g1, vm.focusRequestProperty().get().node(), "and the cursor, so typing goes where it is seen");
        assertFalse(vm.rows().contains(measure));
        vm.select(work());
        vm.toggleCollapsed(g1);
        assertSame(work(), vm.selectedProperty().get(), "unfolding leaves the selection where it is");
        vm.select(measure);
        vm.expandToLevel(1);
        assertSame(work(), vm.selectedProperty().get(), "folded to one level: the section that hides the item");
        assertTrue(vm.rows().contains(work()));
    }

    @Test
    void goingToAnItemUnfoldsWhatHidesItAndReachesTheViewEvenWhenItIsTheCurrentItem() {
        OutlineNode g1 = work().children().get(0);
        OutlineNode measure = g1.children().get(0);
        vm.toggleCollapsed(g1);
        assertFalse(vm.rows().contains(measure));
        vm.goTo(measure, TextEdit.Field.HEADING, OutlineEditorViewModel.FocusRequest.END, 0);
        assertTrue(vm.rows().contains(measure), "the folded group opens to show the item gone to");
        assertSame(measure, vm.selectedProperty().get());
        // the same request again (the clerk scrolled away and clicks the same heading): the view hears it
        java.util.List<OutlineEditorViewModel.FocusRequest> heard = new java.util.ArrayList<>();
        vm.focusRequestProperty().addListener((o, a, b) -> {
            if (b != null) {
                heard.add(b);
            }
        });
        vm.goTo(measure, TextEdit.Field.HEADING, OutlineEditorViewModel.FocusRequest.END, 0);
        assertEquals(java.util.List.of(new OutlineEditorViewModel.FocusRequest(measure, TextEdit.Field.HEADING,
                OutlineEditorViewModel.FocusRequest.END)), heard);
    }

    @Test
    void undoingAMergePutsTheCursorBackAtTheStartOfTheItemMerged() {
        OutlineNode g1 = work().children().get(0);
        OutlineNode second = g1.children().get(1);
        vm.setHeading(second, "落实课后服务");
        vm.sealTyping();
        vm.select(second);
        assertTrue(vm.mergeIntoPrevious());
        assertFalse(g1.children().contains(second));
        assertTrue(vm.undo());
        assertSame(second, g1.children().get(1), "the merged item is back");
        assertSame(second, vm.selectedProperty().get(), "and selected, not the item above it");
        assertEquals(new OutlineEditorViewModel.FocusRequest(second, TextEdit.Field.HEADING, 0), vm.focusRequestProperty().get(),
                "the cursor at its start, where it was when it was merged");
        assertTrue(vm.redo());
        assertFalse(g1.children().contains(second));
        assertSame(g1.children().get(0), vm.selectedProperty().get(), "merged again: the item it went into");
    }

    @Test
    void undoingAnAddedOrSplitOffItemPutsTheCursorBackOnTheItemActedOn() {
        OutlineNode g1 = work().children().get(0);
        vm.select(g1);
        OutlineNode added = vm.addSiblingAfter();
        assertSame(added, vm.selectedProperty().get());
        assertTrue(vm.undo());
        assertSame(g1, vm.selectedProperty().get(), "after undoing Enter the item Enter was pressed on is selected");
        assertSame(g1, vm.focusRequestProperty().get().node(), "and the cursor goes there");
        assertEquals(TextEdit.Field.HEADING, vm.focusRequestProperty().get().field());

        OutlineNode first = g1.children().get(0);
        vm.select(g1);
        OutlineNode child = vm.addChild();
        assertSame(g1, child.parent());
        assertTrue(vm.undo());
        assertSame(g1.children().get(g1.children().size() - 1), vm.selectedProperty().get(),
                "an added last child taken out: the item above it in the list");

        vm.select(r.sections().get(0));
        vm.setHeading(r.sections().get(0), "指导思想");
        OutlineNode tail = vm.split(TextEdit.Field.HEADING, 0, 2);
        assertSame(tail, vm.selectedProperty().get());
        assertTrue(vm.undo());
        assertEquals("指导思想", r.sections().get(0).heading());
        assertSame(r.sections().get(0), vm.selectedProperty().get(), "a split undone: the item that was split");
        assertSame(r.sections().get(0), vm.focusRequestProperty().get().node());

        vm.select(first);
        OutlineNode firstOfG1 = vm.addSiblingAfter();
        vm.undo();
        assertSame(first, vm.selectedProperty().get());
        assertTrue(vm.redo());
        assertSame(firstOfG1, vm.selectedProperty().get(), "redo brings the added item and the cursor back");
        assertSame(firstOfG1, vm.focusRequestProperty().get().node());
    }

    @Test
    void propertiesAreUndoableAndRenumber() {
        vm.setNumbering(NumberingStyle.FULLWIDTH);
        assertEquals("㈠", vm.label(work().children().get(0)));
        vm.setStraightThrough(false);
        assertEquals("⒈", vm.label(work().children().get(1).children().get(0)));
        vm.setTitle("某县教育局2026年教育工作要点");
        vm.setYear(2027);
        vm.undo();
        assertEquals(2026, r.year());
        vm.undo();
        assertEquals("某县教育局2026年工作要点", r.title());
        vm.undo();
        assertEquals("⒊", vm.label(work().children().get(1).children().get(0)));
        vm.setExportPreset("office22");
        assertEquals("office22", r.settings().export().preset());
    }

    @Test
    void charactersAreCountedForTheReportAndTheSection() {
        int before = vm.reportCharsProperty().get();
        OutlineNode guide = r.sections().get(0);
        vm.select(guide);
        vm.setBody(guide, "以新时代 教育思想为指导。");
        assertEquals("以新时代教育思想为指导。".length() + "指导思想".length(), vm.sectionCharsProperty().get());
        assertTrue(vm.reportCharsProperty().get() != before);
    }

    @Test
    void findWalksThroughMatches() {
        assertEquals(0, vm.find("不存在的词"));
        // the template's prompts (【具体措施…】) are placeholders, not text: find skips them
        assertEquals(0, vm.find("具体措施"));
        int n = vm.find("加强");
        assertTrue(n >= 2);
        OutlineEditorViewModel.Match first = vm.nextMatch();
        assertNotNull(first);
        assertSame(first.node(), vm.selected());
        assertEquals(first.node(), vm.focusRequestProperty().get().node());
    }
}
