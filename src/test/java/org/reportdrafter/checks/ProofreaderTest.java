package org.reportdrafter.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportSettings;

class ProofreaderTest {
    /** A report whose one measure has the given text as body. */
    private static Report with(String... bodies) {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        r.setYear(2025);
        r.setKind(ReportKind.PLAN);
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        OutlineNode m = s.addChild(new OutlineNode("加强教研工作。"));
        m.setRunIn(true);
        m.setBody(List.of(bodies));
        return r;
    }

    private static List<Finding> findings(Report r, String rule) {
        return Proofreader.check(r).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static final String CLEAN = "全年投入3.5亿元，增长2.5%，按照GB/T 9704-2012排版，贯彻《国家中长期教育改革和发展规划纲要（2010-2020年）》，11:30前报送，6:4的普职比。";

    @Test
    void aCleanParagraphHasNoFindings() {
        assertEquals(List.of(), Proofreader.check(with(CLEAN)));
    }

    @Test
    void placeholdersAndUneditedGuidance() {
        Report r = with("完成201X年任务，XX区和**区、××学校，202_年底前完成，20XX年。");
        List<Finding> f = findings(r, "placeholder");
        assertEquals(List.of("201X", "XX", "**", "××", "202_", "20XX"), f.stream().map(x -> x.piece().text()
                .substring(x.offset(), x.offset() + x.length())).toList());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR));
        OutlineNode g = r.sections().get(0).addChild(new OutlineNode());
        g.setBody(List.of("具体措施：做什么、怎么做。"));
        g.setGuidance(true);
        assertTrue(findings(r, "placeholder").stream().anyMatch(x -> x.message().startsWith("模板提示文字尚未修改")));
        assertEquals(List.of(), findings(with("某某"), "placeholder").stream().filter(x -> false).toList());
        assertTrue(findings(with("XX年来"), "placeholder").size() == 1);
        assertTrue(findings(with("按XXL码采购"), "placeholder").isEmpty(), "Latin XX is not a placeholder");
    }

    @Test
    void halfWidthPunctuationInChineseTextWithSafeFixes() {
        List<Finding> f = findings(with("加强管理,提高质量;完善制度:一是(试行)方案?对!\"两基\"成果"), "halfwidth-punctuation");
        assertEquals(9, f.size(), f.toString());
        assertEquals("，", f.get(0).fix().replacement());
        assertEquals("加强管理，提高质量;完善制度:一是(试行)方案?对!\"两基\"成果", f.get(0).fixedText());
        assertEquals("“", f.get(7).fix().replacement());
        assertEquals("”", f.get(8).fix().replacement());
        assertTrue(findings(with(CLEAN), "halfwidth-punctuation").isEmpty());
        assertTrue(findings(with("使用Windows (x64)和Office 2016,版本1,2,3。"), "halfwidth-punctuation").stream()
                .noneMatch(x -> x.offset() < 20), "Latin context is left alone");
    }

    @Test
    void unbalancedAndMisnestedPairs() {
        assertEquals(1, findings(with("贯彻“两个新城”建设，落实“队伍建设年。"), "unbalanced-pairs").size());
        assertEquals(1, findings(with("学习《纲要（2010-2020年》）精神。"), "unbalanced-pairs").size());
        assertEquals(1, findings(with("学习纲要》精神。"), "unbalanced-pairs").size());
        assertTrue(findings(with(CLEAN), "unbalanced-pairs").isEmpty());
        assertTrue(findings(with("“‘三好’学生”评选【试行】（一）"), "unbalanced-pairs").isEmpty());
    }

    @Test
    void duplicatesAlsoAfterNormalizing() {
        List<Finding> f = findings(with("加强教师队伍建设，提高教师专业素养。", "推进均衡发展。加强教师队伍建设 ,提高教师专业素养！"), "duplicate");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("重复"));
        assertEquals(1, findings(with("加强教师队伍建设，提高教师专业素养。", "加强教师队伍建设，提高教师专业素养。"), "duplicate").size());
        assertEquals(1, findings(with("落实《教学常规管理制度》、《教学常规管理制度》。"), "duplicate").size());
        assertTrue(findings(with("开展教研活动。", "开展教研活动。"), "duplicate").isEmpty(), "short sentences repeat legitimately");
    }

    @Test
    void lastSchoolYearsTextInThisSchoolYearsPlan() {
        // next term's plan started from last year's (起草下一年计划): the title moved on, one sentence did not
        Report plan = with("2010学年第二学期，学校将深化课程改革。", "回顾2010学年，学校各项工作稳步推进。", "2011学年第二学期，全校力争创建省一级特色示范学校。",
                "2010年度全县要完成校舍改造。");
        plan.setTitle("绍兴一中2011学年第二学期工作思路");
        plan.setYear(2011);
        List<Finding> f = findings(plan, "year");
        assertEquals(2, f.size(), f.toString());
        assertEquals("2010学年", f.get(0).piece().text().substring(f.get(0).offset(), f.get(0).offset() + f.get(0).length()));
        assertTrue(f.get(0).message().contains("把“2010学年”当作要做的一年"), f.get(0).message());
        assertEquals("2010年", f.get(1).piece().text().substring(f.get(1).offset(), f.get(1).offset() + f.get(1).length()));
    }

    @Test
    void doubledCharacters() {
        List<Finding> f = findings(with("提高教学的的质量，做好了了工作，是否参加。人人参与，常常检查。"), "doubled-char");
        assertEquals(2, f.size());
        assertEquals("的", f.get(0).fix().replacement());
    }

    @Test
    void yearsAndDates() {
        Report plan = with("2024年，全县将以新思想为指导。", "巩固2024年成果，2025年力争突破。", "2025年03月05日印发。");
        List<Finding> f = findings(plan, "year");
        assertEquals(3, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("把“2024年”当作要做的一年"), f.get(0).message());
        assertEquals("3", f.get(1).fix().replacement());
        assertEquals("2025年3月05日印发。", f.get(1).fixedText());
        Report summary = with("2023年，我局全面完成任务。", "2023年新建学校5所。", "2023年投入1亿元。");
        summary.setKind(ReportKind.SUMMARY);
        summary.setYear(2024);
        assertEquals(1, findings(summary, "year").size());
        Report late = with("内容。");
        late.setDateOfIssue(LocalDate.of(2021, 1, 5));
        assertEquals(1, findings(late, "year").size());
        assertTrue(findings(with(CLEAN), "year").isEmpty());
    }

    @Test
    void typedNumberingGapsRepeatsMixedAndDamaged() {
        Report r = new Report();
        r.setYear(2025);
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        String[] labels = {"1.", "2.", "2.", "4.", "5、"};
        for (String l : labels) {
            OutlineNode m = s.addChild(new OutlineNode("措施" + l));
            m.setSourceLabel(l);
        }
        s.children().get(0).setBody(List.of("12推进标准化学校创建。", "3至5月开展视导。", "2025年完成。"));
        OutlineNode typed = s.addChild(new OutlineNode("6.加强管理"));
        List<Finding> f = findings(r, "numbering");
        List<String> messages = f.stream().map(Finding::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("重复")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("跳号")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("混用")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("“12”疑为编号")), messages.toString());
        assertFalse(messages.stream().anyMatch(m -> m.contains("“3”")), "3至5月 is a month range");
        Finding dup = f.stream().filter(x -> x.message().startsWith("标题前又打了编号")).findFirst().orElseThrow();
        assertEquals("加强管理", dup.fixedText());
        assertTrue(typed.sourceLabel().isEmpty());
    }

    @Test
    void straightThroughNumbersAreNoGaps() {
        Report r = new Report();
        r.setSettings(ReportSettings.DEFAULT.withContinuousRank(3));
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        int n = 1;
        for (int g = 0; g < 3; g++) {
            OutlineNode group = s.addChild(new OutlineNode("组" + g));
            group.setSourceLabel("㈠㈡㈢".substring(g, g + 1));
            for (int k = 0; k < 7; k++, n++) {
                OutlineNode m = group.addChild(new OutlineNode("措施"));
                m.setSourceLabel(n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".");
            }
        }
        assertTrue(findings(r, "numbering").isEmpty(), findings(r, "numbering").toString());
    }

    @Test
    void emptySectionsHeadingPunctuationAndLength() {
        Report r = new Report();
        OutlineNode empty = r.root().addChild(new OutlineNode("保障措施"));
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        s.addChild(new OutlineNode("加强师资")).body().add("内容。");
        s.addChild(new OutlineNode("推进均衡")).body().add("内容。");
        s.addChild(new OutlineNode("强化安全。")).body().add("内容。");
        s.addChild(new OutlineNode("这是一个非常非常长的标题，用来说明标题超过了四十个字的情况会被提示出来以便修改的呀"))
                .body().add("内容。");
        assertEquals(1, findings(r, "empty-section").size());
        assertEquals(empty, findings(r, "empty-section").get(0).piece().node());
        assertEquals("强化安全。", findings(r, "heading-punctuation").get(0).piece().text());
        assertEquals(1, findings(r, "heading-length").size());
        OutlineNode shi = s.addChild(new OutlineNode("一项"));
        shi.setLabelMode(LabelMode.SHI);
        assertEquals(1, findings(r, "empty-section").size(), "一是 items are not sections");
    }

    @Test
    void rulesCanBeSwitchedOffPerReport() {
        Report r = with("完成201X年任务,的的确确。");
        assertFalse(findings(r, "placeholder").isEmpty());
        r.setSettings(r.settings().withDisabledChecks(Set.of("placeholder", "halfwidth-punctuation")));
        assertTrue(findings(r, "placeholder").isEmpty());
        assertTrue(findings(r, "halfwidth-punctuation").isEmpty());
        assertFalse(Proofreader.hasErrors(Proofreader.check(r)));
    }
}
