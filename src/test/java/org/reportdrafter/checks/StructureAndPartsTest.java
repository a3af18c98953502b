package org.reportdrafter.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;

/** Heading structure, the parts of a 公文 (GB/T 9704-2012) and one indicator, one number. */
class StructureAndPartsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static List<Finding> findings(Report r, String rule) {
        return Proofreader.check(r, TermList.EMPTY, TODAY).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static Report plan() {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        r.setYear(2025);
        r.setKind(ReportKind.PLAN);
        return r;
    }

    static OutlineNode node(OutlineNode parent, String label, String heading, String... body) {
        OutlineNode n = parent.addChild(new OutlineNode(heading));
        n.setSourceLabel(label);
        n.setBody(List.of(body));
        return n;
    }

    @Test
    void headingsOnTheirOwnLineHaveNoStopRunInHeadingsHaveOne() {
        Report r = plan();
        OutlineNode s = node(r.root(), "一、", "重点工作。");
        node(s, "（一）", "加强师资建设。", "全年培训教师3000人次。");
        OutlineNode runIn = node(s, "（二）", "推进均衡发展", "新建学校2所。");
        runIn.setRunIn(true);
        OutlineNode ok = node(s, "（三）", "强化安全管理。", "开展隐患排查。");
        ok.setRunIn(true);
        OutlineNode whole = node(s, "（四）", "实施课后服务全覆盖，确保每一名学生都能参加。");
        OutlineNode measure = node(s.children().get(0), "1.", "倾心教学，不忘初心。", "坚持上好每一节课。");
        OutlineNode colon = node(s, "（五）", "列队方式：每班两路纵队。", "由南向北依次排列。");
        List<Finding> f = findings(r, "heading-stop");
        assertEquals(List.of("重点工作", "加强师资建设", "推进均衡发展。"), f.stream().map(Finding::fixedText).toList());
        assertTrue(f.stream().noneMatch(x -> x.piece().node() == ok || x.piece().node() == whole));
        assertTrue(f.stream().noneMatch(x -> x.piece().node() == measure || x.piece().node() == colon),
                "a 1. heading on its own line and a heading with its content after a colon may end in 。");
    }

