package org.reportdrafter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportSettings;
import org.reportdrafter.importing.Fixtures;
import org.reportdrafter.importing.ImportService;

class DocxExporterTest {
    @TempDir
    Path dir;

    private final DocxExporter exporter = new DocxExporter(new FontCheck(Set.of("黑体", "宋体")));

    private XWPFDocument exportAndReopen(Report r, ExportOptions o) throws Exception {
        Path out = dir.resolve("out.docx");
        exporter.export(r, o, out);
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    private static Report fixture() throws Exception {
        return new ImportService().parseFile(Fixtures.resource("plan-2024.txt")).get(0);
    }

    private static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    @Test
    void pageSizeMarginsAndOddEvenFooters() throws Exception {
        XWPFDocument doc = exportAndReopen(fixture(), ExportOptions.DEFAULT);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
        CTPageMar mar = sect.getPgMar();
        assertEquals(twips(37), ((BigInteger) mar.getTop()).intValue());
        assertEquals(twips(35), ((BigInteger) mar.getBottom()).intValue());
        assertEquals(twips(28), ((BigInteger) mar.getLeft()).intValue());
        assertEquals(twips(26), ((BigInteger) mar.getRight()).intValue());
        assertEquals(twips(156), 11906 - twips(28) - twips(26), 1, "text block 156 mm wide");
        assertTrue(doc.getSettings().getEvenAndOddHeadings(), "w:evenAndOddHeaders");

        XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
        XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
        assertNotNull(odd);
        assertNotNull(even);
        XWPFParagraph op = odd.getParagraphs().get(0);
        XWPFParagraph ep = even.getParagraphs().get(0);
        assertEquals(ParagraphAlignment.RIGHT, op.getAlignment());
        assertEquals(ParagraphAlignment.LEFT, ep.getAlignment());
        assertEquals(280, op.getIndentationRight(), "odd pages inset one 4号 character from the right");
        assertEquals(280, ep.getIndentationLeft(), "even pages inset one character from the left");
        assertTrue(odd._getHdrFtr().xmlText().contains(" PAGE "), "a PAGE field");
        String text = op.getRuns().stream().map(XWPFRun::text).collect(Collectors.joining());
        assertEquals("— 1 —", text);
        for (XWPFRun run : op.getRuns()) {
            assertTrue(run.getCTR().getRPr() == null || run.getCTR().getRPr().sizeOfRFontsArray() == 0,
                    "the Footer style carries the font");
        }
        XWPFStyle footer = doc.getStyles().getStyle("Footer");
        assertEquals("宋体", footer.getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals(BigInteger.valueOf(28), footer.getCTStyle().getRPr().getSzArray(0).getVal(), "4号");
    }

    @Test
    void stylesCarryFontsSizesAndOutlineLevels() throws Exception {
        XWPFDocument doc = exportAndReopen(fixture(), ExportOptions.DEFAULT);
        XWPFStyle normal = doc.getStyles().getStyle("Normal");
        CTFonts nf = normal.getCTStyle().getRPr().getRFontsArray(0);
        assertEquals("仿宋_GB2312", nf.getEastAsia());
        assertEquals("仿宋_GB2312", nf.getAscii());
        assertEquals("仿宋_GB2312", nf.getHAnsi());
        assertEquals("仿宋_GB2312", nf.getCs());
        assertEquals(BigInteger.valueOf(32), normal.getCTStyle().getRPr().getSzArray(0).getVal());
        var spacing = normal.getCTStyle().getPPr().getSpacing();
        assertEquals(STLineSpacingRule.EXACT, spacing.getLineRule());
        assertEquals(BigInteger.valueOf(200), normal.getCTStyle().getPPr().getInd().getFirstLineChars());
        assertEquals(BigInteger.valueOf(640), normal.getCTStyle().getPPr().getInd().getFirstLine());
        assertEquals(BigInteger.valueOf(-5), normal.getCTStyle().getRPr().getSpacingArray(0).getVal(),
                "28 characters per 156 mm line");

        assertEquals("方正小标宋简体", doc.getStyles().getStyle("Title").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals(BigInteger.valueOf(44), doc.getStyles().getStyle("Title").getCTStyle().getRPr().getSzArray(0).getVal());
        String[] fonts = {"黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"};
        for (int level = 1; level <= 4; level++) {
            XWPFStyle h = doc.getStyles().getStyle("Heading" + level);
            assertEquals(fonts[level - 1], h.getCTStyle().getRPr().getRFontsArray(0).getEastAsia(), "Heading" + level);
            assertEquals(BigInteger.valueOf(level - 1), h.getCTStyle().getPPr().getOutlineLvl().getVal());
            assertEquals(0, h.getCTStyle().getRPr().sizeOfBArray(), "bold is off by default");
        }
    }

    @Test
    void noThemeFontsAnywhere() throws Exception {
        Path out = dir.resolve("t.docx");
        exporter.export(fixture(), ExportOptions.DEFAULT, out);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().contains("theme")), "no theme part");
            for (String part : List.of("word/document.xml", "word/styles.xml", "word/footer1.xml")) {
                var entry = zip.getEntry(part);
                if (entry == null) {
                    continue;
                }
                String xml = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(xml.contains("Theme"), part + " names a theme font");
                if (part.endsWith("styles.xml")) {
                    assertTrue(xml.matches("(?s).*<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia=\"仿宋_GB2312\".*"),
                            "document defaults are 3号仿宋");
                }
            }
        }
    }

