package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;

/** The page preview's layout read as a clerk counts a printed GB/T 9704 page: 22 lines of 28 characters. */
class PreviewLayoutTest {
    private static Report parse(String text) throws Exception {
        return new ImportService().parseText(text, "t.txt").get(0);
    }

    @Test
    void lineOf28CharactersAndClosingPunctuationHangs() {
        String p = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八";
        assertEquals(28, p.length());
        assertEquals(List.of(p), PreviewLayout.breakLines(p, 28, 28));
        assertEquals(List.of(p + "。"), PreviewLayout.breakLines(p + "。", 28, 28), "a full stop never starts a line");
        assertEquals(List.of(p, "甲"), PreviewLayout.breakLines(p + "甲", 28, 28));
        // half-width digits take half a character
        assertEquals(1, PreviewLayout.breakLines("2026年" + "一".repeat(25), 28, 28).size());
    }

    @Test
    void unfilledPromptsAndWebFurnitureShowAsTheExportPrintsThem() throws Exception {
        Report r = parse("某县教育局2026年工作要点\n一、指导思想\n坚持立德树人。\n二、总体目标\n");
        r.preamble().add(0, "首页 > 通知公告");
        r.setClutterBefore(1);
        OutlineNode goal = r.sections().get(1);
        goal.setBody(List.of("用一段话概括全年要达到的总体目标。"));
        goal.setGuidance(true);
        List<String> text = PreviewLayout.pages(r).stream().flatMap(p -> p.lines().stream()).map(PreviewLayout.Line::text).toList();
        String all = String.join("\n", text);
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
        var all = pages.stream().flatMap(p -> p.lines().stream()).toList();
        var date = all.get(all.size() - 1);
        assertEquals("2026年1月5日", date.text());
        assertEquals(PreviewLayout.Align.RIGHT, date.align());
        assertEquals("某县教育局", all.get(all.size() - 2).text());
        for (var p : pages) {
            assertTrue(p.lines().size() <= 22);
        }
        assertEquals("— 1 —", pages.get(0).pageNumber());
    }

    @Test
    void aLongReportFillsPagesOf22LinesAndAttachmentsStartNewPages() throws Exception {
        StringBuilder text = new StringBuilder("某县教育局2026年工作要点\n一、重点工作\n");
        for (int i = 1; i <= 60; i++) {
            text.append(i).append(".加强第").append(i).append("项工作，落实责任。\n");
        }
        Report r = parse(text.toString());
        Attachment a = new Attachment("附件1", "2026年工作任务清单");
        a.root().addChild(new OutlineNode("制定方案"));
        r.parts().attachments().add(a);
        var pages = PreviewLayout.pages(r);
        // title, blank, heading, 60 measures = 63 lines: 22 + 22 + 19, then the attachment's page
        assertEquals(4, pages.size());
        assertEquals(22, pages.get(0).lines().size());
        assertEquals("附件1", pages.get(3).lines().get(0).text());
        assertEquals("2026年工作任务清单", pages.get(3).lines().get(2).text());
        assertEquals("— 4 —", pages.get(3).pageNumber());
        assertTrue(!pages.get(3).odd(), "even pages carry the number on the left");
    }
}
