package org.reportdrafter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private Path sampleJson() throws Exception {
        Path f = dir.resolve("sample.json");
        try (InputStream in = getClass().getResourceAsStream("/export/sample-every-part.json")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void unfilledPromptsAreListedAndNotExportedUnlessAllowed() throws Exception {
        Path json = dir.resolve("draft.json");
        Files.writeString(json, """
                {"title": "某县教育局2025年工作要点", "sections": [
                  {"label": "一、", "heading": "总体要求", "body": ["全面贯彻党的教育方针。"], "children": []},
                  {"label": "二、", "heading": "重点工作", "body": [], "children": [
                    {"label": "（一）", "heading": "", "body": ["请在此填写重点工作"], "guidance": true, "children": []},
                    {"label": "（二）", "heading": "加强队伍建设。", "body": ["开展全员培训。"], "run_in": true, "children": []}]}]}
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("draft.docx");
        CliTest.Run refused = CliTest.run("export", json.toString(), "--docx", out.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("1 处模板提示未填写") && refused.err().contains("（一）请在此填写重点工作"), refused.err());
        assertFalse(Files.exists(out), "nothing written");
        CliTest.Run allowed = CliTest.run("export", json.toString(), "--docx", out.toString(), "--allow-unfilled");
        assertEquals(0, allowed.exit(), allowed.err());
        assertTrue(allowed.err().contains("模板提示未填写"), "still warned: " + allowed.err());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("（二）加强队伍建设。开展全员培训。")),
                    "numbering as in the editor");
        }
    }

    @Test
    void aHouseStyleReadFromASampleIsSavedAndUsed() throws Exception {
        Path db = dir.resolve("lib.db");
        // the office's sample: centred page numbers, 仿宋 body
        XWPFDocument sample = new XWPFDocument();
        for (int i = 0; i < 3; i++) {
            var r = sample.createParagraph().createRun();
            r.setText("坚持以立德树人为根本任务，全面提高教育教学质量，办好人民满意的教育。");
            r.setFontFamily("仿宋", org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia);
            r.setFontSize(16);
        }
        XWPFParagraph fp = sample.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        fp.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        Path docx = dir.resolve("样本.docx");
        try (OutputStream o = Files.newOutputStream(docx)) {
            sample.write(o);
        }
        CliTest.Run saved = CliTest.run("export", "--db", db.toString(), "--save-preset", "本局公文", "--from-sample", docx.toString());
        assertEquals(0, saved.exit(), saved.err());
        assertTrue(saved.out().startsWith("本局公文\t") && saved.out().contains("仿宋") && saved.out().contains("页码居中"), saved.out());
        CliTest.Run list = CliTest.run("export", "--db", db.toString(), "--list-presets");
        assertTrue(list.out().contains("guobiao\t") && list.out().contains("本局公文\t"), list.out());

        Path out = dir.resolve("out.docx");
        CliTest.Run r = CliTest.run("export", "--db", db.toString(), sampleJson().toString(), "--docx", out.toString(),
                "--preset", "本局公文", "--sealed", "--print-record");
        assertEquals(0, r.exit(), r.err());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("仿宋", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals(ParagraphAlignment.CENTER, doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0).getAlignment());
            var ps = doc.getParagraphs();
            assertEquals("Record", ps.get(ps.size() - 1).getStyle(), "版记 at the end");
        }
        assertEquals(2, CliTest.run("export", "--db", db.toString(), sampleJson().toString(), "--docx", out.toString(),
                "--preset", "没有这个").exit());
        assertEquals(2, CliTest.run("export", "--db", db.toString(), "--save-preset", "guobiao", "--from-sample", docx.toString()).exit(),
                "built-in names are reserved");
    }

    @Test
    void theHeaderFlagPrintsARedHeaderFromTheReportsOwnParts() throws Exception {
        Path json = sampleJson();
        // 份号 and 紧急程度 are the report's, stored in its JSON
        String text = Files.readString(json).replaceFirst("\"doc_number\"", "\"doc_serial\": \"000007\", \"urgency\": \"加急\", \"doc_number\"");
        Files.writeString(json, text);
        Path out = dir.resolve("red.docx");
        CliTest.Run r = CliTest.run("export", json.toString(), "--docx", out.toString(), "--header", "某县教育局文件");
        assertEquals(0, r.exit(), r.err());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            var ps = doc.getParagraphs();
            assertEquals("000007", ps.get(0).getText());
            assertEquals("加急", ps.get(1).getText());
            assertEquals("某县教育局文件", ps.get(2).getText());
            assertEquals("IssuerMark", ps.get(2).getStyle());
            assertEquals("某教发〔2025〕7号", ps.get(5).getText());
            assertEquals(1, ps.stream().filter(p -> p.getText().contains("某教发〔2025〕7号")).count(), "发文字号 once");
        }
        Path plain = dir.resolve("plain.docx");
        assertEquals(0, CliTest.run("export", json.toString(), "--docx", plain.toString()).exit());
        try (InputStream in = Files.newInputStream(plain); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("某教发〔2025〕7号", doc.getParagraphs().get(0).getText(), "no 版头 without --header");
        }
    }

    @Test
    void theOfficeSetsItsLetterheadOnceInItsPreset() throws Exception {
        Path db = dir.resolve("lib.db");
        CliTest.Run saved = CliTest.run("export", "--db", db.toString(), "--save-preset", "本局红头", "--header", "某县教育局文件");
        assertEquals(0, saved.exit(), saved.err());
        assertTrue(saved.out().startsWith("本局红头\t") && saved.out().contains("某县教育局文件"), "the listing names the 标志: " + saved.out());

        Path out = dir.resolve("red.docx");
        CliTest.Run r = CliTest.run("export", "--db", db.toString(), sampleJson().toString(), "--docx", out.toString(), "--preset", "本局红头");
        assertEquals(0, r.exit(), r.err());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            var ps = doc.getParagraphs();
            assertEquals("某县教育局文件", ps.get(0).getText(), "the preset's 标志 without --header");
            assertEquals("IssuerMark", ps.get(0).getStyle());
            assertEquals(1, ps.stream().filter(p -> p.getText().contains("某教发〔2025〕7号")).count());
        }

        Path plain = dir.resolve("plain.docx");
        assertEquals(0, CliTest.run("export", "--db", db.toString(), sampleJson().toString(), "--docx", plain.toString(),
                "--preset", "本局红头", "--no-header").exit());
        try (InputStream in = Files.newInputStream(plain); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("某教发〔2025〕7号", doc.getParagraphs().get(0).getText(), "--no-header leaves the 版头 out");
        }

        // a sample read with --header keeps it too
        XWPFDocument sample = new XWPFDocument();
        var run = sample.createParagraph().createRun();
        run.setText("坚持以立德树人为根本任务，全面提高教育教学质量，办好人民满意的教育。");
        run.setFontSize(16);
        Path docx = dir.resolve("样本.docx");
        try (OutputStream o = Files.newOutputStream(docx)) {
            sample.write(o);
        }
        assertEquals(0, CliTest.run("export", "--db", db.toString(), "--save-preset", "督导室", "--from-sample", docx.toString(),
                "--header", "某县人民政府教育督导室文件", "--upward-mark-80mm").exit());
        try (var d = org.reportdrafter.storage.Database.open(db)) {
            var p = new org.reportdrafter.storage.ExportPresetRepository(d).find("督导室").orElseThrow();
            assertEquals(new org.reportdrafter.domain.ExportPreset.Letterhead(true, "某县人民政府教育督导室文件", true), p.letterhead());
        }

        CliTest.Run tooLong = CliTest.run("export", "--db", db.toString(), "--save-preset", "太长", "--header", "某".repeat(41));
        assertEquals(2, tooLong.exit());
        assertTrue(tooLong.err().startsWith("错误：发文机关标志过长"), tooLong.err());
        try (var d = org.reportdrafter.storage.Database.open(db)) {
            assertTrue(new org.reportdrafter.storage.ExportPresetRepository(d).find("太长").isEmpty(), "library unchanged");
        }
    }
}
