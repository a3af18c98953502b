package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportStatus;

class TemplatesTest {
    private static Templates.Template named(String name) {
        return Templates.builtIn().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void fourBuiltInTemplates() {
        assertEquals(List.of("年度工作要点", "年度工作总结", "年度工作总结和下一年工作思路", "科室年度工作计划"),
                Templates.builtIn().stream().map(Templates.Template::name).toList());
    }

    @Test
    void planTemplateHasTheGenresSectionsWithPlaceholdersFilled() {
        Report r = Templates.instantiate(named("年度工作要点"), "某县教育局", 2026);
        assertEquals("某县教育局2026年工作要点", r.title());
        assertEquals(ReportKind.PLAN, r.kind());
        assertEquals(2026, r.year());
        assertEquals("某县教育局", r.organization());
        assertEquals(ReportStatus.DRAFT, r.status());
        assertEquals(List.of("指导思想", "总体目标", "具体目标", "重点工作", "保障措施", "主要活动安排"),
                r.sections().stream().map(OutlineNode::heading).toList());
        OutlineNode guide = r.sections().get(0);
        assertTrue(guide.guidance());
        assertTrue(guide.body().get(0).startsWith("写明本年度工作的指导思想"), "brackets removed from whole guidance paragraphs");
        OutlineNode work = r.sections().get(3);
        OutlineNode firstMeasure = work.children().get(0).children().get(0);
        assertEquals("", firstMeasure.heading());
        assertTrue(firstMeasure.guidance());
        assertEquals(3, r.settings().continuousRank(), "measures numbered straight through groups");
        assertEquals("3.", Labeler.labelOf(r, work.children().get(1).children().get(0)));
        assertFalse(work.children().get(0).guidance(), "a real heading is not guidance");
    }

    @Test
    void summaryTemplatesUseShiItemsAndNextYear() {
        Report r = Templates.instantiate(named("年度工作总结和下一年工作思路"), "某市教育局", 2025);
        assertEquals("某市教育局2025年工作总结和2026年工作思路", r.title());
        assertEquals(ReportKind.SUMMARY_AND_PLAN, r.kind());
        assertEquals("2026年工作思路", r.sections().get(1).heading());
        OutlineNode shi = r.sections().get(0).children().get(0).children().get(0);
        assertEquals(LabelMode.SHI, shi.labelMode());
        assertTrue(shi.guidance());
        Report s = Templates.instantiate(named("年度工作总结"), "某市教育局", 2025);
        assertEquals(ReportKind.SUMMARY, s.kind());
        Report k = Templates.instantiate(named("科室年度工作计划"), "区教育局计财科", 2025);
        assertEquals(9, k.sections().get(2).body().size(), "month-by-month schedule");
    }

    @Test
    void anyReportCanBecomeATemplateAndBackForAnotherYear() {
        Report draft = Templates.instantiate(named("年度工作要点"), "某县教育局", 2025);
        draft.sections().get(0).setBody(List.of("2025年，某县教育局以新思想为指导，巩固2024年成果，谋划2026年发展。"));
        draft.sections().get(0).setGuidance(false);
        Report t = Templates.asTemplate(draft);
        assertEquals(ReportStatus.TEMPLATE, t.status());
        assertEquals("{单位}{年份}年工作要点", t.title());
        assertEquals("{年份}年，{单位}以新思想为指导，巩固{上年}年成果，谋划{下年}年发展。", t.sections().get(0).body().get(0));
        Report next = Templates.fromLibraryTemplate(t, "某区教育局", 2027);
        assertEquals("某区教育局2027年工作要点", next.title());
        assertEquals("2027年，某区教育局以新思想为指导，巩固2026年成果，谋划2028年发展。", next.sections().get(0).body().get(0));
        assertEquals(ReportStatus.DRAFT, next.status());
    }

    @Test
    void aSchoolsTermPlanBecomesATemplateWithItsSchoolYearsAsPlaceholders() {
        Report plan = new Report();
        plan.setTitle("绍兴一中2010学年第二学期工作思路（征求意见稿）");
        plan.setOrganization("绍兴一中");
        plan.setYear(2010);
        OutlineNode s = plan.root().addChild(new OutlineNode("指导思想"));
        s.body().add("总结2009学年经验，落实2010—2011学年规划，为2011学年开好局；建校100周年，投入2010万元。");
        Report t = Templates.asTemplate(plan);
        assertEquals("{单位}{年份}学年第二学期工作思路（征求意见稿）", t.title());
        assertEquals("××单位20××学年第二学期工作思路（征求意见稿）", Templates.displayName(t.title()), "listed as a blank form is named");
        assertEquals("总结{上年}学年经验，落实{年份}—{下年}学年规划，为{下年}学年开好局；建校100周年，投入2010万元。",
                t.sections().get(0).body().get(0), "years become placeholders; other numbers stay");
        Report next = Templates.fromLibraryTemplate(t, "绍兴一中", 2011);
        assertEquals("绍兴一中2011学年第二学期工作思路（征求意见稿）", next.title());
    }

    @Test
    void theSignatureAndTitleLinesFollowTheOfficeAndTheDateIsLeftForTheNewDocument() {
        Report plan = Templates.instantiate(named("年度工作要点"), "越城区教育局", 2027);
        assertEquals(List.of("越城区教育局"), plan.parts().signature(), "a new draft is signed by its office");
        assertTrue(Templates.instantiate(named("年度工作要点"), "", 2027).parts().signature().isEmpty(), "no office, no 署名");
        plan.parts().titleLines().addAll(List.of("越城区教育局", "2027年工作要点"));
        plan.parts().setDateText("2027年1月6日");
        plan.setDateOfIssue(java.time.LocalDate.of(2027, 1, 6));
        plan.parts().setDocNumber("越教〔2027〕1号");
        Report t = Templates.asTemplate(plan);
        assertEquals(List.of("{单位}"), t.parts().signature());
        assertEquals(List.of("{单位}", "{年份}年工作要点"), t.parts().titleLines());
        assertEquals("", t.parts().dateText());
        assertEquals(null, t.dateOfIssue());
        assertEquals("", t.parts().docNumber());
        Report other = Templates.fromLibraryTemplate(t, "柯桥区教育局", 2028);
        assertEquals(List.of("柯桥区教育局"), other.parts().signature(), "another office's draft is not signed by the first");
        assertEquals(List.of("柯桥区教育局", "2028年工作要点"), other.parts().titleLines());
    }
}
