package org.reportdrafter.checks;

import static org.reportdrafter.ExternalTools.onPath;
import static org.reportdrafter.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;

/** The 审阅稿: findings as Word comments anchored on the flagged text, read back with POI and LibreOffice. */
class ReviewCopyTest {
    @TempDir
    Path dir;

    /** A plan as a clerk's Word file: runs broken in odd places, one bold, a heading, a placeholder. */
    static Path plan(Path dir) throws IOException {
        Path file = dir.resolve("plan.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("XX区教育局2025年工作要点");
            doc.createParagraph().createRun().setText("一、重点工作");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("（一）加强管理。要加强管理,提高");
            XWPFRun bold = p.createRun();
            bold.setBold(true);
            bold.setText("质量,做好的的工作");
            p.createRun().setText("，优秀率提高20～30%。");
            doc.createParagraph().createRun().setText("（二）推进均衡。新建学校3所，完成率达到100%。");
            doc.write(out);
        }
        return file;
    }

    /** Comment id → the document text between its range marks. */
    static Map<String, String> anchored(XWPFDocument doc) {
        Map<String, StringBuilder> open = new LinkedHashMap<>();
        Map<String, String> done = new LinkedHashMap<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            try (XmlCursor c = p.getCTP().newCursor()) {
                while (c.toNextToken() != XmlCursor.TokenType.NONE) {
                    if (c.isEnd() && c.getObject() == p.getCTP()) {
                        break;
                    }
                    if (!c.isStart()) {
                        continue;
                    }
                    String name = c.getName().getLocalPart();
                    if (name.equals("commentRangeStart")) {
                        open.put(c.getAttributeText(new javax.xml.namespace.QName(ReviewCopy.W, "id")), new StringBuilder());
                    } else if (name.equals("commentRangeEnd")) {
                        String id = c.getAttributeText(new javax.xml.namespace.QName(ReviewCopy.W, "id"));
                        done.put(id, open.remove(id).toString());
                    } else if (name.equals("t")) {
                        String t = c.getTextValue();
                        open.values().forEach(sb -> sb.append(t));
                    }
                }
            }
        }
        return done;
    }

    @Test
    void everyGroupOfFindingsIsACommentOnItsText() throws Exception {
        Path src = plan(dir);
        byte[] original = Files.readAllBytes(src);
        Report r = new ImportService().parseFile(src).get(0);
        List<Finding> findings = Proofreader.check(r);
        List<FindingGroup> groups = FindingGroup.of(findings);
        Path out = dir.resolve("plan-审阅稿.docx");
        ReviewCopy.Result result;
        try (InputStream in = Files.newInputStream(src); XWPFDocument doc = new XWPFDocument(in)) {
            result = ReviewCopy.annotate(doc, findings);
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
        assertEquals(groups.size(), result.comments());
        assertEquals(result.comments(), result.anchored(), "every finding sits on its text");
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFComment[] comments = doc.getComments();
            assertEquals(groups.size(), comments.length);
            Map<String, String> texts = new LinkedHashMap<>();
            for (XWPFComment c : comments) {
                assertEquals(ReviewCopy.AUTHOR, c.getAuthor());
                texts.put(c.getId(), c.getText());
            }
            Map<String, String> on = anchored(doc);
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, String> e : on.entrySet()) {
                pairs.add(e.getValue() + " ← " + texts.get(e.getKey()));
            }
            assertTrue(pairs.stream().anyMatch(p -> p.startsWith("XX ← 【错误·遗留的占位符和模板提示】文中留有占位符“XX”")), pairs.toString());
            assertTrue(pairs.stream().anyMatch(p -> p.startsWith(",提高质量, ← 【警告·中文中的半角标点】") && p.contains("本段共 2 处")
                    && p.contains("建议：“,”改为“，”（同类 2 处）")), pairs.toString());
            assertTrue(pairs.stream().anyMatch(p -> p.startsWith("的的 ← ") && p.contains("“的的”改为“的”")), pairs.toString());
            assertTrue(pairs.stream().anyMatch(p -> p.startsWith("20～30% ← ") && p.contains("20%～30%")), pairs.toString());
            // the document text itself is unchanged, bold stays bold
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("（一）加强管理。要加强管理,提高质量,做好的的工作，优秀率提高20～30%。", paragraphs.get(2));
            assertTrue(doc.getParagraphs().get(2).getRuns().stream().anyMatch(run -> run.isBold() && run.text().contains("的的")));
            assertTrue(doc.getParagraphs().get(2).getRuns().stream().noneMatch(run -> run.isBold() && run.text().contains("加强")));
        }
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(src)), "the original file is untouched");
    }

    @Test
    void libreOfficeShowsTheComments() throws Exception {
        boolean tools = onPath("soffice") && onPath("pdftotext");
        assumeTrue(tools, "LibreOffice and poppler-utils are not installed");
        Path src = plan(dir);
        Report r = new ImportService().parseFile(src).get(0);
        Path out = dir.resolve("review.docx");
        try (InputStream in = Files.newInputStream(src); XWPFDocument doc = new XWPFDocument(in)) {
            ReviewCopy.annotate(doc, Proofreader.check(r));
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
        // LibreOffice 7.4 cannot print comments in the PDF margin (7.5 can): it renders the page, and its own
        // document made from the review copy holds every comment as an annotation on the text
        String profile = "-env:UserInstallation=" + dir.resolve("lo-profile").toUri();
        run(List.of("soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), out.toString()));
        Path pdf = dir.resolve("review.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice opened the review copy and made a PDF");
        Path txt = dir.resolve("review.txt");
        run(List.of("pdftotext", pdf.toString(), txt.toString()));
        assertTrue(Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s", "").contains("要加强管理,提高质量"));
        run(List.of("soffice", profile, "--headless", "--convert-to", "odt", "--outdir", dir.toString(), out.toString()));
        String content;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("review.odt").toFile())) {
            content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<office:annotation [^>]*>.*?</office:annotation>").matcher(content);
        List<String> notes = new ArrayList<>();
        while (m.find()) {
            notes.add(m.group().replaceAll("<[^>]+>", ""));
        }
        assertEquals(4, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains(ReviewCopy.AUTHOR) && notes.get(0).contains("文中留有占位符“XX”"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("“的的”改为“的”")), notes.toString());
        assertTrue(content.contains("<office:annotation-end"), "comments span their text, not a point");
        // rendered with the comments: LibreOffice puts each one in the PDF as a text annotation on its page
        Path withNotes = dir.resolve("notes");
        run(List.of("soffice", profile, "--headless", "--convert-to",
                "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"}}",
                "--outdir", withNotes.toString(), out.toString()));
        String raw = new String(Files.readAllBytes(withNotes.resolve("review.pdf")), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher c = java.util.regex.Pattern.compile("/Subtype\\s*/Text.{0,200}?/Contents\\s*<FEFF([0-9A-Fa-f]+)>",
                java.util.regex.Pattern.DOTALL).matcher(raw);
        List<String> shown = new ArrayList<>();
        while (c.find()) {
            shown.add(new String(java.util.HexFormat.of().parseHex(c.group(1)), StandardCharsets.UTF_16BE));
        }
        assertEquals(4, shown.size(), "every comment is rendered: " + shown);
        assertTrue(shown.stream().anyMatch(n -> n.contains("“的的”改为“的”")), shown.toString());
    }

}
