package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.edit.TextEdit;
import org.reportdrafter.importing.Templates;

/** Issue 12 and the parts of issue 10 in the editor's logic: placeholders, undo names, replace, parts, kept text. */
class EditorFeaturesViewModelTest {
    OutlineEditorViewModel vm;
    Report r;

    @BeforeEach
    void plan() {
        r = Templates.instantiate(Templates.builtIn().get(0), "某县教育局", 2026);
        vm = new OutlineEditorViewModel(r);
    }

    /** 四、重点工作 › （一）加强教师队伍建设 › 1.【具体措施…】 */
    private OutlineNode firstMeasure() {
        return r.sections().get(3).children().get(0).children().get(0);
    }

    @Test
    void aTemplatePromptIsAPlaceholderInTheHeadingOfAMeasureAndGoesAtTheFirstKeystroke() {
        OutlineNode m = firstMeasure();
        assertTrue(m.guidance());
        assertTrue(OutlineEditorViewModel.placeholderInHeading(m), "a measure's text lives in its heading, whoever made it");
        assertTrue(OutlineEditorViewModel.placeholder(m).startsWith("具体措施"), OutlineEditorViewModel.placeholder(m));
        assertEquals("", OutlineEditorViewModel.shownBody(m));
        int before = vm.reportCharsProperty().get();
        vm.setHeading(m, "实");
        assertEquals("实", m.heading());
        assertEquals(List.of(), m.body(), "the prompt is not kept as text");
        assertFalse(m.guidance());
        assertEquals(before + 1, vm.reportCharsProperty().get(), "the prompt was never counted");
        vm.undo();
        assertTrue(m.guidance());
        assertEquals("", m.heading());
    }

    @Test
    void aSectionsPromptStandsInItsBody() {
        OutlineNode guide = r.sections().get(0);
        assertEquals("指导思想", guide.heading());
        assertFalse(OutlineEditorViewModel.placeholderInHeading(guide));
        String prompt = OutlineEditorViewModel.placeholder(guide);
        assertFalse(prompt.isEmpty());
        vm.setHeading(guide, "指导思想与工作原则");
        assertTrue(guide.guidance(), "editing the heading keeps the body's prompt: the clerk still needs it");
        assertEquals(prompt, OutlineEditorViewModel.placeholder(guide));
        assertEquals("", OutlineEditorViewModel.shownBody(guide), "and it is still not text");
        vm.setBody(guide, "以");
        assertEquals(List.of("以"), guide.body());
        assertFalse(guide.guidance());
    }

    @Test
    void undoAndRedoAreNamedAndOnlyAvailableWhenPossible() {
        assertFalse(vm.canUndoProperty().get());
        assertFalse(vm.canRedoProperty().get());
        OutlineNode g2 = r.sections().get(3).children().get(1);
        vm.select(g2);
        vm.moveUp();
        assertTrue(vm.canUndoProperty().get());
        assertEquals("上移", vm.undoNameProperty().get());
        vm.undo();
        assertFalse(vm.canUndoProperty().get());
        assertEquals("上移", vm.redoNameProperty().get());
    }

    @Test
    void aMoveAndItsUndoKeepTheCaretOnTheMovedItem() {
        OutlineNode g2 = r.sections().get(3).children().get(1);
        vm.select(g2);
        vm.caretIn(TextEdit.Field.HEADING);
        vm.moveUp();
        var req = vm.focusRequestProperty().get();
        assertSame(g2, req.node());
        assertEquals(OutlineEditorViewModel.FocusRequest.KEEP, req.caret());
        assertSame(g2, vm.selected());
        vm.undo();
        assertSame(g2, vm.focusRequestProperty().get().node());
        assertSame(g2, vm.selected());
        assertEquals(OutlineEditorViewModel.FocusRequest.KEEP, vm.focusRequestProperty().get().caret());
    }

    @Test
    void findCountsWithoutMovingThenSelectsReplaceAllIsOneStep() {
        OutlineNode g1 = r.sections().get(3).children().get(0);
        OutlineNode g2 = r.sections().get(3).children().get(1);
        vm.setHeading(firstMeasure(), "加强培训，加强考核");
        var focusBefore = vm.focusRequestProperty().get();
        int n = vm.search("加强");
        assertTrue(n >= 4, "（一）加强…, two in the measure, （一）加强组织领导…: " + n);
        assertSame(focusBefore, vm.focusRequestProperty().get(), "counting does not move the caret");
        assertEquals(-1, vm.matchIndex());
        var m = vm.nextMatch();
        assertEquals(2, vm.focusRequestProperty().get().length(), "the match is selected");
        assertSame(m.node(), vm.selected());
        assertEquals(n, vm.replaceAll("强化"));
        assertEquals("强化教师队伍建设", g1.heading());
        assertEquals("强化培训，强化考核", firstMeasure().heading());
        assertEquals("推进教育优质均衡发展", g2.heading());
        assertEquals("全部替换", vm.undoNameProperty().get());
        vm.undo();
        assertEquals("加强教师队伍建设", g1.heading());
        assertEquals("加强培训，加强考核", firstMeasure().heading());
    }

