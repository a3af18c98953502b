package org.reportdrafter.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;

/** 数字用法 (GB/T 15835-2011) and 标点符号用法 (GB/T 15834-2011), each with sentences that must pass. */
class GbRulesTest {
    static Report with(String... bodies) {
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

    static List<Finding> findings(String rule, String... bodies) {
        return Proofreader.check(with(bodies)).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<String> marked(List<Finding> fs) {
        return fs.stream().map(f -> f.piece().text().substring(f.offset(), f.offset() + f.length())).toList();
    }

    static List<String> fixed(List<Finding> fs) {
        return fs.stream().map(Finding::fixedText).toList();
    }

    @Test
    void zeroAmongChineseNumeralsOfAYear() {
        List<Finding> f = findings("number-usage", "二0二五年一月印发。", "二○二四年底完成，二零二六年起实施。");
        assertEquals(List.of("二〇二五年一月印发。", "二〇二四年底完成，二零二六年起实施。", "二○二四年底完成，二〇二六年起实施。"), fixed(f));
        assertTrue(findings("number-usage", "二〇二五年一月印发，一二三四年级学生。").isEmpty());
    }

    @Test
    void twoDigitYears() {
        List<Finding> f = findings("number-usage", "力争25年底前全部建成，98年入职的教师。");
        assertEquals(List.of("力争2025年底前全部建成，98年入职的教师。"), fixed(f));
        assertTrue(findings("number-usage", "2025年底前建成，近10年来，5年内完成，建校60年。").isEmpty());
    }

    @Test
    void datesInOneScriptAndRiNotHao() {
        assertEquals(List.of("2025年三月"), marked(findings("number-usage", "定于2025年三月召开。")));
        assertEquals(List.of("二〇二五年3月5日"), marked(findings("number-usage", "二〇二五年3月5日起施行。")));
        List<Finding> hao = findings("number-usage", "3月5号前报送教育股。");
        assertEquals(List.of("3月5日前报送教育股。"), fixed(hao));
        assertTrue(findings("number-usage", "2025年3月5日起施行，二〇二五年三月五日，教基〔2025〕5号文件，3号楼。").isEmpty());
    }

    @Test
    void rangesCarryTheUnitOnBothEnds() {
        List<Finding> f = findings("number-usage", "优秀率提高20～30%，投入9～16亿元，培训1-2万人次。");
        assertEquals(List.of("20%～30%", "9亿～16亿", "1万～2万"),
                f.stream().map(x -> x.fix().replacement()).toList());
        assertTrue(findings("number-usage", "优秀率提高20%～30%，投入9亿～16亿元，每班40～45人，3～6岁幼儿，GB/T 9704-2012。").isEmpty());
    }

    @Test
    void yearRangesWithAOneEmDash() {
        List<Finding> f = findings("number-usage", "编制2026-2030年规划，落实2021～2025年任务。");
        assertEquals(List.of("编制2026—2030年规划，落实2021～2025年任务。", "编制2026-2030年规划，落实2021—2025年任务。"), fixed(f));
        assertTrue(findings("number-usage", "编制2026—2030年规划，贯彻《纲要（2010-2020年）》。").isEmpty(),
                "a document's name is quoted as published");
    }

    @Test
    void approximateNumbersWithoutADunhao() {
        assertEquals(List.of("每学期开展三五次视导。"), fixed(findings("number-usage", "每学期开展三、五次视导。")));
        assertEquals(List.of("用七八天时间完成。"), fixed(findings("number-usage", "用七、八天时间完成。")));
        assertTrue(findings("number-usage", "一、二年级不留书面作业，评出一、二等奖，一、三、五年级。").isEmpty());
    }

    @Test
    void fullWidthDigits() {
        assertEquals(List.of("新建学校3所，投入1.2亿元。"), fixed(findings("number-usage", "新建学校３所，投入1.2亿元。")));
    }

    @Test
    void ellipsis() {
        List<Finding> f = findings("punctuation-usage", "语文、数学、英语。。。各科", "开展读书节、艺术节...活动", "等等…");
        assertEquals(List.of("语文、数学、英语……各科", "开展读书节、艺术节……活动", "等等……"), fixed(f));
        assertTrue(findings("punctuation-usage", "开展读书节、艺术节……活动。", "…………", "版本v1.2.3发布").isEmpty());
    }

    @Test
    void noMarkBeforeDeng() {
        assertEquals(List.of("做好语文、数学、英语等学科教研。"), fixed(findings("punctuation-usage", "做好语文、数学、英语、等学科教研。")));
        assertEquals(List.of("完善校舍、设备等等。"), fixed(findings("punctuation-usage", "完善校舍、设备，等等。")));
        assertTrue(findings("punctuation-usage", "做好语文、数学等学科教研，等到明年再议，分为优秀、良好、合格等级。").isEmpty());
        assertTrue(findings("punctuation-usage", "请指导组同志到会指导，等会儿局长还要讲话。").isEmpty(), "等会儿 is a word");
    }

    @Test
    void doubledMarksAndMarksBeforeAClosingBracket() {
        List<Finding> f = findings("punctuation-usage", "加强管理，，提高质量。。", "落实责任（见附件，）。", "各校（园：）");
        assertEquals(List.of("加强管理，提高质量。。", "加强管理，，提高质量。", "落实责任（见附件）。", "各校（园）"), fixed(f));
        assertTrue(findings("punctuation-usage", "加强管理，提高质量。", "落实责任（见附件）。").isEmpty());
    }

    @Test
    void pairsIncludeHexagonalAndSquareBrackets() {
        assertEquals(1, findings("unbalanced-pairs", "按照某教发〔2025〕3号文件和某教发〔2025号文件执行。").size());
        assertEquals(1, findings("unbalanced-pairs", "【案例一：课后服务").size());
        assertTrue(findings("unbalanced-pairs", "按照某教发〔2025〕3号文件，【案例】【专栏1】。").isEmpty());
    }

    @Test
    void quotationMarksOfOneFamily() {
        List<Finding> f = findings("punctuation-usage", "开展“双减〞督查和〝家校共育”活动。");
        assertEquals(List.of("”", "“"), f.stream().map(x -> x.fix().replacement()).toList());
        assertTrue(findings("punctuation-usage", "开展“双减”督查和‘家校共育’活动。").isEmpty());
    }

    @Test
    void bracketedLabelsAreTextButPromptsAndFillInsArePlaceholders() {
        List<Finding> labels = findings("placeholder", "【任务一】推进学前教育普及普惠。", "【案例】某校课后服务。", "【专栏1】重点工程。");
        assertEquals(List.of(), labels);
        List<Finding> left = findings("placeholder", "由（单位名称）负责，XX区各校、201X年、××%、○○学校，X月X日前报送。",
                "【请填写本单位年度重点工作，不超过200字】");
        assertEquals(List.of("（单位名称）", "XX", "201X", "××", "○○", "X", "X", "【请填写本单位年度重点工作，不超过200字】"), marked(left));
        assertTrue(findings("placeholder", "按XXL码采购，Windows X系统。").isEmpty());
        assertTrue(findings("placeholder", "本人        （姓名），    年    月    日").isEmpty(), "a form printed with a plan is filled in by its reader");
    }

    @Test
    void inAReportMadeFromATemplateBracketsArePrompts() {
        Report r = with("【主要成绩】");
        OutlineNode g = r.sections().get(0).addChild(new OutlineNode());
        g.setBody(List.of("具体措施：做什么、怎么做。"));
        g.setGuidance(true);
        List<Finding> f = Proofreader.check(r).stream().filter(x -> x.rule().equals("placeholder")).toList();
        assertEquals(2, f.size(), f.toString());
    }

    @Test
    void doubledCharactersThatAreWords() {
        assertTrue(findings("doubled-char", "以提高学力为目的的在职进修，转化为实实在在的工作实践。").isEmpty());
        assertEquals(List.of("努力在学习教育中锤炼党性。"), fixed(findings("doubled-char", "努力在在学习教育中锤炼党性。")));
    }

    @Test
    void sectionsWithTheirContentOnTheHeadingLineAreNotEmpty() {
        Report r = new Report();
        OutlineNode place = r.root().addChild(new OutlineNode("地点：绍兴一中锡麟体育馆"));
        place.setSourceLabel("三、");
        OutlineNode flow = r.root().addChild(new OutlineNode("流程"));
        flow.setSourceLabel("五、");
        OutlineNode item = flow.addChild(new OutlineNode("主持人开场"));
        item.setSourceLabel("2.");
        OutlineNode empty = r.root().addChild(new OutlineNode("保障措施"));
        empty.setSourceLabel("六、");
        List<Finding> f = Proofreader.check(r).stream().filter(x -> x.rule().equals("empty-section")).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals(empty, f.get(0).piece().node());
    }
}