    @Test
    void numberingThatSkipsALevel() {
        Report r = plan();
        OutlineNode one = node(r.root(), "一、", "重点工作");
        node(one, "（1）", "加强师资", "内容。");
        OutlineNode two = node(r.root(), "二、", "保障措施");
        OutlineNode sub = node(two, "（一）", "组织保障");
        node(sub, "1.", "成立领导小组", "内容。");
        List<Finding> f = findings(r, "level-skip");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("“一、”下一级直接用了“（1）”，跳过了“（一）”“1.”层级"), f.get(0).message());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void aShortDocumentMayGoFromYiStraightToOne() {
        Report r = plan();
        OutlineNode one = node(r.root(), "一、", "工作目标");
        node(one, "1.", "加强师资", "内容。");
        OutlineNode two = node(r.root(), "二、", "工作措施");
        node(two, "1.", "强化管理", "内容。");
        assertEquals(List.of(), findings(r, "level-skip"), "two levels, 一、 and 1.: nothing skipped that the document uses");
        OutlineNode three = node(r.root(), "三、", "保障措施");
        node(three, "（一）", "组织保障", "内容。");
        List<Finding> f = findings(r, "level-skip");
        assertEquals(2, f.size(), "now the document uses （一）: " + f);
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO));
    }

    @Test
    void numbersOutOfOrderStillReported() {
        Report r = plan();
        node(r.root(), "一、", "指导思想", "内容。");
        node(r.root(), "三、", "重点工作", "内容。");
        assertTrue(findings(r, "numbering").stream().anyMatch(x -> x.message().contains("跳号")));
    }

    @Test
    void noDunhaoAfterABracketedNumber() {
        Report r = plan();
        OutlineNode s = node(r.root(), "（一）、", "加强师资建设", "一是（1）、培训；二是（2）培训。");
        List<Finding> f = findings(r, "official-parts");
        assertEquals(2, f.size(), f.toString());
        assertEquals("一是（1）培训；二是（2）培训。", f.stream().filter(x -> x.fix() != null).findFirst().orElseThrow().fixedText());
        assertTrue(f.stream().anyMatch(x -> x.piece().node() == s && x.message().contains("（一）、")));
    }

    @Test
    void docNumberWithHexagonalBracketsNoLeadingZeroNoDi() {
        Report r = plan();
        r.parts().setDocNumber("某教发[2025]07号");
        node(r.root(), "一、", "工作依据", "根据某教发（2024）第3号和教基〔2020〕3号文件精神。");
        List<Finding> f = findings(r, "official-parts");
        assertEquals(List.of("某教发〔2025〕07号", "某教发[2025]7号", "根据某教发〔2024〕第3号和教基〔2020〕3号文件精神。",
                "根据某教发（2024）3号和教基〔2020〕3号文件精神。"), f.stream().map(Finding::fixedText).toList());
        r.parts().setDocNumber("某教发〔2025〕7号");
        r.sections().get(0).setBody(List.of("根据教基〔2020〕3号文件，2024年（第3期）。"));
        assertEquals(List.of(), findings(r, "official-parts"));
    }

    @Test
    void attachmentNotesMatchTheAttachments() {
        Report r = plan();
        node(r.root(), "一、", "重点工作", "内容。");
        r.parts().attachmentNotes().addAll(List.of("附件：1.2025年重点工作任务分解表", "2.2025年教育系统行事历"));
        r.parts().attachments().add(new Attachment("附件1", "2025年重点工作任务分解表"));
        r.parts().attachments().add(new Attachment("附件2", "2025年教育系统行事历"));
        assertEquals(List.of(), findings(r, "official-parts"));
        r.parts().attachments().get(1).setTitle("2025年教育系统工作行事历");
        r.parts().attachments().add(new Attachment("附件3", "教师培训计划"));
        r.parts().attachmentNotes().set(1, "2、2025年教育系统行事历。");
        List<String> m = findings(r, "official-parts").stream().map(Finding::message).toList();
        assertTrue(m.contains("附件说明的序号用“2.”，不用“2、”"), m.toString());
        assertTrue(m.contains("附件名称后不加标点符号"), m.toString());
        assertTrue(m.contains("附件说明列了 2 个附件，正文后实际附了 3 个"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("附件说明第 2 项") && x.contains("不一致")), m.toString());
    }

    @Test
    void attachmentNoteOverTwoLinesIsOneItem() {
        Report r = plan();
        r.parts().attachmentNotes().addAll(List.of("附件：1.某县2025年义务教育优质均衡发展", "县创建工作任务分解表"));
        r.parts().attachments().add(new Attachment("附件1", "某县2025年义务教育优质均衡发展县创建工作任务分解表"));
        assertEquals(List.of(), findings(r, "official-parts"));
    }

    @Test
    void dateOfWritingNeitherAfterTodayNorBeforeTheTitlesYear() {
        Report r = plan();
        r.parts().setDateText("2027年1月5日");
        assertTrue(findings(r, "official-parts").stream().anyMatch(f -> f.message().contains("晚于今天")));
        r.parts().setDateText("2024年12月30日");
        assertEquals(List.of(), findings(r, "official-parts"), "a plan is issued at the end of the year before");
        r.parts().setDateText("二〇二五年二月十日");
        assertEquals(List.of(), findings(r, "official-parts"));
        r.parts().setDateText("2023年1月10日");
        assertEquals(1, findings(r, "official-parts").size());
        Report summary = plan();
        summary.setTitle("某县教育局2025年工作总结");
        summary.setKind(ReportKind.SUMMARY);
        summary.parts().setDateText("2025年12月28日");
        assertEquals(List.of(), findings(summary, "official-parts"));
        summary.parts().setDateText("2024年12月28日");
        assertTrue(findings(summary, "official-parts").get(0).message().contains("早于标题所说的2025年"));
    }

    @Test
    void oneIndicatorOneNumber() {
        Report r = plan();
        OutlineNode s = node(r.root(), "一、", "主要目标", "学前三年毛入园率达到98%，九年义务教育巩固率保持在99%以上。");
        node(s, "（一）", "普及学前教育", "扩大普惠资源，毛入园率达到97%。", "毛入园率由95%提高到98%。");
        List<Finding> f = findings(r, "consistency");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("97%") && f.get(0).message().contains("98%"), f.get(0).message());
        Report ok = plan();
        OutlineNode t = node(ok.root(), "一、", "主要目标", "到2023年，毛入园率达到95%；到2025年，毛入园率达到98%。");
        node(t, "（一）", "普及学前教育", "毛入园率比上年提高2个百分点，达到98%。", "2025年毛入园率达到98%。");
        assertEquals(List.of(), findings(ok, "consistency"));
    }
}
