package org.reportdrafter.ui;

import static org.reportdrafter.ExternalTools.onPath;
import static org.reportdrafter.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.docx.PageLayout;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;

/**
 * 分页预览 against the exported Word file: a work plan of several pages (指导思想, groups （一）, measures 1.
 * with run-in headings, long paragraphs with digits, percentages, decimals and Latin words, 署名 and date,
 * an attachment) is exported, rendered by LibreOffice to PDF and read back line by line with poppler; every
 * page of the preview must hold the same lines, starting and ending at the same characters and starting
 * where the PDF's do.
 *
 * <p>Where the two may legitimately differ, and how the comparison allows for it:
 * <ul>
 *   <li>。，、；：？！ hung past the right margin: the preview keeps them at the line's end; LibreOffice lays
 *       them out so but does not draw them (7.4), so they are compared without them. The file is rendered
 *       without its explicit 标点溢出边界 ({@link #wordsLayout}).</li>
 *   <li>Tables: the preview shows a table as one line a row, Word draws its grid in 四号 on lines of its own
 *       height; the fixture has none.</li>
 *   <li>The rendering office suite itself: LibreOffice adds a fifth of a character between Chinese and a
 *       Latin letter or digit (it does not read the export's autospace-off), and the preview models it, so a
 *       line mixing Chinese and digits holds what LibreOffice puts on it; Word honours the export's setting
 *       and may fit one character more on such a line.</li>
 * </ul>
 * Skipped where LibreOffice or poppler is missing, except on CI, which installs them.
 */
class PreviewMatchesExportTest {
    private static final Pattern LINE = Pattern.compile(
            "<line xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">(.*?)</line>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("<word[^>]*>(.*?)</word>");
    private static final String HUNG = "，。、；：？！．,.";

    @TempDir
    Path dir;

    record Rendered(String text, double xMin, double yMin) {
    }

    @Test
    void everyPageOfThePreviewHoldsTheLinesOfTheExportedFile() throws Exception {
        boolean tools = onPath("soffice") && onPath("pdftotext");
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(tools, "LibreOffice and poppler-utils are not installed");
        }
        assertTrue(tools, "CI must install libreoffice-writer-nogui and poppler-utils");
        String text;
        try (InputStream in = getClass().getResourceAsStream("/preview/work-plan.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Report report = new ImportService().parseText(text, "work-plan.txt").get(0);
        List<List<Rendered>> pdf = render(report);
        List<PreviewLayout.Page> preview = PreviewLayout.pages(report);
        assertTrue(pdf.size() >= 3, "a report of several pages: " + pdf.size());

        double leftMargin = PageLayout.GUOBIAO.leftMm() / 25.4 * 72;
        StringBuilder differences = new StringBuilder();
        for (int i = 0; i < Math.max(pdf.size(), preview.size()); i++) {
            List<Rendered> want = i < pdf.size() ? pdf.get(i) : List.of();
            List<PreviewLayout.Line> got = i < preview.size()
                    ? preview.get(i).lines().stream().filter(l -> !l.text().isBlank()).toList() : List.of();
            for (int k = 0; k < Math.max(want.size(), got.size()); k++) {
                String w = k < want.size() ? bare(want.get(k).text()) : "";
                String g = k < got.size() ? bare(got.get(k).text()) : "";
                if (w.isEmpty() || g.isEmpty() || w.charAt(0) != g.charAt(0) || w.charAt(w.length() - 1) != g.charAt(g.length() - 1)
                        || !w.equals(g)) {
                    differences.append("page ").append(i + 1).append(" line ").append(k + 1).append(": Word «").append(w)
                            .append("» preview «").append(g).append("»\n");
                    continue;
                }
                PreviewLayout.Line l = got.get(k);
                if (l.align() == PreviewLayout.Align.LEFT) {
                    double x = want.get(k).xMin() - leftMargin;
                    if (Math.abs(x - l.leftPt()) > 1.5) {
                        differences.append("page ").append(i + 1).append(" line ").append(k + 1).append(" «").append(w)
                                .append("» starts at ").append(x).append(" pt in Word, ").append(l.leftPt()).append(" pt in the preview\n");
                    }
                }
            }
        }
        assertEquals(pdf.size(), preview.size(), "pages\n" + differences);
        assertEquals("", differences.toString());
    }

    /** The line as printed: no spaces poppler puts between words, no punctuation hung past the margin. */
    private static String bare(String s) {
        String t = s.replaceAll("[\\s\\u3000]", "");
        while (!t.isEmpty() && HUNG.indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Pages of rendered lines, top to bottom, page numbers (— N —) left out. */
    /**
     * The export says 标点溢出边界 (overflowPunct) outright, Word's and WPS's default, so that LibreOffice prints a
     * line-end 。，、 (left to its own default it hangs them and does not draw them); told, LibreOffice wraps them
     * with the character before instead, unlike Word. The preview follows Word, so it is compared with the
     * layout LibreOffice gives Word's default: the file without the element.
     */
    private static void wordsLayout(Path docx) throws IOException {
        Path copy = docx.resolveSibling("with-element.docx");
        Files.move(docx, copy);
        try (var in = new java.util.zip.ZipFile(copy.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            boolean found = false;
            for (var e : java.util.Collections.list(in.entries())) {
                byte[] b = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/styles.xml")) {
                    String xml = new String(b, StandardCharsets.UTF_8);
                    found = xml.contains("<w:overflowPunct/>") || xml.contains("<w:overflowPunct w:val=\"on\"/>");
                    b = xml.replace("<w:overflowPunct/>", "").replace("<w:overflowPunct w:val=\"on\"/>", "").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
            assertTrue(found, "the export says 标点溢出边界 outright");
        }
    }

    private List<List<Rendered>> render(Report report) throws Exception {
        Path docx = dir.resolve("work-plan.docx");
        new DocxExporter().export(report, docx);
        wordsLayout(docx);
        run(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()));
        Path html = dir.resolve("work-plan.html");
        run(List.of("pdftotext", "-bbox-layout", dir.resolve("work-plan.pdf").toString(), html.toString()));
        String xml = Files.readString(html, StandardCharsets.UTF_8);
        List<List<Rendered>> pages = new ArrayList<>();
        String[] parts = xml.split("<page ");
        for (int p = 1; p < parts.length; p++) {
            List<Rendered> lines = new ArrayList<>();
            Matcher m = LINE.matcher(parts[p]);
            while (m.find()) {
                StringBuilder t = new StringBuilder();
                Matcher w = WORD.matcher(m.group(5));
                while (w.find()) {
                    t.append(w.group(1));
                }
                String s = t.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
                if (!s.matches("—\\d+—")) {
                    lines.add(new Rendered(s, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
                }
            }
            lines.sort(Comparator.comparingDouble(Rendered::yMin).thenComparingDouble(Rendered::xMin));
            pages.add(lines);
        }
        return pages;
    }

}
