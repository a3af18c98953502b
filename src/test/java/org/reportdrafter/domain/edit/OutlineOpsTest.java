package org.reportdrafter.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportSettings;

class OutlineOpsTest {
    Report r;
    EditHistory h;
    OutlineNode work;
    OutlineNode g1;
    OutlineNode g2;

    /** 四、重点工作 / ㈠ with ⒈…⒌ / ㈡ with ⒍ ⒎, measures straight through. */
    @BeforeEach
    void plan() {
        r = new Report();
        r.setSettings(ReportSettings.DEFAULT.withNumbering(NumberingStyle.FULLWIDTH).withContinuousRank(3));
        work = r.root().addChild(new OutlineNode("重点工作"));
        g1 = work.addChild(new OutlineNode("加强教师队伍建设"));
        g2 = work.addChild(new OutlineNode("推进均衡发展"));
        for (int i = 1; i <= 5; i++) {
            g1.addChild(new OutlineNode("措施" + i));
        }
        g2.addChild(new OutlineNode("措施6"));
        g2.addChild(new OutlineNode("措施7"));
        h = new EditHistory();
    }

    private String snapshot() {
        StringBuilder sb = new StringBuilder();
        var labels = Labeler.labels(r);
        for (OutlineNode n : r.allNodes()) {
            sb.append("  ".repeat(n.depth() - 1)).append(labels.get(n)).append(n.heading()).append('|')
                    .append(String.join("/", n.body())).append('\n');
        }
        return sb.toString();
    }

    private void undoAllRestores(String before) {
        while (h.canUndo()) {
            h.undo();
        }
        assertEquals(before, snapshot());
    }

    @Test
    void movingMeasureFiveIntoTheNextGroupRenumbersEverythingAfterIt() {
        String before = snapshot();
        OutlineNode m5 = g1.children().get(4);
        OutlineNode m6 = g2.children().get(0);
        assertSame(m5, OutlineOps.moveDown(h, m5));
        assertSame(g2, m5.parent());
        assertEquals(0, m5.indexInParent());
        assertEquals("⒌", Labeler.labelOf(r, m5));
        assertSame(m5, OutlineOps.moveDown(h, m5));
        assertEquals("⒌", Labeler.labelOf(r, m6), "措施6 is now the fifth measure");
        assertEquals("⒍", Labeler.labelOf(r, m5));
        assertSame(m5, OutlineOps.moveUp(h, m5));
        assertSame(m5, OutlineOps.moveUp(h, m5));
        assertSame(g1, m5.parent(), "the first of a group moves up into the previous group");
        undoAllRestores(before);
    }

    @Test
    void indentAndOutdent() {
        String before = snapshot();
        OutlineNode m2 = g1.children().get(1);
        assertSame(m2, OutlineOps.indent(h, m2));
        assertSame(g1.children().get(0), m2.parent());
        assertEquals("⑴", Labeler.labelOf(r, m2));
        assertEquals("⒉", Labeler.labelOf(r, g1.children().get(1)), "措施3 becomes ⒉");
        assertNull(OutlineOps.indent(h, g1.children().get(0)), "the first child cannot be indented");
        assertSame(m2, OutlineOps.outdent(h, m2));
        assertSame(m2, OutlineOps.outdent(h, m2));
        assertSame(work, m2.parent());
        assertEquals(1, m2.indexInParent(), "outdent puts it right after its old parent");
        assertEquals("㈡", Labeler.labelOf(r, m2));
        assertNull(OutlineOps.outdent(h, work));
        undoAllRestores(before);
    }

    @Test
    void addDeleteAndUndoRedo() {
        String before = snapshot();
        OutlineNode m1 = g1.children().get(0);
        OutlineNode created = OutlineOps.addSiblingAfter(h, m1);
        assertEquals(1, created.indexInParent());
        assertEquals("⒉", Labeler.labelOf(r, created));
        OutlineNode child = OutlineOps.addChild(h, created);
        assertSame(created, child.parent());
        OutlineNode next = OutlineOps.delete(h, created);
        assertEquals("措施2", next.heading());
        assertEquals(5, g1.children().size());
        h.undo();
        assertEquals(6, g1.children().size());
        assertSame(created, child.parent(), "the subtree comes back whole");
        h.redo();
        assertFalse(g1.children().contains(created));
        undoAllRestores(before);
        assertFalse(h.canUndo());
        assertTrue(h.canRedo());
    }

    @Test
    void typingCoalescesIntoOneUndoStep() {
        OutlineNode m1 = g1.children().get(0);
        for (String s : List.of("措施1加", "措施1加强", "措施1加强教研")) {
            h.perform(new TextEdit(m1, TextEdit.Field.HEADING, s));
        }
        OutlineOps.indent(h, g1.children().get(1));
        h.perform(new TextEdit(m1, TextEdit.Field.HEADING, "措施1加强教研。"));
        assertEquals("措施1加强教研。", m1.heading());
        h.undo();
        assertEquals("措施1加强教研", m1.heading());
        h.undo();
        h.undo();
        assertEquals("措施1", m1.heading(), "three keystrokes were one step");
        h.redo();
        assertEquals("措施1加强教研", m1.heading());
    }

