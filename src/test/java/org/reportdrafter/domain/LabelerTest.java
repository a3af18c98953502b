package org.reportdrafter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelerTest {

    /** 一、 with groups （一）（二）, each with n measures. */
    private static Report plan(NumberingStyle style, int continuous, int... measuresPerGroup) {
        Report r = new Report();
        r.setSettings(ReportSettings.DEFAULT.withNumbering(style).withContinuousRank(continuous));
        OutlineNode section = r.root().addChild(new OutlineNode("重点工作"));
        for (int g = 0; g < measuresPerGroup.length; g++) {
            OutlineNode group = section.addChild(new OutlineNode("组" + (g + 1)));
            for (int m = 0; m < measuresPerGroup[g]; m++) {
                OutlineNode measure = group.addChild(new OutlineNode("措施" + g + "-" + m));
                measure.addChild(new OutlineNode("细项"));
            }
        }
        return r;
    }

    private static List<String> labelsAtDepth(Report r, int depth) {
        Map<OutlineNode, String> labels = Labeler.labels(r);
        List<String> out = new ArrayList<>();
        for (OutlineNode n : r.allNodes()) {
            if (n.depth() == depth) {
                out.add(labels.get(n));
            }
        }
        return out;
    }

    @Test
    void gongwenStyleLabelsEachRank() {
        Report r = plan(NumberingStyle.GONGWEN, 0, 2, 1);
        assertEquals(List.of("一、"), labelsAtDepth(r, 1));
        assertEquals(List.of("（一）", "（二）"), labelsAtDepth(r, 2));
        assertEquals(List.of("1.", "2.", "1."), labelsAtDepth(r, 3));
        assertEquals(List.of("（1）", "（1）", "（1）"), labelsAtDepth(r, 4));
    }

    @Test
    void fullWidthStyleLabelsEachRank() {
        Report r = plan(NumberingStyle.FULLWIDTH, 0, 2, 1);
        assertEquals(List.of("㈠", "㈡"), labelsAtDepth(r, 2));
        assertEquals(List.of("⒈", "⒉", "⒈"), labelsAtDepth(r, 3));
        assertEquals(List.of("⑴", "⑴", "⑴"), labelsAtDepth(r, 4));
    }

    @Test
    void measuresRunStraightThroughGroupsWhenAsked() {
        Report r = plan(NumberingStyle.FULLWIDTH, 3, 6, 5, 12);
        List<String> measures = labelsAtDepth(r, 3);
        assertEquals("⒈", measures.get(0));
        assertEquals("⒍", measures.get(5));
        assertEquals("⒎", measures.get(6));
        assertEquals("⒛", measures.get(19));
        assertEquals("21.", measures.get(20), "past ⒛ the 公文 form of the same level");
        assertEquals("23.", measures.get(22));
    }

    @Test
    void straightThroughRestartsInEachSection() {
        Report r = plan(NumberingStyle.GONGWEN, 3, 2, 2);
        OutlineNode second = r.root().addChild(new OutlineNode("保障措施"));
        OutlineNode g = second.addChild(new OutlineNode("组"));
        g.addChild(new OutlineNode("a"));
        assertEquals(List.of("1.", "2.", "3.", "4.", "1."), labelsAtDepth(r, 3));
    }

    @Test
    void enclosedFormsContinueInPlainFormPastTheirRange() {
        assertEquals("㈩", LabelFormat.CN_ENCLOSED.format(10));
        assertEquals("（十一）", LabelFormat.CN_ENCLOSED.format(11));
        assertEquals("⒛", LabelFormat.AR_ENCLOSED_DOT.format(20));
        assertEquals("21.", LabelFormat.AR_ENCLOSED_DOT.format(21));
        assertEquals("⒇", LabelFormat.AR_ENCLOSED_PAREN.format(20));
        assertEquals("（21）", LabelFormat.AR_ENCLOSED_PAREN.format(21));
        assertEquals("⑳", LabelFormat.CIRCLED.format(20));
        assertEquals("（21）", LabelFormat.CIRCLED.format(21));
        assertEquals("二十一、", LabelFormat.CN_DUN.format(21));
        assertEquals("一百零一、", LabelFormat.CN_DUN.format(101));
        assertEquals("（二十）", LabelFormat.CN_PAREN.format(20));
        assertThrows(IllegalArgumentException.class, () -> LabelFormat.AR_DOT.format(0));
    }

    @Test
    void twentyFiveTopLevelSections() {
        Report r = new Report();
        for (int i = 0; i < 25; i++) {
            r.root().addChild(new OutlineNode("节" + i));
        }
        List<String> l = labelsAtDepth(r, 1);
        assertEquals("十、", l.get(9));
        assertEquals("十一、", l.get(10));
        assertEquals("二十、", l.get(19));
        assertEquals("二十五、", l.get(24));
    }

    @Test
    void movesAndDeletionsRenumber() {
        Report r = plan(NumberingStyle.FULLWIDTH, 3, 5, 3, 2);
        OutlineNode section = r.sections().get(0);
        OutlineNode g1 = section.children().get(0);
        OutlineNode g2 = section.children().get(1);
        OutlineNode fifth = g1.children().get(4);
        // moving measure 5 of ㈠ to the top of ㈡ keeps the straight-through numbers in document order
        fifth.detach();
        g2.insertChild(0, fifth);
        assertEquals("⒌", Labeler.labelOf(r, fifth));
        fifth.detach();
        section.children().get(2).insertChild(0, fifth);
        assertEquals("⒏", Labeler.labelOf(r, fifth));
        assertEquals("⒌", Labeler.labelOf(r, g2.children().get(0)));
        // deleting the first group renumbers groups and measures after it
        g1.detach();
        assertEquals("㈠", Labeler.labelOf(r, g2));
        assertEquals("⒈", Labeler.labelOf(r, g2.children().get(0)));
        assertEquals(List.of("⒈", "⒉", "⒊", "⒋", "⒌", "⒍"), labelsAtDepth(r, 3));
    }

    @Test
    void shiAndUnnumberedNodes() {
        Report r = new Report();
        OutlineNode s = r.root().addChild(new OutlineNode("主要工作"));
        OutlineNode plain = s.addChild(new OutlineNode("坚持以科学规划为目标，切实推动教育督导工作"));
        plain.setLabelMode(LabelMode.NONE);
        OutlineNode group = s.addChild(new OutlineNode("教育资源供给得到新加强"));
        for (int i = 0; i < 12; i++) {
            group.addChild(new OutlineNode("要点" + i)).setLabelMode(LabelMode.SHI);
        }
        Map<OutlineNode, String> labels = Labeler.labels(r);
        assertEquals("", labels.get(plain));
        assertEquals("（一）", labels.get(group), "an unnumbered sibling takes no number");
        assertEquals("一是", labels.get(group.children().get(0)));
        assertEquals("十二是", labels.get(group.children().get(11)));
        group.children().get(0).setLabelMode(LabelMode.YAO);
        assertEquals("一要", Labeler.labelOf(r, group.children().get(0)));
        assertEquals("一是", Labeler.labelOf(r, group.children().get(1)));
    }

    @Test
    void rankSkipPutsMeasuresStraightUnderASection() {
        Report r = new Report();
        r.setSettings(ReportSettings.DEFAULT.withNumbering(NumberingStyle.FULLWIDTH));
        OutlineNode goals = r.root().addChild(new OutlineNode("具体目标"));
        OutlineNode m = goals.addChild(new OutlineNode("入学率达99%以上。"));
        m.setRankSkip(1);
        assertEquals(3, m.rank());
        assertEquals("⒈", Labeler.labelOf(r, m));
    }

    @Test
    void pathNamesTheChainOfSections() {
        Report r = plan(NumberingStyle.GONGWEN, 0, 2);
        OutlineNode measure = r.sections().get(0).children().get(0).children().get(1);
        assertEquals("一、重点工作 › （一）组1 › 2.措施0-1", Labeler.path(measure, Labeler.labels(r)));
    }

    @Test
    void aNodeCannotBecomeItsOwnDescendant() {
        OutlineNode a = new OutlineNode("a");
        OutlineNode b = a.addChild(new OutlineNode("b"));
        b.detach();
        b.addChild(new OutlineNode("c"));
        OutlineNode c = b.children().get(0);
        assertThrows(IllegalArgumentException.class, () -> c.addChild(b));
    }

    @Test
    void aNodesCountFollowsEveryChangeOfItsText() {
        OutlineNode n = new OutlineNode("加强师资");
        n.setBody(List.of("开展教研活动。"));
        assertEquals(11, n.ownCharCount());
        n.setHeading("加强师资队伍建设");
        assertEquals(15, n.ownCharCount());
        n.body().set(0, "开展活动。");
        assertEquals(13, n.ownCharCount());
        n.body().add("培训教师。");
        assertEquals(18, n.ownCharCount());
        n.setGuidance(true);
        assertEquals(8, n.ownCharCount(), "a template prompt is not counted");
        n.setGuidance(false);
        n.body().clear();
        assertEquals(8, n.ownCharCount());
    }

    @Test
    void aReportCountsItsTitleAndEveryNodeAtEveryLevel() {
        Report r = new Report();
        r.setTitle("工作要点"); // 4
        OutlineNode section = r.root().addChild(new OutlineNode("重点工作")); // 4
        OutlineNode group = section.addChild(new OutlineNode("加强师资")); // 4
        OutlineNode measure = group.addChild(new OutlineNode("开展培训")); // 4
        measure.setBody(List.of("每学期两次。")); // 6
        measure.addChild(new OutlineNode("细项")); // 2
        r.root().addChild(new OutlineNode("保障措施")); // 4
        assertEquals(28, r.charCount());
        measure.detach();
        assertEquals(16, r.charCount(), "a removed measure and its item are no longer counted");
    }

    @Test
    void charCountSkipsWhitespace() {
        assertEquals(4, TextStats.countChars("教育 工作\u3000\n"));
        assertEquals(5, TextStats.countChars("A1，。“"));
    }
}
