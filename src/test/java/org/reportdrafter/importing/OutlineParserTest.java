package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;

class OutlineParserTest {
    private final ImportService service = new ImportService();

    private Report one(String fixture) throws Exception {
        List<Report> reports = service.parseFile(Fixtures.resource(fixture));
        assertEquals(1, reports.size());
        return reports.get(0);
    }

    private static List<String> headings(OutlineNode n) {
        return n.children().stream().map(OutlineNode::heading).toList();
    }

    @Test
    void planWithGroupsAndMeasuresNumberedStraightThrough() throws Exception {
        Report r = one("plan-2024.txt");
        assertEquals("某县教育局2024年工作要点", r.title());
        assertEquals("某县教育局", r.organization());
        assertEquals(2024, r.year());
        assertEquals(ReportKind.PLAN, r.kind());
        assertEquals(List.of("指导思想", "总体目标", "具体目标", "重点工作", "保障措施", "主要活动安排"), headings(r.root()));

        OutlineNode goals = r.sections().get(2);
        assertEquals(2, goals.children().size());
        assertEquals(3, goals.children().get(0).rank(), "⒈ directly under 三、 keeps the measure rank");

        OutlineNode work = r.sections().get(3);
        assertEquals(List.of("加强教师队伍建设", "推进教育优质均衡发展", "强化校园安全管理"), headings(work));
        OutlineNode g1 = work.children().get(0);
        assertEquals(3, g1.children().size(), "⒊ written on the line of ⒉ is its own measure");
        assertEquals("完善师德考核办法，落实师德一票否决制。", g1.children().get(2).heading());
        assertEquals(3, r.settings().continuousRank());
        assertEquals(NumberingStyle.FULLWIDTH, r.settings().numbering());
        Map<OutlineNode, String> labels = Labeler.labels(r);
        OutlineNode sixth = work.children().get(2).children().get(0);
        assertEquals("⒍", labels.get(sixth));
        assertEquals("⒍", sixth.sourceLabel());

        // lead sentence as heading, the rest as run-in body; inline 一是…二是… stays text
        assertEquals("落实安全工作一岗双责，开展安全隐患排查整治。", sixth.heading());
        assertTrue(sixth.runIn());
        assertEquals("一是排查校舍，二是排查食堂，三是排查校车。", sixth.body().get(0));
        assertTrue(sixth.children().isEmpty());
        assertEquals("11.5-6月份开展防溺水专项教育。", sixth.body().get(1), "11.5 is not an enumerator");

        // numbers that are not enumerators
        assertTrue(r.sections().get(1).body().contains("2.5亿元教育专项资金全部用于改善农村学校办学条件。"));
        assertEquals("新建城区第二小学，2.2020年开工的城东幼儿园全部建成投用。", work.children().get(1).children().get(0).heading());
        assertEquals(List.of("1月，召开全县教育工作会议。", "3至5月，开展春季学期教学视导。", "9月，开展教师节表彰活动。"),
                r.sections().get(5).body());
    }

    @Test
    void clutterGoesToPreambleAndTrailerAndSignatureIsRecognized() throws Exception {
        Report r = one("plan-2024.txt");
        assertEquals(3, r.clutterBefore());
        assertEquals("首页 > 范文大全 > 工作计划", r.preamble().get(0));
        assertEquals(List.of("2024年，全县教育工作以习近平新时代中国特色社会主义思想为指导，坚持立德树人根本任务，加快建设教育强县。"),
                r.documentPreamble());
        assertEquals(List.of("某县教育局"), r.parts().signature());
        assertEquals("2024年1月8日", r.parts().dateText());
        assertEquals(List.of("本文内容来源于网络，如有侵权请联系本站删除。", "TOP"), r.trailer());
        assertEquals(2, r.clutterAfter());
        assertEquals(LocalDate.of(2024, 1, 8), r.dateOfIssue());
    }

    @Test
    void summaryWithParagraphLeadingShi() throws Exception {
        Report r = one("summary-2023.txt");
        assertEquals(ReportKind.SUMMARY_AND_PLAN, r.kind());
        assertEquals(2023, r.year());
        assertEquals("某市教育局", r.organization());
        assertEquals(List.of("2023年工作总结", "2024年工作思路"), headings(r.root()));
        OutlineNode g1 = r.sections().get(0).children().get(0);
        assertEquals(List.of("学校建设步伐加快。", "教育信息化改善升级。"), headings(g1));
        assertEquals(LabelMode.SHI, g1.children().get(0).labelMode());
        assertEquals("二是", Labeler.labelOf(r, g1.children().get(1)));
        OutlineNode g2 = r.sections().get(0).children().get(1);
        assertEquals("深入开展读书教育活动，一是抓阅读，二是抓书写，效果明显。", g2.children().get(0).body().get(0));
        OutlineNode ideas = r.sections().get(1).children().get(0);
        assertEquals("坚持以科学规划为目标，推进教育现代化", ideas.heading());
        assertEquals(List.of("编制教育发展规划。", "推进学校布局调整。"), headings(ideas));
    }

