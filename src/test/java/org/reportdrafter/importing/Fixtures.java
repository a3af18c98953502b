package org.reportdrafter.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Test fixtures: files in src/test/resources/fixtures, and .docx files built here with POI. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    /** The shared corpus beside the checkout, or null when it is not there. */
    public static Path corpus() {
        for (Path p : new Path[] {Path.of("../shared/corpus"), Path.of("shared/corpus")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** A plan whose enumerators are typed in the text. */
    public static Path typedDocx(Path dir) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            para(doc, "某区教育局2025年工作要点");
            para(doc, "2025年，全区教育工作坚持稳中求进。");
            para(doc, "一、指导思想");
            para(doc, "以新时代中国特色社会主义思想为指导。");
            para(doc, "二、重点工作");
            para(doc, "（一）加强师资队伍建设");
            para(doc, "1.实施教师全员培训。组织开展教研活动。");
            para(doc, "2.推进县管校聘改革。");
            para(doc, "（二）推进教育均衡发展");
            para(doc, "3.新建城区第二小学。");
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("月份");
            t.getRow(0).getCell(1).setText("主要活动");
            t.getRow(1).getCell(0).setText("3月");
            t.getRow(1).getCell(1).setText("开展春季教学视导。");
            return write(doc, dir.resolve("typed.docx"));
        }
    }

    /** A plan whose labels come from Word's automatic numbering: 一、 / （一） / 1. are not in the text. */
    public static Path autoNumberedDocx(Path dir) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
            level(abs, 2, STNumberFormat.DECIMAL, "%3.");
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            BigInteger numId = numbering.addNum(absId);
            para(doc, "某区教育局2025年工作要点");
            numbered(doc, "指导思想", numId, 0);
            para(doc, "以新时代中国特色社会主义思想为指导。");
            numbered(doc, "重点工作", numId, 0);
            numbered(doc, "加强师资队伍建设", numId, 1);
            numbered(doc, "实施教师全员培训。组织开展教研活动。", numId, 2);
            numbered(doc, "推进县管校聘改革。", numId, 2);
            numbered(doc, "推进教育均衡发展", numId, 1);
            numbered(doc, "新建城区第二小学。", numId, 2);
            numbered(doc, "保障措施", numId, 0);
            para(doc, "加强组织领导。");
            return write(doc, dir.resolve("auto.docx"));
        }
    }

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum fmt, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(fmt);
        lvl.addNewLvlText().setVal(text);
    }

    private static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void numbered(XWPFDocument doc, String text, BigInteger numId, int ilvl) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(ilvl));
        p.createRun().setText(text);
    }

    static Path write(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }
}
