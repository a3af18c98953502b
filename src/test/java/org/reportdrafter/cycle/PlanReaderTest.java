package org.reportdrafter.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

class PlanReaderTest {
    @Test
    void theTargetsAndEveryNumberedMeasureUnderTheKeyWorkSection() {
        List<Measure> m = PlanReader.measures(CycleFixtures.plan());
        // 二、主要目标 has three numbered targets, 三、重点工作 ten measures in four groups; 指导思想 promises nothing
        assertEquals(13, m.size());
        assertEquals(3, m.stream().filter(Measure::target).count());
        Measure qinglan = m.stream().filter(x -> x.heading().contains("青蓝工程")).findFirst().orElseThrow();
        assertFalse(qinglan.target());
        assertEquals("加强教师队伍建设", qinglan.group().heading());
        assertTrue(qinglan.path().startsWith("三、重点工作 › （三）加强教师队伍建设 › "), qinglan.path());
        assertTrue(qinglan.text().contains("师徒结对"));
        Measure area = m.get(1);
        assertEquals(2, area.targets().size());
        assertEquals("新建校舍", area.targets().get(0).indicator());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("习近平")));
    }

    @Test
    void aPlanWhoseSectionsAreTheGroupsHasItsLeavesAsMeasures() {
        Report r = new Report();
        OutlineNode guide = r.root().addChild(new OutlineNode("总体要求"));
        guide.body().add("坚持立德树人，办好人民满意的教育。");
        OutlineNode party = r.root().addChild(new OutlineNode("坚持党建引领"));
        party.addChild(new OutlineNode("深化“清廉学校”建设"));
        party.addChild(new OutlineNode("加强意识形态工作"));
        OutlineNode quality = r.root().addChild(new OutlineNode("提高教育质量"));
        quality.addChild(new OutlineNode("推进集团化办学"));
        List<Measure> m = PlanReader.measures(r);
        assertEquals(List.of("深化“清廉学校”建设", "加强意识形态工作", "推进集团化办学"), m.stream().map(Measure::heading).toList());
        assertEquals(party, m.get(0).group());
        assertEquals(quality, m.get(2).group());
    }

    @Test
    void aTargetSectionWrittenAsAParagraphGivesOneTargetPerSentenceWithANumber() {
        Report r = new Report();
        OutlineNode t = r.root().addChild(new OutlineNode("工作目标"));
        t.body().add("办好每一所学校。全县学前三年毛入园率达到98%。培训教师2000人次。");
        r.root().addChild(new OutlineNode("重点工作")).addChild(new OutlineNode("推进集团化办学"));
        List<Measure> m = PlanReader.measures(r);
        assertEquals(3, m.size());
        assertTrue(m.get(0).target() && m.get(1).target());
        assertEquals("全县学前三年毛入园率达到98%。", m.get(0).heading());
        assertEquals("培训教师2000人次。", m.get(1).heading());
    }
}
