package org.reportdrafter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.Report;
import org.reportdrafter.storage.ReportJson;

/**
 * Exports the sample report with every part of an official document (src/test/resources/export/
 * sample-every-part.json) and reopens the file with POI and as a zip, as Word and WPS would read it.
 */
class OfficialDocumentExportTest {
    @TempDir
    Path dir;

    static Report sample() throws Exception {
        try (InputStream in = OfficialDocumentExportTest.class.getResourceAsStream("/export/sample-every-part.json")) {
            return ReportJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "sample-every-part.json").get(0);
        }
    }

    private Path export(ExportPreset preset) throws Exception {
        Path out = dir.resolve("sample.docx");
        new DocxExporter(new FontCheck(Set.of())).export(sample(), preset, ExportOptions.DEFAULT, out);
        return out;
    }

    private static String part(Path docx, String name) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            var e = zip.getEntry(name);
            assertNotNull(e, "the package has " + name);
            return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static XWPFDocument open(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void settingsAreThoseOfAWord2013FileWithA22LineGrid() throws Exception {
        Path out = export(ExportPreset.STANDARD);
        String settings = part(out, "word/settings.xml");
        assertTrue(settings.contains("w:name=\"compatibilityMode\"") && settings.contains("w:val=\"15\""), "no 兼容模式");
        for (String el : List.of("w:zoom", "w:defaultTabStop", "w:evenAndOddHeaders", "w:characterSpacingControl", "w:compat",
                "w:themeFontLang")) {
            assertTrue(settings.contains("<" + el), el);
        }
        assertTrue(settings.indexOf("<w:zoom") < settings.indexOf("<w:defaultTabStop")
                && settings.indexOf("<w:defaultTabStop") < settings.indexOf("<w:evenAndOddHeaders")
                && settings.indexOf("<w:characterSpacingControl") < settings.indexOf("<w:compat")
                && settings.indexOf("<w:compat") < settings.indexOf("<w:themeFontLang"), "schema order");
        assertTrue(settings.contains("w:eastAsia=\"zh-CN\""));
        String document = part(out, "word/document.xml");
        assertTrue(document.matches("(?s).*<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>.*"), "docGrid of 22 lines");
        assertTrue(579 * 22 <= PageLayout.GUOBIAO.textHeightTwips(), "22 lines fit the type area");
        assertTrue(579 * 23 > PageLayout.GUOBIAO.textHeightTwips(), "and a 23rd does not");
    }

    @Test
    void fontTableNamesEveryFontWithItsSubstitute() throws Exception {
        Path out = export(ExportPreset.STANDARD);
        String rels = part(out, "word/_rels/document.xml.rels");
        assertTrue(rels.contains("relationships/fontTable"), rels);
        String fonts = part(out, "word/fontTable.xml");
        assertTrue(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/>"), fonts);
        assertTrue(fonts.contains("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>"));
        assertTrue(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"华文中宋\"/>"));
        for (String f : List.of("黑体", "宋体", "仿宋", "楷体", "华文中宋")) {
            assertTrue(fonts.contains("w:name=\"" + f + "\""), f);
        }
        String content = part(out, "[Content_Types].xml");
        assertTrue(content.contains("fontTable+xml"));
    }

    @Test
    void docPropsNameTheReportAndItsOffice() throws Exception {
        Path out = export(ExportPreset.STANDARD);
        XWPFDocument doc = open(out);
        var core = doc.getProperties().getCoreProperties();
        assertEquals("某县教育局2025年中小学校园安全暨平安校园建设工作要点", core.getTitle());
        assertEquals("某县教育局", core.getCreator());
        assertEquals("报告起草助手", doc.getProperties().getExtendedProperties().getApplication());
        assertEquals("某县教育局", doc.getProperties().getExtendedProperties().getCompany());
        assertFalse(part(out, "docProps/core.xml").contains("Apache POI"));
    }

    @Test
    void theFileIsReadableByOthersLikeAnyDocument() throws Exception {
        Path out = export(ExportPreset.STANDARD);
        if (!out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
        assertTrue(perms.contains(PosixFilePermission.OTHERS_READ) && perms.contains(PosixFilePermission.GROUP_READ), perms.toString());
    }

    @Test
    void changingTheBodyStyleChangesEveryBodyParagraph() throws Exception {
        XWPFDocument doc = open(export(ExportPreset.STANDARD));
        long bodyParagraphs = doc.getParagraphs().stream().filter(p -> "Normal".equals(p.getStyle()) || p.getStyle() == null)
                .filter(p -> !p.getText().isEmpty()).count();
        assertTrue(bodyParagraphs > 5);
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (var r : p.getRuns()) {
                var rpr = r.getCTR().getRPr();
                assertTrue(rpr == null || rpr.sizeOfRFontsArray() == 0 && rpr.sizeOfSzArray() == 0 && rpr.sizeOfSpacingArray() == 0
                        && rpr.sizeOfBArray() == 0, "a run with direct formatting: " + p.getText());
            }
        }
        String styles = part(export(ExportPreset.STANDARD), "word/styles.xml");
        for (String name : List.of("主送机关", "一级标题", "二级标题", "三级标题", "四级标题", "附件说明", "署名", "成文日期", "附注", "版记",
                "表格", "发文字号")) {
            assertTrue(styles.contains("w:val=\"" + name), name);
        }
        assertTrue(styles.indexOf("<w:docDefaults>") < styles.indexOf("<w:style "), "docDefaults first");
    }

    @Test
    void everyPartStandsWhereGbt9704PutsIt() throws Exception {
        XWPFDocument doc = open(export(ExportPreset.STANDARD));
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertEquals("某教发〔2025〕7号", ps.get(0).getText());
        assertEquals("DocNumber", ps.get(0).getStyle());
        XWPFParagraph title = ps.stream().filter(p -> "Title".equals(p.getStyle())).findFirst().orElseThrow();
        assertEquals("某县教育局2025年中小学校园安全\n暨平安校园建设工作要点", title.getText(), "broken between words, 15/11");
        int t = ps.indexOf(title);
        assertEquals("", ps.get(t + 1).getText(), "one blank line under the title");
        assertEquals("各乡镇中心学校，县直各学校：", ps.get(t + 2).getText());
        assertEquals("Addressee", ps.get(t + 2).getStyle());

        XWPFParagraph runIn = DocxExporterTest.find(ps, "（一）强化统筹协调。");
        assertEquals("Heading2RunIn", runIn.getStyle());
        assertFalse(doc.getStyles().getStyle("Heading2RunIn").getCTStyle().getPPr().isSetKeepNext(), "run-in: not kept with next");
        assertTrue(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().isSetKeepNext(), "heading alone: kept with next");
        assertEquals("Heading2", DocxExporterTest.find(ps, "（五）完善应急体系").getStyle());
        assertEquals("Heading3RunIn", DocxExporterTest.find(ps, "1.修订应急预案。").getStyle());

        // the table in 三、 after its first paragraph, a Word table filling the type area
        assertEquals(2, doc.getTables().size());
        XWPFTable table = doc.getTables().get(0);
        assertEquals("月份", table.getRow(0).getCell(0).getText());
        assertTrue(table.getRow(0).isRepeatHeader(), "header row repeated on each page");
        var grid = table.getCTTbl().getTblGrid();
        assertEquals(3, grid.sizeOfGridColArray());
        int sum = 0;
        for (var c : grid.getGridColList()) {
            sum += ((BigInteger) c.getW()).intValue();
        }
        assertEquals(PageLayout.GUOBIAO.textWidthTwips(), sum, "gridCol widths fill the type area");
        assertTrue(((BigInteger) grid.getGridColArray(1).getW()).intValue() > ((BigInteger) grid.getGridColArray(0).getW()).intValue(),
                "工作内容 wider than 月份");
        int bodyBefore = doc.getBodyElements().indexOf(table);
        var before = doc.getBodyElements().get(bodyBefore - 1);
        assertEquals("全年安全工作按月推进，具体安排如下：", ((XWPFParagraph) before).getText());

        // 附件说明: one blank line below the body, 附件：1.…, the second name under the first
        XWPFParagraph note1 = DocxExporterTest.find(ps, "附件：1.2025年校园安全工作任务分解表");
        XWPFParagraph note2 = ps.get(ps.indexOf(note1) + 1);
        assertEquals("2.校园安全隐患排查工作要求", note2.getText());
        assertEquals("", ps.get(ps.indexOf(note1) - 1).getText());
        int ch = 315;
        assertEquals(2 * ch, note1.getIndentationLeft() - note1.getIndentationHanging(), "附件 starts two characters in");
        assertEquals(6 * ch, note1.getIndentationLeft(), "wrapped lines under the name's first character (2 + 附件： + 1.)");
        assertEquals(5 * ch, note2.getIndentationLeft() - note2.getIndentationHanging(), "2. under 1.");
        assertEquals(6 * ch, note2.getIndentationLeft());

        // 落款 of two lines from the parts, the date, 附注
        XWPFParagraph sig1 = ps.stream().filter(p -> p.getText().equals("某县教育局")).findFirst().orElseThrow();
        int s = ps.indexOf(sig1);
        assertEquals("Signer", sig1.getStyle());
        assertEquals("某县人民政府教育督导室", ps.get(s + 1).getText());
        assertEquals("2025年2月20日", ps.get(s + 2).getText());
        assertEquals("IssueDate", ps.get(s + 2).getStyle());
        assertEquals("（联系人：王某某，电话：0000-1234567）", ps.get(s + 3).getText());
        assertEquals("Note", ps.get(s + 3).getStyle());
        // unsealed: the longer signer 右空二字, both signer lines start together, the date two characters in from them
        double line = PageLayout.GUOBIAO.textWidthTwips() / (double) ch;
        assertEquals((line - 2 - 11) * ch, ps.get(s + 1).getIndentationLeft(), 2);
        assertEquals(ps.get(s + 1).getIndentationLeft(), sig1.getIndentationLeft());
        assertEquals((line - 2 - 11 + 2) * ch, ps.get(s + 2).getIndentationLeft(), 2);

        // attachments on new pages: 附件1 (黑体, page break before), the title, the content
        XWPFParagraph a1 = DocxExporterTest.find(ps, "附件1");
        assertEquals("AttachmentName", a1.getStyle());
        assertTrue(doc.getStyles().getStyle("AttachmentName").getCTStyle().getPPr().isSetPageBreakBefore());
        assertEquals("黑体", doc.getStyles().getStyle("AttachmentName").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals("2025年校园安全工作任务分解表", ps.get(ps.indexOf(a1) + 1).getText());
        assertEquals("AttachmentTitle", ps.get(ps.indexOf(a1) + 1).getStyle());
        assertEquals("序号", doc.getTables().get(1).getRow(0).getCell(0).getText());
        XWPFParagraph a2 = DocxExporterTest.find(ps, "附件2");
        assertTrue(ps.indexOf(a2) > ps.indexOf(a1));
        assertEquals("一、排查范围", ps.get(ps.indexOf(a2) + 4).getText(), "the attachment's outline numbered like the body");

        String all = ps.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        assertFalse(all.contains("抄送"), "no 版记 unless the preset asks for it");
    }

    @Test
    void thePrintRecordAtTheFootOfTheLastPage() throws Exception {
        XWPFDocument doc = open(export(ExportPreset.STANDARD.withPrintRecord(true)));
        List<XWPFParagraph> ps = doc.getParagraphs();
        XWPFParagraph copy = ps.get(ps.size() - 2);
        XWPFParagraph issued = ps.get(ps.size() - 1);
        assertEquals("抄送：县委办公室，县人民政府办公室。", copy.getText());
        assertEquals("某县教育局办公室\t2025年2月21日印发", issued.getText());
        assertEquals("Record", copy.getStyle());
        var ppr = doc.getStyles().getStyle("Record").getCTStyle().getPPr();
        for (XWPFParagraph p : List.of(copy, issued)) {
            var frame = p.getCTP().getPPr().getFramePr();
            assertNotNull(frame, "a frame at the foot of the page");
            int top = ((BigInteger) frame.getY()).intValue();
            // two lines of 版记 end on the type area's last line
            assertEquals(PageLayout.GUOBIAO.textHeightTwips(), top + 2 * PageLayout.GUOBIAO.linePitchTwips(), 80);
        }
        assertTrue(ppr.getPBdr().isSetTop() && ppr.getPBdr().isSetBottom() && ppr.getPBdr().isSetBetween(), "the rules");
    }

    private XWPFDocument exportWithHeader(Report r) throws Exception {
        Path out = dir.resolve("red.docx");
        new DocxExporter(new FontCheck(Set.of())).withHeader("某县教育局文件").export(r, ExportPreset.STANDARD, ExportOptions.DEFAULT, out);
        return open(out);
    }

    @Test
    void theRedHeaderOfADownwardDocument() throws Exception {
        Report r = sample();
        r.parts().setDocSerial("12");
        r.parts().setSecretLevel("秘密★1年");
        r.parts().setUrgency("特急");
        XWPFDocument doc = exportWithHeader(r);
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertEquals("000012", ps.get(0).getText(), "份号 in 6 digits, first line");
        assertEquals("秘密★1年", ps.get(1).getText());
        assertEquals("特急", ps.get(2).getText());
        XWPFParagraph mark = ps.get(3);
        assertEquals("某县教育局文件", mark.getText());
        var markStyle = doc.getStyles().getStyle(mark.getStyle()).getCTStyle();
        assertEquals("FF0000", markStyle.getRPr().getColorArray(0).xgetVal().getStringValue(), "the 标志 in red");
        assertEquals("方正小标宋简体", markStyle.getRPr().getRFontsArray(0).getEastAsia());
        assertEquals("center", markStyle.getPPr().getJc().xgetVal().getStringValue(), "centred");
        // 7.2.4: upper edge 35 mm below the type area's top; 份号, 密级, 紧急程度 take three lines of it
        int pitch = PageLayout.GUOBIAO.linePitchTwips();
        assertEquals(BigInteger.valueOf(PageLayout.mmToTwips(35) - 3 * pitch), mark.getCTP().getPPr().getSpacing().getBefore(),
                "35 mm less the three lines above");
        assertEquals(BigInteger.valueOf(720), markStyle.getPPr().getSpacing().getLine(), "one exact line as high as 小初 (36 pt)");
        assertEquals("exact", markStyle.getPPr().getSpacing().xgetLineRule().getStringValue());
        assertEquals("", ps.get(4).getText(), "two blank lines under the 标志");
        assertEquals("", ps.get(5).getText());
        XWPFParagraph number = ps.get(6);
        assertEquals("某教发〔2025〕7号", number.getText());
        assertEquals("DocNumber", number.getStyle(), "centred like a 发文字号");
        var rule = number.getCTP().getPPr().getPBdr().getBottom();
        assertEquals("FF0000", rule.xgetColor().getStringValue(), "the red rule");
        // the border is drawn below the line box, which holds half the leading under the characters:
        // less than the 4 mm (11 pt) itself (the render test measures the 4 mm on the page)
        assertTrue(rule.getSpace().intValue() >= 4 && rule.getSpace().intValue() < 11, "rule space " + rule.getSpace());
        long printed = ps.stream().filter(p -> p.getText().contains("某教发〔2025〕7号")).count();
        assertEquals(1, printed, "the 发文字号 is not printed twice");
        assertTrue(ps.get(9).getText().startsWith("某县教育局2025年"), "the title two lines below the rule: " + ps.get(9).getText());
    }

    @Test
    void anUpwardDocumentHasItsSignerBesideTheNumber() throws Exception {
        Report r = sample();
        r.parts().setSignedOffBy("张某某");
        XWPFDocument doc = exportWithHeader(r);
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertEquals("某县教育局文件", ps.get(0).getText(), "no 份号, 密级 or 紧急程度 lines when not set");
        XWPFParagraph number = ps.get(3);
        assertEquals("\t某教发〔2025〕7号\t签发人：张某某", number.getText());
        var tabs = number.getCTP().getPPr().getTabs();
        assertEquals(BigInteger.valueOf(PageLayout.GUOBIAO.charTwips(16)), tabs.getTabArray(0).getPos(), "发文字号 左空一字");
        assertEquals(BigInteger.valueOf(PageLayout.GUOBIAO.textWidthTwips() - PageLayout.GUOBIAO.charTwips(16)),
                tabs.getTabArray(1).getPos(), "签发人 右空一字");
        assertTrue(number.getCTP().getPPr().getInd() == null || number.getCTP().getPPr().getInd().getLeft() == null,
                "no indent, so the red rule (the paragraph's border) spans the whole type area");
        assertEquals(BigInteger.valueOf(PageLayout.mmToTwips(35)), ps.get(0).getCTP().getPPr().getSpacing().getBefore(),
                "GB/T 9704-2012: 35 mm for an upward document too");
        assertEquals("FF0000", number.getCTP().getPPr().getPBdr().getBottom().xgetColor().getStringValue());
    }

    @Test
    void theOfficesPresetCarriesItsLetterhead() throws Exception {
        Report r = sample();
        ExportPreset house = ExportPreset.STANDARD.withName("某县教育局红头")
                .withLetterhead(ExportPreset.Letterhead.of("某县教育局文件"));
        Path out = dir.resolve("house.docx");
        new DocxExporter(new FontCheck(Set.of())).export(r, house, ExportOptions.DEFAULT, out);
        List<XWPFParagraph> ps = open(out).getParagraphs();
        assertEquals("某县教育局文件", ps.get(0).getText(), "the preset's 标志, without --header");
        assertEquals("IssuerMark", ps.get(0).getStyle());

        Path off = dir.resolve("off.docx");
        new DocxExporter(new FontCheck(Set.of())).export(r, house.withLetterhead(new ExportPreset.Letterhead(false, "某县教育局文件", false)),
                ExportOptions.DEFAULT, off);
        assertTrue(open(off).getParagraphs().stream().noneMatch(p -> p.getText().equals("某县教育局文件")), "版头 switched off in the preset");

        Path other = dir.resolve("other.docx");
        new DocxExporter(new FontCheck(Set.of())).withHeader("某县人民政府教育督导室文件").export(r, house, ExportOptions.DEFAULT, other);
        assertEquals("某县人民政府教育督导室文件", open(other).getParagraphs().get(0).getText(), "a 标志 given for one export wins");

        // an office whose rules keep the older 80 mm for documents sent up (with a 签发人)
        ExportPreset low = house.withLetterhead(house.letterhead().withUpwardLow(true));
        Path down = dir.resolve("low-down.docx");
        new DocxExporter(new FontCheck(Set.of())).export(r, low, ExportOptions.DEFAULT, down);
        assertEquals(BigInteger.valueOf(PageLayout.mmToTwips(35)), open(down).getParagraphs().get(0).getCTP().getPPr().getSpacing().getBefore(),
                "a document sent down stays at 35 mm");
        r.parts().setSignedOffBy("张某某");
        r.parts().setUrgency("加急");
        Path up = dir.resolve("low-up.docx");
        new DocxExporter(new FontCheck(Set.of())).export(r, low, ExportOptions.DEFAULT, up);
        List<XWPFParagraph> ups = open(up).getParagraphs();
        assertEquals("加急", ups.get(0).getText());
        assertEquals(BigInteger.valueOf(PageLayout.mmToTwips(80) - PageLayout.GUOBIAO.linePitchTwips()),
                ups.get(1).getCTP().getPPr().getSpacing().getBefore(), "80 mm less the 紧急程度 line");
    }

    @Test
    void aHouseStyleChangesTheStylesNotTheParagraphs() throws Exception {
        ExportPreset house = new ExportPreset("某县教育局公文", "方正小标宋_GBK", 22, "仿宋", 16, "黑体", "楷体", true, 28, 37, 35, 28, 26,
                ExportPreset.PageNumbers.CENTER, true, false);
        Path out = export(house);
        XWPFDocument doc = open(out);
        assertEquals("仿宋", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals(BigInteger.valueOf(560), doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing().getLine(), "28 pt");
        assertEquals("楷体", doc.getStyles().getStyle("Heading2Char").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals(1, doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().sizeOfBArray());
        var footer = doc.getHeaderFooterPolicy().getDefaultFooter();
        assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, footer.getParagraphs().get(0).getAlignment());
        assertTrue(doc.getHeaderFooterPolicy().getEvenPageFooter() == null, "one centred footer");
        // sealed: the date 右空四字
        List<XWPFParagraph> ps = doc.getParagraphs();
        XWPFParagraph date = DocxExporterTest.find(ps, "2025年2月20日");
        assertEquals((PageLayout.GUOBIAO.textWidthTwips() / 315.0 - 4 - 6.5) * 315, date.getIndentationLeft(), 2);
    }
}
