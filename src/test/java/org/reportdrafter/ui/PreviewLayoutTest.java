package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.docx.PageLayout;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;

/** The page preview's layout read as a clerk counts a printed GB/T 9704 page: 22 lines of 28 characters. */
class PreviewLayoutTest {
    private static Report parse(String text) throws Exception {
        return new ImportService().parseText(text, "t.txt").get(0);
    }

    private static List<PreviewLayout.Line> all(List<PreviewLayout.Page> pages) {
        return pages.stream().flatMap(p -> p.lines().stream()).toList();
    }

    private static List<String> texts(List<PreviewLayout.Line> lines) {
        return lines.stream().map(PreviewLayout.Line::text).toList();
    }

    /** A report whose only body is these paragraphs under one heading. */
    private static Report withParagraphs(String... paragraphs) {
        Report r = new Report();
        r.setTitle("某县教育局2026年工作要点");
        OutlineNode s = r.root().addChild(new OutlineNode("总体要求"));
        s.body().addAll(List.of(paragraphs));
        return r;
    }

    private static List<String> bodyLines(Report r) {
        List<String> t = texts(all(PreviewLayout.pages(r)));
        return t.subList(3, t.size()); // title, blank line, heading
    }

    @Test
    void linesHold28ChineseCharactersAndPunctuationBreaksAsInWord() {
        String a = "一".repeat(26);
        String b = "二".repeat(27);
        String c = "四".repeat(25);
        // the first line holds 26 after the two-character indent; 。，、 hang past the margin; ） never starts a
        // line (三 goes down with it); 《 never ends one (it goes down with 五)
        Report r = withParagraphs(a + "，" + b + "三）" + c + "《五》");
        assertEquals(List.of(a + "，", b, "三）" + c, "《五》"), bodyLines(r));
        assertEquals(List.of("一".repeat(26), "二".repeat(28), "三"), bodyLines(withParagraphs("一".repeat(26) + "二".repeat(28) + "三")));
    }

    @Test
    void enclosedNumbersTakeTheWidthOfAChineseCharacter() {
        // ⒈ is set in the Chinese font, a full character wide (it was counted half and the next one drawn over its dot)
        String text = "一".repeat(10) + "⒈" + "一".repeat(14) + "⒉" + "二";
        assertEquals(List.of(text.substring(0, 26), "二"), bodyLines(withParagraphs(text)));
    }

    @Test
    void charactersStandWhereTheirFontPutsThemAndNeverOverlap() {
        Report r = withParagraphs("§1.加强师资，投入2.5万元，⒈按计划完成。");
        PreviewLayout.Line l = all(PreviewLayout.pages(r)).get(3);
        String t = l.text();
        int[] scripts = PreviewFonts.scripts(t);
        for (int k = 0; k + 1 < t.length(); k++) {
            double advance = l.faceAt(k).width(t.charAt(k), scripts[k]) * l.sizePt() - 0.5;
            assertTrue(l.xs()[k + 1] - l.xs()[k] >= advance - 0.01,
                    "'" + t.charAt(k + 1) + "' drawn over '" + t.charAt(k) + "' in " + t);
        }
        // 2.5 reads as one number: the 5 follows the point at the point's own width, not half a Chinese character
        int p = t.indexOf("2.5") + 1;
        double point = l.faceAt(p).width('.', scripts[p]) * l.sizePt();
        assertEquals(point, l.xs()[p + 1] - l.xs()[p], 0.5, "no gap after the decimal point");
        int e = t.indexOf('⒈');
        int next = e + 1;
        assertTrue(l.xs()[next] - l.xs()[e] > 14, "⒈ keeps a full character's room for its dot");
    }

