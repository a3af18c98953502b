package org.reportdrafter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/**
 * Renders an exported multi-page report with LibreOffice and measures the PDF: 22 lines on a full
 * page, 28 characters on a full line, page numbers "— N —" right on odd pages and left on even ones.
 * Skipped where LibreOffice or poppler is missing, except on CI, which installs them.
 */
class RenderedLayoutTest {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(\\s*)—\\s*(\\d+)\\s*—\\s*$");
    private static final String[] PHRASES = {"坚持以立德树人为根本任务，全面提高教育教学质量", "健全工作机制，明确责任分工，确保各项任务落到实处",
            "加大督查力度，定期通报进展情况，推动工作取得实效", "统筹城乡教育资源配置，缩小校际差距，促进教育公平",
            "加强教师培训，提升教师专业素养和育人能力", "深化课堂教学改革，推进校本研修，提高课堂效率"};

    @TempDir
    Path dir;

    static boolean onPath(String cmd) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, cmd))) {
                return true;
            }
        }
        return false;
    }

    private static Report longReport() {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        OutlineNode g = s.addChild(new OutlineNode("全面推进教育优质均衡发展"));
        for (int i = 0; i < 60; i++) {
            OutlineNode m = g.addChild(new OutlineNode("推进第" + "一二三四五六七八九十".charAt(i % 10) + "项重点任务落实。"));
            m.setRunIn(true);
            m.body().add(PHRASES[i % 6] + "；" + PHRASES[(i + 1) % 6] + "；" + PHRASES[(i + 3) % 6] + "。");
        }
        return r;
    }

    @Test
    void fullPagesHold22LinesOf28Characters() throws Exception {
        boolean tools = onPath("soffice") && onPath("pdftotext");
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(tools, "LibreOffice and poppler-utils are not installed");
        }
        assertTrue(tools, "CI must install libreoffice-writer-nogui and poppler-utils");
        Path docx = dir.resolve("report.docx");
        new DocxExporter().export(longReport(), ExportOptions.DEFAULT, docx);
        run(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()));
        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice made no PDF");
        Path txt = dir.resolve("report.txt");
        run(List.of("pdftotext", "-layout", pdf.toString(), txt.toString()));
        String[] pages = Files.readString(txt, StandardCharsets.UTF_8).split("\f");
        List<String[]> real = new ArrayList<>();
        for (String p : pages) {
            if (!p.isBlank()) {
                real.add(p.split("\n"));
            }
        }
        assertTrue(real.size() >= 4, "a multi-page report: " + real.size());

        List<Integer> fullLineLengths = new ArrayList<>();
        for (int i = 0; i < real.size(); i++) {
            List<String> text = new ArrayList<>();
            String footer = null;
            for (String line : real.get(i)) {
                if (line.isBlank()) {
                    continue;
                }
                if (PAGE_NUMBER.matcher(line).matches()) {
                    footer = line;
                } else {
                    text.add(line);
                }
            }
            int pageNo = i + 1;
            assertTrue(footer != null, "page " + pageNo + " has no page number");
            Matcher m = PAGE_NUMBER.matcher(footer);
            assertTrue(m.matches());
            assertEquals(String.valueOf(pageNo), m.group(2), "reads — " + pageNo + " —");
            int indent = m.group(1).length();
            if (pageNo % 2 == 1) {
                assertTrue(indent > 20, "odd page numbers stand on the right: " + footer);
            } else {
                assertTrue(indent < 10, "even page numbers stand on the left: " + footer);
            }
            if (i > 0 && i < real.size() - 1) {
                assertEquals(22, text.size(), "page " + pageNo + " holds 22 lines");
            }
            for (int k = 0; k + 1 < text.size(); k++) {
                String line = text.get(k);
                String next = text.get(k + 1);
                // a full line: not the first line of a paragraph (indented) and not its last
                if (!line.startsWith(" ") && !next.startsWith(" ")) {
                    fullLineLengths.add(line.replaceAll("\\s", "").length());
                }
            }
        }
        assertTrue(fullLineLengths.size() > 40, "enough full lines measured");
        long exact = fullLineLengths.stream().filter(n -> n == 28).count();
        assertTrue(fullLineLengths.stream().allMatch(n -> n <= 28), "no line over 28: " + fullLineLengths);
        assertTrue(exact * 10 >= fullLineLengths.size() * 8, "full lines hold 28 characters: " + fullLineLengths);
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        assertEquals(0, p.exitValue(), "failed: " + cmd);
    }
}