    @Test
    void editingGuidanceTextMakesItTheUsersOwn() {
        OutlineNode m1 = g1.children().get(0);
        m1.setBody(List.of("以……为指导"));
        m1.setGuidance(true);
        h.perform(new TextEdit(m1, TextEdit.Field.BODY, "以新时代教育思想为指导"));
        assertFalse(m1.guidance());
        h.undo();
        assertTrue(m1.guidance());
    }

    @Test
    void splitAndMerge() {
        String before = snapshot();
        OutlineNode m1 = g1.children().get(0);
        m1.setHeading("加强师资。开展教研");
        m1.setBody(List.of("第一段", "第二段"));
        OutlineNode kid = m1.addChild(new OutlineNode("细项"));
        String withText = snapshot();
        OutlineNode tail = OutlineOps.split(h, m1, TextEdit.Field.HEADING, 0, 5);
        assertEquals("加强师资。", m1.heading());
        assertEquals("开展教研", tail.heading());
        assertEquals(List.of("第一段", "第二段"), tail.body());
        assertSame(tail, kid.parent());
        h.undo();
        assertEquals(withText, snapshot());
        OutlineNode second = OutlineOps.split(h, m1, TextEdit.Field.BODY, 1, 1);
        assertEquals(List.of("第一段", "第"), m1.body());
        assertEquals(List.of("二段"), second.body());
        OutlineNode merged = OutlineOps.mergeIntoPrevious(h, second);
        assertSame(m1, merged);
        assertEquals(List.of("第一段", "第", "二段"), m1.body());
        assertSame(m1, kid.parent());
        h.undo();
        h.undo();
        assertEquals(withText, snapshot());
        m1.setHeading("措施1");
        m1.setBody(List.of());
        kid.detach();
        undoAllRestores(before);
    }

    @Test
    void paragraphToChildAndBack() {
        OutlineNode m1 = g1.children().get(0);
        m1.setBody(List.of("甲", "乙", "丙"));
        String before = snapshot();
        OutlineNode child = OutlineOps.paragraphToChild(h, m1, 1);
        assertEquals(List.of("甲"), m1.body());
        assertEquals("乙", child.heading());
        assertEquals(List.of("丙"), child.body());
        assertEquals(0, child.indexInParent());
        assertSame(m1, OutlineOps.childToParagraph(h, child));
        assertEquals(List.of("甲", "乙", "丙"), m1.body());
        assertTrue(m1.children().isEmpty());
        h.undo();
        h.undo();
        assertEquals(before, snapshot());
    }

    @Test
    void dragAndDropMoves() {
        String before = snapshot();
        OutlineNode m1 = g1.children().get(0);
        assertSame(m1, OutlineOps.moveTo(h, m1, g2, 1));
        assertEquals(List.of("措施6", "措施1", "措施7"), g2.children().stream().map(OutlineNode::heading).toList());
        assertNull(OutlineOps.moveTo(h, g2, g2.children().get(0), 0), "not into its own subtree");
        OutlineNode m7 = g2.children().get(2);
        assertSame(m7, OutlineOps.moveTo(h, m7, g2, 0));
        assertEquals("措施7", g2.children().get(0).heading());
        undoAllRestores(before);
    }

    @Test
    void aMeasureSetStraightUnderASectionKeepsItsNumberAfterTabAndShiftTab() {
        Report plan = new Report();
        plan.setSettings(ReportSettings.DEFAULT.withNumbering(NumberingStyle.GONGWEN));
        OutlineNode goals = plan.root().addChild(new OutlineNode("具体目标"));
        for (int i = 1; i <= 3; i++) {
            goals.addChild(new OutlineNode("第" + i + "项目标。")).setRankSkip(1); // 1. 2. 3. with no （一） above
        }
        OutlineNode third = goals.children().get(2);
        assertEquals("3.", Labeler.labelOf(plan, third));
        OutlineOps.indent(h, third);
        assertEquals("（1）", Labeler.labelOf(plan, third), "under 2. it is a sub-item");
        OutlineOps.outdent(h, third);
        assertEquals("3.", Labeler.labelOf(plan, third), "back beside 1. and 2. it is numbered as they are");
        OutlineOps.moveUp(h, third);
        assertEquals("2.", Labeler.labelOf(plan, third));
    }

    @Test
    void anItemTakenOutAgainKnowsTheItemThatStoodBeforeIt() {
        OutlineNode first = new OutlineNode("新措施");
        MoveEdit atTop = new MoveEdit("新建下级条目", first, g2, 0);
        h.perform(atTop);
        assertNull(atTop.itemBeforeWhereItWas(), "in the outline: nothing to go back to");
        h.undo();
        assertSame(g2, atTop.itemBeforeWhereItWas(), "a first child taken out: its parent");
        MoveEdit afterG1 = new MoveEdit("新建同级条目", new OutlineNode(), work, 1);
        h.perform(afterG1);
        h.undo();
        assertSame(g1, afterG1.itemBeforeWhereItWas(), "the sibling it was added after");
        OutlineNode m5 = g1.children().get(4);
        MoveEdit removed = new MoveEdit("删除条目", m5, null, 0);
        h.perform(removed);
        assertSame(g1.children().get(3), removed.itemBeforeWhereItWas(), "a removal: the item before it");
        MoveEdit newFirstSection = new MoveEdit("新建同级条目", new OutlineNode(), r.root(), 0);
        h.perform(newFirstSection);
        h.undo();
        assertSame(work, newFirstSection.itemBeforeWhereItWas(), "the first section taken out: the section after it");
    }
}