    @Test
    void numberedItemsWithoutSectionsAndAnUnnumberedHeading() throws Exception {
        Report r = one("no-headings.txt");
        assertEquals("XX区教育局202_年工作要点", r.title());
        assertNull(r.year(), "202_ is a placeholder, not a year");
        assertEquals("XX区教育局", r.organization());
        assertEquals(4, r.sections().size());
        assertEquals("把准方向，强调大局，促进教育改革政策落地落实。", r.sections().get(0).heading());
        assertEquals("1、", Labeler.labelOf(r, r.sections().get(0)), "the document's own family at rank 1");
        OutlineNode heading = r.sections().get(3);
        assertEquals("坚持以科学规划为目标，切实推动教育督导工作", heading.heading());
        assertEquals(LabelMode.NONE, heading.labelMode());
        assertEquals(2, heading.body().size());
    }

    @Test
    void tableOfContentsGapsRepeatsAndJumps() throws Exception {
        Report r = one("toc-and-gaps.txt");
        assertEquals("某区教育局2025年工作计划", r.title());
        assertTrue(r.preamble().contains("一、指导思想……………………1"));
        assertEquals(2, r.sections().size());
        OutlineNode work = r.sections().get(1);
        assertEquals(List.of("1.", "2.", "2.", "4.", "5."), work.children().stream().map(OutlineNode::sourceLabel).toList());
        assertEquals("5.", Labeler.labelOf(r, work.children().get(4)), "labels are recomputed, gaps closed");
        assertEquals(List.of("九,完善骨干教师管理机制，按照权责一致原则推进。"), work.children().get(3).body(),
                "a jump from 二 to 九 is text, not a new section");
    }

    @Test
    void aPageOfSeveralDocumentsGivesSeveralReports() throws Exception {
        String page = String.join("\n", "首页 > 范文", "第一篇:甲县教育局2019年工作要点", "甲县教育局2019年工作要点",
                "一、指导思想", "以新思想为指导。", "第二篇:乙县教育局2020年工作总结", "一、主要成绩", "成绩显著。",
                "教育局年度工作总结 篇1", "一、工作回顾", "回顾全年。");
        List<Report> reports = service.parseText(page, "page.txt");
        assertEquals(3, reports.size());
        assertEquals("甲县教育局2019年工作要点", reports.get(0).title());
        assertEquals(List.of("首页 > 范文", "第一篇:甲县教育局2019年工作要点"), reports.get(0).preamble());
        assertEquals("乙县教育局2020年工作总结", reports.get(1).title());
        assertEquals(ReportKind.SUMMARY, reports.get(1).kind());
        assertEquals(2020, reports.get(1).year());
        assertEquals("教育局年度工作总结", reports.get(2).title());
        assertEquals("回顾全年。", reports.get(2).sections().get(0).body().get(0));
    }

    @Test
    void onlyTheNextItemOfAnOpenSeriesSplitsALine() throws Exception {
        String text = String.join("\n", "某校2025年工作计划", "一、重点工作",
                "1.抓好教学常规。要求如下：⑴备课；⑵上课。2.加强教研。", "3.举办读书节。见《方案》第3.2条。");
        Report r = service.parseText(text, "t.txt").get(0);
        OutlineNode work = r.sections().get(0);
        assertEquals(3, work.children().size());
        assertEquals("抓好教学常规。", work.children().get(0).heading());
        assertEquals("要求如下：⑴备课；⑵上课。", work.children().get(0).body().get(0), "⑴ opens no new level inline");
        assertEquals("加强教研。", work.children().get(1).heading());
        assertTrue(work.children().get(2).children().isEmpty());
    }

    @Test
    void documentMayPutArabicNumbersDirectlyUnderChineseSections() throws Exception {
        String text = String.join("\n", "某局2025年工作要点", "一、重点工作", "1.第一项。", "2.第二项。", "二、保障措施",
                "1.加强领导。");
        Report r = service.parseText(text, "t.txt").get(0);
        assertEquals(2, r.sections().size());
        assertEquals(2, r.sections().get(0).children().size());
        assertEquals("1.", Labeler.labelOf(r, r.sections().get(1).children().get(0)));
        assertEquals(NumberingStyle.custom(List.of(org.reportdrafter.domain.LabelFormat.CN_DUN,
                org.reportdrafter.domain.LabelFormat.AR_DOT, org.reportdrafter.domain.LabelFormat.AR_DOT,
                org.reportdrafter.domain.LabelFormat.AR_PAREN, org.reportdrafter.domain.LabelFormat.CIRCLED)),
                r.settings().numbering());
    }

