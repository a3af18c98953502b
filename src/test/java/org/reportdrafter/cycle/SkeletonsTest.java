package org.reportdrafter.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportStatus;

class SkeletonsTest {
    @Test
    void theSummaryFollowsThePlansGroupsWithItsMeasuresAsItems() {
        Report plan = CycleFixtures.plan();
        plan.setId(42L);
        Report s = Skeletons.summaryFromPlan(plan);
        assertEquals("青山县教育局2025年工作总结", s.title());
        assertEquals(2025, s.year());
        assertEquals("青山县教育局", s.organization());
        assertEquals(ReportKind.SUMMARY, s.kind());
        assertEquals(ReportStatus.DRAFT, s.status());
        assertEquals(42L, s.parts().answers().reportId());
        assertEquals(plan.title(), s.parts().answers().title());

        assertEquals(List.of("主要工作和成效", "存在的问题", "2026年工作思路"), s.sections().stream().map(OutlineNode::heading).toList());
        OutlineNode work = s.sections().get(0);
        assertEquals(List.of("目标任务完成情况", "推进教育资源扩容提质", "提升教育教学质量", "加强教师队伍建设", "办好人民满意的教育"),
                work.children().stream().map(OutlineNode::heading).toList());
        OutlineNode teachers = work.children().get(3);
        assertEquals(List.of("实施“青蓝工程”。", "开展校长职级制改革试点。"), teachers.children().stream().map(OutlineNode::heading).toList());
        OutlineNode item = teachers.children().get(0);
        assertTrue(item.guidance(), "the prompt is guidance: greyed, not exported until written over");
        assertTrue(item.body().get(0).startsWith("【请写明"));
        OutlineNode area = work.children().get(0).children().get(1);
        assertTrue(area.body().get(0).contains("新建校舍3万平方米"), area.body().toString());
        assertTrue(s.sections().get(1).guidance());
    }

    @Test
    void theTitleOfNextYearsPlanMovesEveryWayOfWritingTheYearOn() {
        assertEquals("青山县教育局2026年工作要点", Skeletons.shiftYears("青山县教育局2025年工作要点", 2025, 2026));
        assertEquals("绍兴一中2011学年第二学期工作思路", Skeletons.shiftYears("绍兴一中2010学年第二学期工作思路", 2010, 2011),
                "a school year (学年) moves too");
        assertEquals("城关小学2026年度工作计划", Skeletons.shiftYears("城关小学2025年度工作计划", 2025, 2026));
        assertEquals("2026—2027学年第一学期教学工作计划", Skeletons.shiftYears("2025—2026学年第一学期教学工作计划", 2025, 2026),
                "both ends of a range, each once");
        assertEquals("2026-2027学年工作要点", Skeletons.shiftYears("2025-2026学年工作要点", 2025, 2026));
        assertEquals("实验学校2026年工作计划（1200名学生）", Skeletons.shiftYears("实验学校2025年工作计划（1200名学生）", 2025, 2026),
                "a number that is not a year stays");
        assertEquals("2019年以来工作回顾与2026年工作要点", Skeletons.shiftYears("2019年以来工作回顾与2025年工作要点", 2025, 2026),
                "another year stays");
    }

    @Test
    void nextYearsPlanKeepsLastYearsStructureAndOffersTheProblemsInTheirGroups() {
        Report plan = CycleFixtures.plan();
        Report summary = CycleFixtures.summary();
        summary.setId(7L);
        Skeletons.NextPlan next = Skeletons.planFromSummary(summary, plan);
        Report p = next.plan();
        assertEquals(2026, p.year());
        assertEquals("青山县教育局2026年工作要点", p.title());
        assertEquals(ReportKind.PLAN, p.kind());
        assertEquals(ReportStatus.DRAFT, p.status());
        assertEquals(7L, p.parts().answers().reportId());
        // two problems and three next-year items
        assertEquals(5, next.offered());

        OutlineNode resources = CycleFixtures.node(p, "推进教育资源扩容提质");
        OutlineNode teachers = CycleFixtures.node(p, "加强教师队伍建设");
        List<String> offeredResources = offered(resources);
        List<String> offeredTeachers = offered(teachers);
        assertTrue(offeredResources.stream().anyMatch(t -> t.contains("第二幼儿园改扩建工程因用地手续")), offeredResources.toString());
        assertTrue(offeredTeachers.stream().anyMatch(t -> t.contains("教师培训人次未达到")), offeredTeachers.toString());
        assertTrue(offeredTeachers.stream().anyMatch(t -> t.contains("校长职级制")), offeredTeachers.toString());
        // last year's measures stay, before the offers
        assertEquals("实施“青蓝工程”。", teachers.children().get(0).heading());
        OutlineNode offer = teachers.children().get(teachers.children().size() - 1);
        assertTrue(offer.guidance());
        assertNotNull(offer.provenance());
        assertEquals(7L, offer.provenance().reportId());
        // the plan's own years are left for the clerk to confirm: the preamble's 2025年 is not a node, 十四五 stays
        assertFalse(plan.title().contains("2026"), "the source plan is not changed");
    }

    @Test
    void withoutLastYearsPlanTheSummarysGroupsAreTheFrame() {
        Skeletons.NextPlan next = Skeletons.planFromSummary(CycleFixtures.summary(), null);
        Report p = next.plan();
        assertEquals("青山县教育局2026年工作要点", p.title());
        OutlineNode work = CycleFixtures.node(p, "重点工作");
        assertTrue(work.children().stream().anyMatch(g -> g.heading().equals("教育资源供给持续扩大")));
        assertEquals(5, next.offered());
    }

    @Test
    void yearsInKeptTextAreListedForReview() {
        Report plan = CycleFixtures.plan();
        CycleFixtures.node(plan, "城东小学").body().add("2025年9月前交付使用。");
        Skeletons.NextPlan next = Skeletons.planFromSummary(CycleFixtures.summary(), plan);
        assertTrue(next.review().stream().anyMatch(i -> i.found().equals("2025年") && i.proposed().equals("2026年")), next.review().toString());
    }

    private static List<String> offered(OutlineNode group) {
        return group.children().stream().filter(OutlineNode::guidance).map(n -> String.join("", n.body())).toList();
    }
}