    @Test
    void aRunInHeadingSetsOnlyItsOwnWordsInTheHeadingFont() {
        Report r = new Report();
        r.setTitle("某县教育局2026年工作要点");
        OutlineNode g = r.root().addChild(new OutlineNode("重点工作")).addChild(new OutlineNode("加强教师队伍建设"));
        OutlineNode m = g.addChild(new OutlineNode("加强师德建设。"));
        m.setRunIn(true);
        m.body().add("全面落实教师职业行为十项准则，健全师德考核评价机制。");
        for (boolean bold : new boolean[] {false, true}) {
            r.setSettings(r.settings().withExport(r.settings().export().withBoldHeadings(bold)));
            PreviewLayout.Line l = all(PreviewLayout.pages(r)).stream().filter(x -> x.text().startsWith("1.加强师德建设。"))
                    .findFirst().orElseThrow();
            // as the export: a body paragraph whose first words carry the level-3 heading's character style
            assertEquals(PreviewLayout.Style.BODY, l.style());
            assertEquals("1.加强师德建设。".length(), l.headLength());
            assertEquals(PreviewLayout.Style.H3, l.headStyle());
            assertFalse(l.face().bold, "the measure's text is never bold");
            assertEquals(bold, l.faceAt(0).bold, "the heading's words bold only when the report asks for bold headings");
            assertEquals(bold, l.faceAt(l.headLength() - 1).bold);
            assertFalse(l.faceAt(l.headLength()).bold, "全面落实… is body text");
        }
        // level 1 and 2 headings run in keep their own fonts (黑体, 楷体) for the heading words only
        OutlineNode s = r.sections().get(0);
        s.setRunIn(true);
        s.body().add("坚持稳中求进。");
        PreviewLayout.Line l = all(PreviewLayout.pages(r)).stream().filter(x -> x.text().startsWith("一、重点工作")).findFirst().orElseThrow();
        assertEquals(PreviewLayout.Style.H1, l.headStyle());
        assertSame(PreviewFonts.face(PageLayout.HEADING1_FONT, true), l.faceAt(0));
        assertNotSame(l.faceAt(0), l.face());
    }

    @Test
    void aHeadingAtTheFootOfAPageGoesOverWithItsParagraph() {
        // title, blank line, 一、 then three paragraphs of six lines (26 + 5 × 28 characters): the next heading
        // would stand on line 22 alone; Word keeps it with the next paragraph, on the next page
        String six = "各".repeat(26 + 5 * 28);
        Report r = withParagraphs(six, six, six);
        OutlineNode two = r.root().addChild(new OutlineNode("重点工作"));
        two.body().add("落实立德树人根本任务。");
        var pages = PreviewLayout.pages(r);
        assertEquals(21, pages.get(0).lines().size(), texts(pages.get(0).lines()).toString());
        assertEquals("二、重点工作", pages.get(1).lines().get(0).text());
        // two headings in a row go over together
        OutlineNode group = two.addChild(new OutlineNode("深化课程改革"));
        group.body().add("开齐开足国家课程。");
        two.body().clear();
        Report chained = withParagraphs(six, six, "各".repeat(26 + 4 * 28));
        chained.root().addChild(two.deepCopy());
        pages = PreviewLayout.pages(chained);
        assertEquals(20, pages.get(0).lines().size());
        assertEquals(List.of("二、重点工作", "（一）深化课程改革", "开齐开足国家课程。"), texts(pages.get(1).lines()));
    }

    @Test
    void unfilledPromptsAndWebFurnitureShowAsTheExportPrintsThem() throws Exception {
        Report r = parse("某县教育局2026年工作要点\n一、指导思想\n坚持立德树人。\n二、总体目标\n");
        r.preamble().add(0, "首页 > 通知公告");
        r.setClutterBefore(1);
        OutlineNode goal = r.sections().get(1);
        goal.setBody(List.of("用一段话概括全年要达到的总体目标。"));
        goal.setGuidance(true);
        String all = String.join("\n", texts(all(PreviewLayout.pages(r))));
        // the export prints both (and lists them before it does): the preview shows the same page
        assertTrue(all.contains("首页 > 通知公告"), all);
        assertTrue(all.contains("用一段话概括全年要达到的总体目标。"), all);
        assertTrue(all.indexOf("二、总体目标") < all.indexOf("用一段话概括"), all);
    }

    @Test
    void titleBodyIndentSignatureAndPageNumbers() throws Exception {
        Report r = parse("某县教育局2026年工作要点\n一、指导思想\n" + "坚持立德树人，".repeat(30) + "\n二、重点工作\n1.加强师资。\n");
        r.setOrganization("某县教育局");
        r.setDateOfIssue(LocalDate.of(2026, 1, 5));
        r.parts().signature().add("某县教育局");
        var pages = PreviewLayout.pages(r);
        var first = pages.get(0).lines();
        assertEquals("某县教育局2026年工作要点", first.get(0).text());
        assertEquals(PreviewLayout.Style.TITLE, first.get(0).style());
        assertEquals("", first.get(1).text(), "one blank line under the title");
        assertEquals("一、指导思想", first.get(2).text());
        assertEquals(PreviewLayout.Style.H1, first.get(2).style());
        assertEquals(2.0, first.get(3).indentChars(), "body paragraphs are indented two characters");
        // 210 characters: 26 on the first line, then 28 a line: 8 lines
        long bodyLines = first.stream().filter(l -> l.text().contains("立德树人") || l.text().startsWith("人")).count();
        assertEquals(8, bodyLines);
        var all = all(pages);
        var date = all.get(all.size() - 1);
        var signer = all.get(all.size() - 2);
        assertEquals("2026年1月5日", date.text());
        assertEquals("某县教育局", signer.text());
        assertEquals("", all.get(all.size() - 3).text(), "a blank line before the 落款");
        // GB/T 9704 7.3.5.2: the signature 右空二字 … the date two characters right of where it starts
        double textWidth = PageLayout.GUOBIAO.textWidthTwips() / 20.0;
        double ch = PageLayout.GUOBIAO.charTwips(PageLayout.BODY_PT) / 20.0;
        // the date is the longer (6 characters, the digits counted half): it stands 右空二字 and the
        // signature starts two characters left of it
        assertEquals(textWidth - 8 * ch, date.leftPt(), 0.1, "the date 右空二字");
        assertEquals(date.leftPt() - 2 * ch, signer.leftPt(), 0.1, "the signature two characters left of the date");
        for (var p : pages) {
            assertTrue(p.lines().size() <= 22);
        }
        assertEquals("— 1 —", pages.get(0).pageNumber());
    }

