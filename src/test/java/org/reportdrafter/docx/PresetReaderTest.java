package org.reportdrafter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.ExportPreset;

/** Reading an office's house style from a file it already sends out. */
class PresetReaderTest {
    @TempDir
    Path dir;

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }

    /** A file typed the way many offices type them: every paragraph formatted by hand, no styles. */
    private Path officeSample() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph t = doc.createParagraph();
        t.setAlignment(ParagraphAlignment.CENTER);
        run(t, "某县教育局2024年工作要点", "方正小标宋_GBK", 22, false);
        XWPFParagraph h1 = doc.createParagraph();
        run(h1, "一、总体要求", "黑体", 16, true);
        for (int i = 0; i < 4; i++) {
            XWPFParagraph b = doc.createParagraph();
            b.setSpacingBetween(28, LineSpacingRule.EXACT);
            run(b, "坚持以立德树人为根本任务，全面提高教育教学质量，办好人民满意的教育。", "仿宋", 16, false);
        }
        XWPFParagraph h2 = doc.createParagraph();
        run(h2, "（一）加强队伍建设", "楷体", 16, false);
        var sect = doc.getDocument().getBody().addNewSectPr();
        var mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1984)); // 35 mm
        mar.setBottom(BigInteger.valueOf(1701)); // 30 mm
        mar.setLeft(BigInteger.valueOf(1587)); // 28 mm
        mar.setRight(BigInteger.valueOf(1474)); // 26 mm
        var footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        fp.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        Path f = dir.resolve("样本.docx");
        try (OutputStream out = Files.newOutputStream(f)) {
            doc.write(out);
        }
        return f;
    }

    @Test
    void readsFontsSizesSpacingMarginsAndPageNumbersFromDirectFormatting() throws Exception {
        ExportPreset p = PresetReader.read(officeSample(), "某县教育局");
        assertEquals("某县教育局", p.name());
        assertEquals("仿宋", p.bodyFont());
        assertEquals(16, p.bodyPt());
        assertEquals(28, p.linePitchPt());
        assertEquals("方正小标宋_GBK", p.titleFont());
        assertEquals(22, p.titlePt());
        assertEquals("黑体", p.heading1Font());
        assertTrue(p.boldHeadings());
        assertEquals("楷体", p.heading2Font());
        assertEquals(35, p.topMm(), 0.1);
        assertEquals(30, p.bottomMm(), 0.1);
        assertEquals(28, p.leftMm(), 0.1);
        assertEquals(26, p.rightMm(), 0.1);
        assertEquals(ExportPreset.PageNumbers.CENTER, p.pageNumbers());
    }

    @Test
    void readsBackOurOwnStyledFile() throws Exception {
        ExportPreset house = new ExportPreset("甲", "华文中宋", 22, "仿宋", 16, "黑体", "楷体", false, 28, 35, 30, 28, 26,
                ExportPreset.PageNumbers.OUTSIDE, false, false);
        Path out = dir.resolve("ours.docx");
        new DocxExporter(new FontCheck(Set.of())).export(OfficialDocumentExportTest.sample(), house, ExportOptions.DEFAULT, out);
        ExportPreset read = PresetReader.read(out, "乙");
        assertEquals(house.withName("乙"), read);
    }

    @Test
    void notAWordFileIsAClearError() throws Exception {
        Path f = dir.resolve("x.docx");
        Files.writeString(f, "不是 Word 文件");
        var e = assertThrows(java.io.IOException.class, () -> PresetReader.read(f, "x"));
        assertTrue(e.getMessage().contains("无法读取样本文件"), e.getMessage());
    }
}