    @Test
    void headingsTakeTheirLevelFontAndLabelsAreText() throws Exception {
        XWPFDocument doc = exportAndReopen(fixture(), ExportOptions.DEFAULT);
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertEquals("Title", ps.get(0).getStyle());
        assertEquals("某县教育局2024年工作要点", ps.get(0).getText());
        assertEquals("", ps.get(1).getText(), "one blank line after the title");
        XWPFParagraph h1 = find(ps, "一、指导思想");
        assertEquals("Heading1", h1.getStyle());
        XWPFParagraph h2 = find(ps, "㈠加强教师队伍建设");
        assertEquals("Heading2", h2.getStyle());
        assertTrue(h2.getCTP().getPPr().getNumPr() == null, "no Word automatic numbering");
        XWPFParagraph measure = find(ps, "⒍落实安全工作一岗双责，开展安全隐患排查整治。一是排查校舍");
        assertEquals("Heading3RunIn", measure.getStyle(), "a run-in heading is not kept with the next paragraph");
        assertEquals(2, measure.getRuns().size(), "heading run, then the run-in body");
        assertEquals("⒍落实安全工作一岗双责，开展安全隐患排查整治。", measure.getRuns().get(0).text());
        assertEquals("Heading3Char", measure.getRuns().get(0).getCTR().getRPr().getRStyleArray(0).getVal());
        for (XWPFParagraph p : ps) {
            for (XWPFRun r : p.getRuns()) {
                var rpr = r.getCTR().getRPr();
                assertTrue(rpr == null || rpr.sizeOfRFontsArray() == 0 && rpr.sizeOfSzArray() == 0 && rpr.sizeOfSpacingArray() == 0,
                        "no direct fonts, sizes or spacing: " + p.getText());
            }
        }
        // web-page clutter the clerk has not deleted is exported (and listed in the warnings)
        String all = ps.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        assertTrue(all.contains("3至5月，开展春季学期教学视导。"));
    }

    @Test
    void signatureAndDateComeFromThePartsNeverFromTheTitle() throws Exception {
        Report r = new Report();
        r.setTitle("某县人民政府2025年教育工作要点");
        r.setOrganization("某县人民政府");
        r.setDateOfIssue(LocalDate.of(2024, 1, 8));
        r.root().addChild(new OutlineNode("总体要求")).body().add("全面贯彻党的教育方针。");
        r.parts().signature().add("某县人民政府办公室");
        r.trailer().add("某县人民政府办公室");
        r.trailer().add("2024年1月8日");
        XWPFDocument doc = exportAndReopen(r, ExportOptions.DEFAULT);
        List<XWPFParagraph> ps = doc.getParagraphs();
        XWPFParagraph date = ps.get(ps.size() - 1);
        XWPFParagraph sig = ps.get(ps.size() - 2);
        assertEquals("2024年1月8日", date.getText());
        assertEquals("IssueDate", date.getStyle());
        assertEquals("某县人民政府办公室", sig.getText());
        assertEquals("Signer", sig.getStyle());
        assertEquals("", ps.get(ps.size() - 3).getText(), "one blank line before the signature");
        assertEquals(1, ps.stream().filter(p -> p.getText().equals("某县人民政府办公室")).count(), "the signer is printed once");
        assertEquals(1, ps.stream().filter(p -> p.getText().equals("2024年1月8日")).count(), "the date is printed once");
        int charTwips = 320 - 5;
        // 某县人民政府办公室 (9) 右空二字; the date (6 wide) starts two characters right of it: 9 - 6 = 3 from the right
        int line = PageLayout.GUOBIAO.textWidthTwips() / charTwips; // 28 characters
        assertEquals((28 - 2 - 9) * charTwips, sig.getIndentationLeft(), 28);
        assertEquals((28 - 2 - 9 + 2) * charTwips, date.getIndentationLeft(), 28);
        assertEquals(28, line);

        // sealed (7.3.5.1): the date 右空四字, the signer centred over it
        XWPFDocument sealed = new DocxExporter(new FontCheck(Set.of())).build(r, ExportPreset.STANDARD.withSealed(true), ExportOptions.DEFAULT);
        List<XWPFParagraph> sp = sealed.getParagraphs();
        double w = PageLayout.GUOBIAO.textWidthTwips() / (double) charTwips;
        assertEquals((w - 4 - 6) * charTwips, sp.get(sp.size() - 1).getIndentationLeft(), 2);
        assertEquals((w - 4 - 6 + (6 - 9) / 2.0) * charTwips, sp.get(sp.size() - 2).getIndentationLeft(), 2);
    }