    @Test
    void aDateLongerThanItsSignatureStaysOnOneLine() throws Exception {
        // with the machine's digits wider than half a character, 2026年12月28日 once left 日 alone on a line
        Report r = parse("某县教育局2026年工作要点\n一、指导思想\n坚持立德树人。\n");
        r.parts().signature().add("某县教育局");
        r.parts().setDateText("2026年12月28日");
        var all = all(PreviewLayout.pages(r));
        var date = all.get(all.size() - 1);
        var signer = all.get(all.size() - 2);
        assertEquals("2026年12月28日", date.text(), "the date on one line");
        assertEquals("某县教育局", signer.text());
        double ch = PageLayout.GUOBIAO.charTwips(PageLayout.BODY_PT) / 20.0;
        assertEquals(signer.leftPt() + 2 * ch, date.leftPt(), 0.1, "two characters right of the signature's start");
    }

    @Test
    void aLongReportFillsPagesOf22LinesAndAttachmentsStartNewPages() throws Exception {
        Report r = new Report();
        r.setTitle("某县教育局2026年工作要点");
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        for (int i = 1; i <= 60; i++) {
            s.body().add("加强第" + "一二三四五六七八九十".charAt(i % 10) + "项工作，落实责任。");
        }
        Attachment a = new Attachment("附件1", "2026年工作任务清单");
        a.root().addChild(new OutlineNode("制定方案"));
        r.parts().attachments().add(a);
        var pages = PreviewLayout.pages(r);
        // title, blank, heading, 60 paragraphs = 63 lines: 22 + 22 + 19, then the attachment's page
        assertEquals(4, pages.size());
        assertEquals(22, pages.get(0).lines().size());
        assertEquals(19, pages.get(2).lines().size());
        // 附件1 at the top left, the attachment's title under it, one blank line, its text
        assertEquals(List.of("附件1", "2026年工作任务清单", "", "一、制定方案"), texts(pages.get(3).lines()));
        assertEquals(PreviewLayout.Style.ATTACHMENT_NAME, pages.get(3).lines().get(0).style());
        assertEquals("— 4 —", pages.get(3).pageNumber());
        assertTrue(!pages.get(3).odd(), "even pages carry the number on the left");
    }

    /**
     * r01 of the corpus (a 规划 with §1. parts over 一、 sections): under the title the export has the web
     * page's title line and the four §-lines, then 前言 and its two paragraphs; the part §1. with its 一、 does
     * not fit with the first line of its text, so both go over to page 2 (the preview left §1. alone at the foot).
     */
    @Test
    void corpusR01FirstPageAsTheExportPrintsIt() throws Exception {
        Path file = Path.of("../shared/corpus/real/r01.txt");
        assumeTrue(Files.exists(file), "corpus not present");
        Report r = parse(Files.readString(file));
        var pages = PreviewLayout.pages(r);
        List<String> p1 = texts(pages.get(0).lines());
        assertEquals(List.of("绍兴一中", "五年发展规划", "(2010年3月～2015年2月)", "(征求意见稿)", ""), p1.subList(0, 5));
        assertEquals("绍兴一中五年发展规划(征求意见稿)", p1.get(5));
        assertEquals("年发展规划，作为学校近期和长远发展的蓝图。", p1.get(p1.size() - 1));
        assertEquals(21, p1.size());
        assertEquals(List.of("§1.指导思想和办学目标", "一、指导思想"), texts(pages.get(1).lines()).subList(0, 2));
    }
}