    @Test
    void replaceOneReplacesTheCurrentMatchAndGoesOn() {
        vm.setHeading(firstMeasure(), "甲乙甲");
        vm.search("甲");
        vm.nextMatch();
        vm.replaceCurrent("丙");
        assertEquals("丙乙甲", firstMeasure().heading());
        assertEquals(1, vm.matchCount());
        vm.replaceCurrent("丙");
        assertEquals("丙乙丙", firstMeasure().heading());
    }

    @Test
    void typingWhileFindIsOpenMovesTheHighlightsWithTheTextAndNextGoesOnFromThere() {
        vm.setHeading(firstMeasure(), "甲乙甲");
        OutlineNode g1 = r.sections().get(3).children().get(0);
        vm.setHeading(g1, "甲组");
        vm.sealTyping();
        vm.search("甲");
        int n = vm.matchCount();
        vm.nextMatch();
        vm.nextMatch();
        OutlineEditorViewModel.Match second = vm.currentMatch();
        assertSame(firstMeasure(), second.node(), "the measure's first 甲 (after （一）甲组): " + second);
        assertEquals(0, second.offset());
        // the clerk types over the current match and puts two characters before the other
        vm.setHeading(firstMeasure(), "丙乙丁丁甲");
        assertEquals(n - 1, vm.matchCount(), "the match typed over is gone");
        assertEquals(List.of(new OutlineEditorViewModel.Match(firstMeasure(), TextEdit.Field.HEADING, 4)), vm.matchesIn(firstMeasure()),
                "the other is highlighted where it is now");
        OutlineEditorViewModel.Match next = vm.nextMatch();
        assertEquals(new OutlineEditorViewModel.Match(firstMeasure(), TextEdit.Field.HEADING, 4), next,
                "next goes on from where the match typed over was");
        vm.undo();
        assertEquals(List.of(new OutlineEditorViewModel.Match(firstMeasure(), TextEdit.Field.HEADING, 0),
                new OutlineEditorViewModel.Match(firstMeasure(), TextEdit.Field.HEADING, 2)), vm.matchesIn(firstMeasure()),
                "an undo brings the matches back with the text");
    }

    @Test
    void partsAreEditedAsUndoableSteps() {
        var p = r.parts();
        vm.setPart("修改发文字号", p::docNumber, p::setDocNumber, " 某教发〔2026〕7号 ");
        assertEquals("某教发〔2026〕7号", p.docNumber());
        assertEquals(List.of("某县教育局"), p.signature(), "a draft from a template is signed by its office");
        vm.setPartLines("修改落款", p.signature(), List.of("某县教育局", "", "某县教育工会"));
        assertEquals(List.of("某县教育局", "某县教育工会"), p.signature());
        vm.undo();
        assertEquals(List.of("某县教育局"), p.signature());
        vm.undo();
        assertEquals("", p.docNumber());
    }

    @Test
    void webFurnitureIsDeletedWithOneUndoableAction() {
        r.preamble().addAll(List.of("首页 > 通知公告", "发布时间：2025-12-30 浏览次数：120", "各乡镇中心学校："));
        r.setClutterBefore(2);
        r.trailer().addAll(List.of("特此通知。", "上一篇：关于…", "版权所有 © 某县教育局"));
        r.setClutterAfter(2);
        assertEquals(4, vm.clutterCount());
        assertTrue(vm.deleteClutter());
        assertEquals(List.of("各乡镇中心学校："), r.preamble());
        assertEquals(List.of("特此通知。"), r.trailer());
        assertEquals(0, vm.clutterCount());
        assertEquals("删除网页杂项", vm.undoNameProperty().get());
        vm.undo();
        assertEquals(3, r.preamble().size());
        assertEquals(4, vm.clutterCount());
        // editing the kept text keeps the furniture count on the lines it counted
        vm.setTrailer(List.of("特此通知。", "请各校认真落实。", "上一篇：关于…", "版权所有 © 某县教育局"));
        assertEquals(2, r.clutterAfter());
        assertEquals("请各校认真落实。", r.documentTrailer().get(1));
    }
}