    @Test
    void withoutASignatureInThePartsNothingIsMadeUp() throws Exception {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        r.setOrganization("某县教育局");
        r.root().addChild(new OutlineNode("总体要求")).body().add("全面贯彻党的教育方针。");
        XWPFDocument doc = exportAndReopen(r, ExportOptions.DEFAULT);
        assertTrue(doc.getParagraphs().stream().noneMatch(p -> "Signer".equals(p.getStyle())), "no signer guessed");
        assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().equals("某县教育局")));
    }

    @Test
    void labelsFollowTheNumberingStyleChosen() throws Exception {
        Report r = fixture();
        r.setSettings(r.settings().withNumbering(NumberingStyle.GONGWEN));
        XWPFDocument doc = exportAndReopen(r, ExportOptions.DEFAULT);
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertNotNull(find(ps, "（一）加强教师队伍建设"));
        assertNotNull(find(ps, "6.落实安全工作一岗双责"));
    }

    @Test
    void presetsFontsAndBoldChange() throws Exception {
        ExportOptions o = new ExportOptions("office22", "仿宋", "华文中宋", true);
        XWPFDocument doc = exportAndReopen(fixture(), o);
        CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
        assertEquals(twips(34.6), ((BigInteger) mar.getTop()).intValue());
        assertEquals(twips(32.6), ((BigInteger) mar.getBottom()).intValue());
        assertEquals(BigInteger.valueOf(592), doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing().getLine());
        assertEquals("仿宋", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals(1, doc.getStyles().getStyle("Heading2Char").getCTStyle().getRPr().sizeOfBArray(), "run-in heading words bold too");
        assertEquals("华文中宋", doc.getStyles().getStyle("Title").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals(1, doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().sizeOfBArray());
        assertEquals(579, PageLayout.GUOBIAO.linePitchTwips(), "22 lines of 28.95 pt in 225 mm");
    }

    @Test
    void warnsAboutMissingFontsWithoutFailing() throws Exception {
        var result = exporter.export(fixture(), ExportOptions.DEFAULT, dir.resolve("w.docx"));
        List<String> fontWarnings = result.warnings().stream().filter(x -> x.contains("字体")).toList();
        assertEquals(1, fontWarnings.size());
        String w = fontWarnings.get(0);
        assertTrue(w.contains("仿宋_GB2312") && w.contains("方正小标宋简体") && w.contains("楷体_GB2312"), w);
        assertFalse(w.contains("黑体"), "installed fonts are not named");
        assertTrue(Files.size(dir.resolve("w.docx")) > 0);
    }

    @Test
    void hostileContentStillOpens() throws Exception {
        Report r = new Report();
        r.setTitle("测试\u0001报告\u0000");
        OutlineNode empty = r.root().addChild(new OutlineNode("空的一节"));
        assertTrue(empty.children().isEmpty());
        OutlineNode big = r.root().addChild(new OutlineNode("很多节点"));
        for (int i = 0; i < 1200; i++) {
            OutlineNode n = big.addChild(new OutlineNode("措施" + i + "\u000B\uFFFF"));
            String longText = java.util.stream.IntStream.range(0, i == 0 ? 20000 : 2).mapToObj(k -> "第" + k + "句。")
                    .collect(Collectors.joining());
            n.body().add("正文\u001F" + longText);
        }
        OutlineNode shi = big.addChild(new OutlineNode("第一项。"));
        shi.setLabelMode(LabelMode.SHI);
        OutlineNode guide = r.root().addChild(new OutlineNode("指导思想"));
        guide.body().add("请在此填写指导思想");
        guide.setGuidance(true);
        OutlineNode measure = guide.addChild(new OutlineNode());
        measure.body().add("请在此填写具体措施");
        measure.setGuidance(true);
        XWPFDocument doc = exportAndReopen(r, ExportOptions.DEFAULT);
        String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        assertTrue(all.startsWith("测试报告"));
        assertTrue(all.contains("一、空的一节\n二、很多节点"), "an empty section is written and numbered");
        assertTrue(all.contains("（一千二百）措施1199"), "labels of rank 2 past 1,000");
        assertTrue(all.contains("一是第一项。"));
        // unfilled prompts go out as they stand, so numbering equals the editor's; the review lists them
        assertTrue(all.endsWith("三、指导思想\n请在此填写指导思想\n（一）请在此填写具体措施"), all.substring(all.length() - 60));
        ExportReview review = ExportReview.of(r);
        assertEquals(List.of("三、指导思想", "（一）请在此填写具体措施"), review.unfilled());
        assertEquals("甲；乙；丙", ExportReview.listed(List.of("甲。", "乙；", "丙")), "no 。； where a listed item ends a sentence");
        assertEquals("一；二；三；四；五；六……", ExportReview.listed(List.of("一", "二", "三", "四", "五", "六", "七", "八")),
                "a long list names the first six; the count says how many in all");
    }

    @Test
    void aSignatureWithoutItsDateIsPointedOutBeforeTheFileGoesOut() throws Exception {
        Report r = new Report();
        r.setTitle("某县教育局2027年工作要点");
        r.root().addChild(new OutlineNode("指导思想")).body().add("坚持以立德树人为根本任务。");
        assertFalse(ExportReview.of(r).undated(), "no 署名, nothing to date: a speech or a report with no 落款");
        r.parts().signature().add("某县教育局");
        ExportReview review = ExportReview.of(r);
        assertTrue(review.undated(), "GB/T 9704 sets 署名 and 成文日期 together at the end");
        assertFalse(review.clean());
        assertEquals(List.of("成文日期未填：文末只有署名，没有日期。"), review.warnings());
        var result = exporter.export(r, ExportOptions.DEFAULT, dir.resolve("undated.docx"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("成文日期未填")), "the export says so too: " + result.warnings());
        r.setDateOfIssue(java.time.LocalDate.of(2027, 1, 6));
        assertFalse(ExportReview.of(r).undated(), "dated: " + ExportReview.of(r));
        assertTrue(ExportReview.of(r).clean());
    }

    @Test
    void anExportWithBadSettingsLeavesTheOldFile() throws Exception {
        Path out = dir.resolve("keep.docx");
        exporter.export(fixture(), ExportOptions.DEFAULT, out);
        byte[] before = Files.readAllBytes(out);
        assertThrowsAny(() -> exporter.export(fixture(), new ExportOptions("no-such-preset", null, null, false), out));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    private static void assertThrowsAny(org.junit.jupiter.api.function.Executable e) {
        try {
            e.execute();
        } catch (Throwable t) {
            return;
        }
        throw new AssertionError("expected a failure");
    }

    static XWPFParagraph find(List<XWPFParagraph> ps, String prefix) {
        return ps.stream().filter(p -> p.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + prefix));
    }

    @Test
    void anOptionalDateLineUnderTheTitle() throws Exception {
        XWPFDocument doc = exportAndReopen(fixture(), ExportOptions.DEFAULT.withDateUnderTitle(true));
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertEquals("（2024年1月8日）", ps.get(1).getText());
        assertEquals("Subtitle", ps.get(1).getStyle());
        assertEquals("楷体_GB2312", doc.getStyles().getStyle("Subtitle").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals("", ps.get(2).getText(), "then the blank line");
    }

    @Test
    void dateUsesNoZeroPadding() {
        assertEquals("2025年3月5日", org.reportdrafter.domain.ChineseDates.format(LocalDate.of(2025, 3, 5)));
    }

    @Test
    void settingsLiveWithTheReport() {
        Report r = new Report();
        r.setSettings(ReportSettings.DEFAULT.withExport(ExportOptions.DEFAULT.withPreset("office22")));
        assertEquals("office22", r.settings().export().preset());
    }
}
