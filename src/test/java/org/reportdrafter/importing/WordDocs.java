package org.reportdrafter.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Builds .docx files whose numbering.xml and styles.xml are written as Word and WPS write them
 * (abstractNum with nsid/multiLevelType/lvl, num with lvlOverride/startOverride, styles with numPr),
 * so tests exercise the same XML a clerk's file carries. The body is built with POI.
 */
final class WordDocs {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFDocument doc = new XWPFDocument();

    /** numbering: the inner XML of w:numbering (abstractNums then nums); styles: inner XML of w:styles. */
    WordDocs(String numbering, String styles) {
        try {
            if (numbering != null) {
                doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(
                        "<w:numbering xmlns:w=\"" + W_NS + "\">" + numbering + "</w:numbering>").getNumbering());
            }
            if (styles != null) {
                doc.createStyles().setStyles(StylesDocument.Factory.parse(
                        "<w:styles xmlns:w=\"" + W_NS + "\">" + styles + "</w:styles>").getStyles());
            }
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A level as Word writes it; suff "nothing" is what WPS writes after 、 labels. */
    static String lvl(int ilvl, String fmt, String text) {
        return lvl(ilvl, fmt, text, 1, "");
    }

    static String lvl(int ilvl, String fmt, String text, int start, String extra) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\" w:tentative=\"0\"><w:start w:val=\"" + start + "\"/>"
                + "<w:numFmt w:val=\"" + fmt + "\"/>" + extra + "<w:lvlText w:val=\"" + text + "\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"640\"/></w:pPr></w:lvl>";
    }

    static String abstractNum(int id, String... levels) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:nsid w:val=\"" + String.format("%08X", 0x1A2B0000 + id)
                + "\"/><w:multiLevelType w:val=\"" + (levels.length > 1 ? "multilevel" : "singleLevel") + "\"/>"
                + String.join("", levels) + "</w:abstractNum>";
    }

    static String num(int numId, int abstractNumId, String... overrides) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractNumId + "\"/>"
                + String.join("", overrides) + "</w:num>";
    }

    /** Word's "restart numbering": a new w:num whose level starts again. */
    static String startOverride(int ilvl, int start) {
        return "<w:lvlOverride w:ilvl=\"" + ilvl + "\"><w:startOverride w:val=\"" + start + "\"/></w:lvlOverride>";
    }

    static String style(String id, String name, String basedOn, String numPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "<w:qFormat/>"
                + "<w:pPr>" + (numPr == null ? "" : numPr) + "</w:pPr></w:style>";
    }

    static String numPr(Integer ilvl, int numId) {
        return "<w:numPr>" + (ilvl == null ? "" : "<w:ilvl w:val=\"" + ilvl + "\"/>") + "<w:numId w:val=\"" + numId
                + "\"/></w:numPr>";
    }

    WordDocs p(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    /** A paragraph with direct numbering (numId, ilvl; ilvl null leaves it out). */
    WordDocs num(String text, int numId, Integer ilvl) {
        numbered(doc.createParagraph(), numId, ilvl).createRun().setText(text);
        return this;
    }

    WordDocs styled(String text, String styleId) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return this;
    }

    /** A styled paragraph whose direct numPr overrides the style's. */
    WordDocs styledNum(String text, String styleId, Integer numId, Integer ilvl) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        CTNumPr pr = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetNumPr() ? p.getCTP().getPPr().getNumPr()
                : p.getCTP().getPPr().addNewNumPr();
        if (ilvl != null) {
            pr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
        }
        if (numId != null) {
            pr.addNewNumId().setVal(BigInteger.valueOf(numId));
        }
        p.createRun().setText(text);
        return this;
    }

    /**
     * A table; each cell is a list of paragraphs, a paragraph "#numId/ilvl#text" is numbered, and a
     * cell given as a List of Lists holds a nested table.
     */
    WordDocs table(List<List<Object>> rows) {
        XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                fill(t.getRow(r).getCell(c), rows.get(r).get(c));
            }
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    private static void fill(XWPFTableCell cell, Object content) {
        if (content instanceof String s) {
            paragraph(cell.getParagraphs().get(0), s);
            return;
        }
        List<Object> items = (List<Object>) content;
        boolean first = true;
        for (Object item : items) {
            if (item instanceof String s) {
                paragraph(first ? cell.getParagraphs().get(0) : cell.addParagraph(), s);
            } else {
                List<List<Object>> rows = (List<List<Object>>) item;
                XWPFParagraph anchor = first ? cell.getParagraphs().get(0) : cell.addParagraph();
                XWPFTable inner = cell.insertNewTbl(anchor.getCTP().newCursor());
                for (int r = 0; r < rows.size(); r++) {
                    var row = inner.createRow();
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        XWPFTableCell ic = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
                        if (ic.getParagraphs().isEmpty()) {
                            ic.addParagraph();
                        }
                        paragraph(ic.getParagraphs().get(0), (String) rows.get(r).get(c));
                    }
                }
            }
            first = false;
        }
    }

    private static void paragraph(XWPFParagraph p, String spec) {
        String text = spec;
        if (spec.startsWith("#")) {
            String[] parts = spec.substring(1).split("#", 2);
            String[] ids = parts[0].split("/");
            numbered(p, Integer.parseInt(ids[0]), Integer.parseInt(ids[1]));
            text = parts[1];
        }
        String[] pieces = text.split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                p.createRun().addTab();
            }
            p.createRun().setText(pieces[i]);
        }
    }

    private static XWPFParagraph numbered(XWPFParagraph p, int numId, Integer ilvl) {
        CTNumPr pr = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewNumPr();
        if (ilvl != null) {
            pr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
        }
        pr.addNewNumId().setVal(BigInteger.valueOf(numId));
        return p;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }
}