    @Test
    void recognizesTitleMetadata() {
        assertEquals(ReportKind.PLAN, DocumentMeta.kind("区教育局2015年工作要点"));
        assertEquals(2015, DocumentMeta.year("区教育局2015年工作要点"));
        assertEquals("区教育局", DocumentMeta.organization("区教育局2015年工作要点"));
        assertEquals(ReportKind.SUMMARY_AND_PLAN, DocumentMeta.kind("工作总结和2019年工作思路"));
        assertEquals(2019, DocumentMeta.year("工作总结和2019年工作思路"));
        assertEquals(ReportKind.SUMMARY, DocumentMeta.kind("2014年工作总结"));
        assertEquals("区教育局", DocumentMeta.organization("202_-202_区教育局工作要点"));
        assertEquals("区教育局计财科", DocumentMeta.organization("区教育局计财科**年工作要点"));
        assertEquals("乐清市教育局", DocumentMeta.organization("乐清市教育局2018年工作总结和2019年工作思路"));
        assertNull(DocumentMeta.year("区教育局201X年工作要点"));
        assertEquals(LocalDate.of(2025, 3, 5), DocumentMeta.date("2025年3月5日"));
        assertEquals(LocalDate.of(2019, 1, 5), DocumentMeta.date("二〇一九年一月五日"));
        assertNull(DocumentMeta.date("2025年2月30日"));
        assertFalse(DocumentMeta.isSignature("以新思想为指导。"));
        assertTrue(DocumentMeta.isSignature("某县教育局"));
    }

    @Test
    void enumeratorFamilies() {
        record Case(String text, Enumerator.Family family, int number) {
        }
        List<Case> cases = List.of(new Case("一、指导思想", Enumerator.Family.CN_DUN, 1),
                new Case("十一、其他", Enumerator.Family.CN_DUN, 11), new Case("（一）加强", Enumerator.Family.CN_PAREN, 1),
                new Case("(二)加强", Enumerator.Family.CN_PAREN, 2), new Case("㈢加强", Enumerator.Family.CN_ENCLOSED, 3),
                new Case("1.加强", Enumerator.Family.AR_DOT, 1), new Case("12．加强", Enumerator.Family.AR_DOT, 12),
                new Case("１２．加强", Enumerator.Family.AR_DOT, 12),
                new Case("3、加强", Enumerator.Family.AR_DUN, 3), new Case("⒛抓好", Enumerator.Family.AR_ENCLOSED_DOT, 20),
                new Case("（1）加强", Enumerator.Family.AR_PAREN, 1), new Case("(2)加强", Enumerator.Family.AR_PAREN, 2),
                new Case("⑶加强", Enumerator.Family.AR_ENCLOSED_PAREN, 3), new Case("④加强", Enumerator.Family.CIRCLED, 4),
                new Case("一是加强", Enumerator.Family.SHI, 1), new Case("三要加强", Enumerator.Family.YAO, 3),
                new Case("第二部分 重点工作", Enumerator.Family.PART, 2), new Case("五,强化管理", Enumerator.Family.CN_DUN, 5));
        for (Case c : cases) {
            Enumerator e = Enumerator.at(c.text);
            assertEquals(c.family, e == null ? null : e.family(), c.text);
            assertEquals(c.number, e.number(), c.text);
        }
        // a year or a month after the dot: the number before it is an item (2.2020年…, 11.5-6月份…);
        // whether it becomes one is the body parser's call (the series must be open)
        assertEquals(2, Enumerator.at("2.2020年开工").number());
        assertEquals(11, Enumerator.at("11.5-6月份开展").number());
        assertEquals(3, Enumerator.at("3.9月完成").number());
        for (String no : List.of("2.5亿元", "2.5%", "2020.9", "3至5月", "1月，召开", "2025年", "12推进", "20+强中考",
                "一是", "一般来说")) {
            Enumerator e = Enumerator.at(no);
            assertTrue(e == null || e.end() == no.length(), no + " is not an enumerator followed by text");
        }
    }

    @Test
    void attachmentItemsKeepTheirOwnNumberingInTheReportsStyle() throws Exception {
        Report r = new ImportService().parseFile(Path.of("src/test/resources/fixtures/shapes/official-document-full.txt")).get(0);
        org.reportdrafter.domain.Attachment tasks = r.parts().attachments().get(1);
        assertEquals("校园安全工作重点任务清单", tasks.title());
        // the Labeler numbers an attachment with the report's style, as the exporter does
        Report holder = new Report();
        holder.setSettings(r.settings());
        tasks.sections().forEach(n -> holder.root().addChild(n.deepCopy()));
        Map<OutlineNode, String> labels = Labeler.labels(holder);
        assertEquals(List.of("1.", "2.", "3.", "4."), holder.sections().stream().map(labels::get).toList(),
                "the list was numbered 1. 2. 3. 4. in the source, not 一、二、");
    }

    @Test
    void aNoteWithoutADateIsKeptWhenTheAttachmentNotesAreReadAbove() throws Exception {
        // read from the bottom: 附注, then (no date under it) the 附件说明 above; the 附注 must survive the second look
        Report r = new ImportService().parseText(String.join("\n", "某县教育局2025年安全工作要点",
                "一、加强组织领导", "各校要成立安全工作领导小组，明确分工。", "二、开展隐患排查", "每月排查一次校舍和食堂。",
                "附件：安全隐患排查表", "（此件公开发布）"), "note.txt").get(0);
        assertEquals("（此件公开发布）", r.parts().note());
        assertEquals(List.of("附件：安全隐患排查表"), r.parts().attachmentNotes());
        assertTrue(r.sections().get(1).body().stream().noneMatch(b -> b.contains("此件")));
    }
}
