package org.reportdrafter.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/**
 * The 2025 plan and summary of 青山县教育局, read as a reviewer would: which measures the summary
 * accounts for, in which words and in which group, which it leaves out, and which numbers were met.
 */
class CoverageCheckerTest {
    static Coverage c;

    @BeforeAll
    static void check() {
        c = new CoverageChecker().check(CycleFixtures.plan(), CycleFixtures.summary());
    }

    static Coverage.Item item(String headingPart) {
        return c.items().stream().filter(i -> i.measure().heading().contains(headingPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + headingPart));
    }

    @Test
    void everyMeasureAndTargetInPlanOrder() {
        assertEquals(13, c.items().size());
        assertTrue(c.items().get(0).measure().target());
        assertTrue(c.items().get(12).measure().heading().contains("校外培训"));
    }

    @Test
    void rephrasedMeasuresAreFound() {
        // 完成城东小学新校区建设 → 城东小学新校区建成并于9月投入使用
        Coverage.Item school = item("城东小学");
        assertEquals(Coverage.Status.COVERED, school.status());
        assertTrue(school.evidence().get(0).excerpt().contains("建成"), school.evidence().toString());
        // 开展中小学生科技创新竞赛 → 成功举办了第五届全县中小学生科技创新大赛
        Coverage.Item contest = item("科技创新竞赛");
        assertEquals(Coverage.Status.COVERED, contest.status());
        assertTrue(contest.evidence().get(0).path().contains("学生创新能力增强"));
        // 专项治理 → 专项整治
        assertEquals(Coverage.Status.COVERED, item("校外培训机构").status());
    }

    @Test
    void aMeasureReportedUnderAnotherGroupIsFoundThere() {
        // planned under （三）加强教师队伍建设, reported under （二）教育质量稳步提升
        Coverage.Item qinglan = item("青蓝工程");
        assertEquals(Coverage.Status.COVERED, qinglan.status());
        assertTrue(qinglan.evidence().get(0).path().startsWith("一、主要工作和成效 › （二）教育质量稳步提升"), qinglan.evidence().get(0).path());
    }

    @Test
    void aMeasureNotReportedIsMissingEvenIfNextYearPromisesIt() {
        // 校长职级制 appears only in 2026年工作思路: a promise is not a report
        Coverage.Item pilot = item("校长职级制");
        assertEquals(Coverage.Status.MISSING, pilot.status());
        assertTrue(pilot.evidence().isEmpty());
    }

    @Test
    void aMeasureMentionedOnlyAmongTheProblemsIsPartly() {
        Coverage.Item kindergarten = item("第二幼儿园");
        assertEquals(Coverage.Status.PARTLY, kindergarten.status());
        assertTrue(kindergarten.evidence().get(0).path().startsWith("二、存在的问题"));
    }

    @Test
    void targetsAreComparedWithWhatIsReported() {
        Coverage.Item rates = item("毛入园率");
        assertEquals(Coverage.TargetResult.MET, rates.targets().get(0).result());
        assertEquals(98.6, rates.targets().get(0).reported().value(), 1e-9);
        assertEquals(Coverage.TargetResult.MET, rates.targets().get(1).result());
        assertEquals(99.3, rates.targets().get(1).reported().value(), 1e-9);

        Coverage.Item area = item("新建校舍");
        assertEquals(32000, area.targets().get(0).reported().value(), 1e-9);
        assertEquals(Coverage.TargetResult.MET, area.targets().get(0).result());

        Coverage.Item training = item("培训教师");
        Coverage.TargetCheck t = training.targets().get(0);
        assertEquals(2000, t.planned().value(), 1e-9);
        assertEquals(1650, t.reported().value(), 1e-9);
        assertEquals(Coverage.TargetResult.NOT_MET, t.result());
        assertEquals(Coverage.TargetResult.MET, training.targets().get(1).result()); // 骨干教师占比 21% ≥ 20%
    }

    @Test
    void aTargetNobodyReportsIsNotReported() {
        Report summary = CycleFixtures.summary();
        OutlineNode rates = CycleFixtures.node(summary, "普及水平");
        rates.setBody(List.of("全县学前三年毛入园率达98.6%。"));
        Coverage cov = new CoverageChecker().check(CycleFixtures.plan(), summary);
        Coverage.Item i = cov.items().stream().filter(x -> x.measure().heading().contains("毛入园率")).findFirst().orElseThrow();
        assertEquals(Coverage.TargetResult.MET, i.targets().get(0).result());
        assertEquals(Coverage.TargetResult.NOT_REPORTED, i.targets().get(1).result());
        assertNull(i.targets().get(1).reported());
    }

    @Test
    void workThatWasNotPlannedIsListed() {
        assertEquals(1, c.unplanned().size(), c.unplanned().toString());
        assertTrue(c.unplanned().get(0).path().contains("平安校园"));
    }

    @Test
    void theSummarySkeletonAccountsForNothingUntilTheClerkWrites() {
        Report plan = CycleFixtures.plan();
        Report draft = Skeletons.summaryFromPlan(plan);
        Coverage empty = new CoverageChecker().check(plan, draft);
        assertEquals(13, empty.items().size());
        assertEquals(13, empty.count(Coverage.Status.MISSING), "copied headings and prompts are not a report");
        assertTrue(empty.unplanned().isEmpty());

        OutlineNode contest = CycleFixtures.node(draft, "科技创新竞赛");
        contest.setBody(List.of("成功举办第五届中小学生科技创新大赛，参赛学生1200余人。"));
        contest.setGuidance(false);
        Coverage written = new CoverageChecker().check(plan, draft);
        Coverage.Item i = written.items().stream().filter(x -> x.measure().heading().contains("科技创新竞赛")).findFirst().orElseThrow();
        assertEquals(Coverage.Status.COVERED, i.status());
        assertEquals(12, written.count(Coverage.Status.MISSING));
    }

    @Test
    void libraryRarityIsUsedWhereItKnowsTheTerm() {
        // a library in which 科技创新 is rare and every other pair common: a 书法竞赛 does not answer a 科技创新竞赛
        TermRarity lib = terms -> {
            java.util.Map<String, Double> w = new java.util.HashMap<>();
            for (String t : terms) {
                w.put(t, t.matches(".*[科技创新].*") ? 10.0 : 0.1);
            }
            return w;
        };
        Report summary = CycleFixtures.summary();
        CycleFixtures.node(summary, "学生创新能力增强").setBody(List.of("举办中小学生书法竞赛。"));
        double withLibrary = new CoverageChecker(lib).check(CycleFixtures.plan(), summary).items().stream()
                .filter(x -> x.measure().heading().contains("科技创新竞赛")).findFirst().orElseThrow().score();
        double alone = new CoverageChecker().check(CycleFixtures.plan(), summary).items().stream()
                .filter(x -> x.measure().heading().contains("科技创新竞赛")).findFirst().orElseThrow().score();
        assertTrue(withLibrary < CoverageChecker.PARTLY && withLibrary < alone, withLibrary + " vs " + alone);
    }
}
