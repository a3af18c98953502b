package org.reportdrafter.importing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the paragraphs of a .docx in document order, one string per paragraph. Size and nesting were
 * bounded by {@link DocxPrecheck} before POI read the file.
 *
 * <p><b>Automatic numbering.</b> Labels made by Word's or WPS's automatic numbering ({@code w:numPr},
 * directly or through the paragraph style and its {@code basedOn} chain) are not in the text: they are
 * rendered here from numbering.xml by {@link WordNumbering} and put in front of the paragraph text, so
 * the parser sees what the reader saw ({@code （三）加强师资队伍建设}, {@code 第3条 …}). As in Word,
 * the count belongs to the abstractNum, so separate lists ({@code w:num}) sharing it continue one
 * another; a {@code startOverride} sets the count anew where its {@code w:num} is first used, and the
 * count runs on from there; {@code numId} 0 means no number, also over a numbered style; a level
 * linked to the paragraph's style ({@code w:lvl/w:pStyle}) gives the level; {@code lvlRestart} and
 * {@code isLgl} are honoured. See decision record 0010.
 *
 * <p><b>Tables.</b> A table comes out as consecutive lines between two marker lines:
 * <pre>
 *   "\u2063TABLE"                     (U+2063 INVISIBLE SEPARATOR + "TABLE")
 *   cell + '\t' + cell + '\t' + …     one line per row, cells joined by TAB
 *   …
 *   "\u2063END"
 * </pre>
 * Paragraphs inside a cell are joined by U+2028 (LINE SEPARATOR); a numbered paragraph in a cell
 * carries its rendered label as cell text. A TAB inside cell text becomes a space so columns stay
 * in place; an empty cell is an empty string between TABs; a cell merged across n columns
 * ({@code w:gridSpan}) is followed by n−1 empty cells, so every row has the table's columns; a row whose cells are all empty is left
 * out, and a table with no text gives no lines at all. A table nested in a cell is flattened into
 * that cell: each inner row is one U+2028 piece with its non-empty cells joined by a space. No blank
 * line is put before or after a table. Outside tables a line never starts with U+2063.
 */
final class DocxReader {
    static final String TABLE_START = "\u2063TABLE";
    static final String TABLE_END = "\u2063END";
    static final char CELL_SEPARATOR = '\t';
    static final char CELL_LINE_SEPARATOR = '\u2028';
    private static final int MAX_TABLE_DEPTH = 8;

    private final XWPFDocument doc;
    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, WordNumbering.Counter> counters = new HashMap<>();
    private final Set<String> started = new HashSet<>();
    private final Map<String, List<String>> chains = new HashMap<>();
    private final Map<BigInteger, NumList> lists = new HashMap<>();
    private final Map<BigInteger, WordNumbering.Level[]> levelsByNum = new HashMap<>();

    DocxReader(XWPFDocument doc) {
        this.doc = doc;
        this.numbering = doc.getNumbering();
        this.styles = doc.getStyles();
    }

    List<String> read() throws ImportException {
        List<String> out = new ArrayList<>();
        for (IBodyElement el : doc.getBodyElements()) {
            element(el, out);
        }
        return out;
    }

    private void element(IBodyElement el, List<String> out) {
        if (el instanceof XWPFParagraph p) {
            String line = paragraph(p);
            if (!line.isBlank()) {
                out.add(line.startsWith("\u2063") ? line.substring(1) : line);
            }
        } else if (el instanceof XWPFTable t) {
            List<String> rows = new ArrayList<>();
            for (XWPFTableRow row : t.getRows()) {
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (XWPFTableCell cell : row.getTableCells()) {
                    String text = cell(cell, 1);
                    any |= !text.isBlank();
                    cells.add(text);
                    // a cell merged across columns keeps the grid: the columns it covers follow empty
                    for (int k = 1; k < Math.min(span(cell), 64); k++) {
                        cells.add("");
                    }
                }
                if (any) {
                    rows.add(String.join(String.valueOf(CELL_SEPARATOR), cells));
                }
            }
            if (!rows.isEmpty()) {
                out.add(TABLE_START);
                out.addAll(rows);
                out.add(TABLE_END);
            }
        } else if (el instanceof XWPFSDT sdt) {
            // a content control (cover page, fill-in field): its text is part of the document
            for (String line : sdt.getContent().getText().split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.startsWith("\u2063") ? line.substring(1) : line);
                }
            }
        }
    }

    /** The text of one paragraph with its numbering label, "" when it shows nothing. */
    private String paragraph(XWPFParagraph p) {
        String text = p.getText();
        Numbered n;
        try {
            n = label(p);
        } catch (RuntimeException e) {
            n = null; // a broken numbering definition: the text is still read, without a label
        }
        if (n == null) {
            return text;
        }
        return WordNumbering.join(n.label, text, n.separated);
    }

    /** A cell's text: its paragraphs joined by U+2028, nested tables flattened into it. */
    private String cell(XWPFTableCell cell, int depth) {
        List<String> pieces = new ArrayList<>();
        cellElements(cell.getBodyElements(), pieces, depth);
        return String.join(String.valueOf(CELL_LINE_SEPARATOR), pieces);
    }

    private void cellElements(List<IBodyElement> elements, List<String> pieces, int depth) {
        for (IBodyElement ce : elements) {
            if (ce instanceof XWPFParagraph p) {
                String line = cellText(paragraph(p));
                if (!line.isBlank()) {
                    pieces.add(line.strip());
                }
            } else if (ce instanceof XWPFTable inner && depth < MAX_TABLE_DEPTH) {
                for (XWPFTableRow row : inner.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell c : row.getTableCells()) {
                        String t = cell(c, depth + 1).replace(CELL_LINE_SEPARATOR, ' ').strip();
                        if (!t.isEmpty()) {
                            cells.add(t);
                        }
                    }
                    if (!cells.isEmpty()) {
                        pieces.add(String.join(" ", cells));
                    }
                }
            } else if (ce instanceof XWPFSDT sdt) {
                String t = cellText(sdt.getContent().getText()).strip();
                if (!t.isEmpty()) {
                    pieces.add(t);
                }
            }
        }
    }

    private static int span(XWPFTableCell cell) {
        var pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return pr.getGridSpan().getVal().intValue();
    }

    /** Text that must not break the row: TABs become spaces, line breaks become U+2028. */
    private static String cellText(String s) {
        return s.replace(CELL_SEPARATOR, ' ').replace("\r\n", "\n").replace('\n', CELL_LINE_SEPARATOR)
                .replace('\r', CELL_LINE_SEPARATOR).replace("\u2063", "");
    }

    private record Numbered(String label, boolean separated) {
    }

    /** The automatic-numbering label of a paragraph, counted; null when it has none. */
    private Numbered label(XWPFParagraph p) {
        if (numbering == null) {
            return null;
        }
        // numId and ilvl each come from the paragraph when it sets them, else from its style chain
        BigInteger numId = null;
        Integer ilvl = null;
        Integer directIlvl = null;
        List<String> chain = styleChain(p.getStyleID());
        for (String styleId : chain) {
            CTNumPr s = numPr(styles.getStyle(styleId).getCTStyle().getPPr());
            if (s != null) {
                if (numId == null && s.getNumId() != null) {
                    numId = s.getNumId().getVal();
                }
                if (ilvl == null && s.getIlvl() != null && s.getIlvl().getVal() != null) {
                    ilvl = s.getIlvl().getVal().intValue();
                }
            }
        }
        CTNumPr direct = numPr(p.getCTP().getPPr());
        if (direct != null) {
            if (direct.getNumId() != null && direct.getNumId().getVal() != null) {
                numId = direct.getNumId().getVal();
            }
            if (direct.getIlvl() != null && direct.getIlvl().getVal() != null) {
                directIlvl = direct.getIlvl().getVal().intValue();
            }
        }
        if (numId == null || numId.signum() == 0) {
            return null; // numId 0: "no numbering", also over a numbered style
        }
        NumList list = lists.computeIfAbsent(numId, this::list);
        if (list == null) {
            return null;
        }
        XWPFNum num = list.num();
        CTAbstractNum abs = list.abs();
        // a level linked to the paragraph's style (w:lvl/w:pStyle) decides the level of style numbering
        Integer linked = levelOfStyle(abs, chain);
        ilvl = directIlvl != null ? directIlvl : linked != null ? linked : ilvl != null ? ilvl : 0;
        if (ilvl < 0 || ilvl >= WordNumbering.LEVELS) {
            return null;
        }
        WordNumbering.Level[] levels = levels(numId, num, abs);
        if (levels[ilvl] == null) {
            return null;
        }
        // Word counts by the abstractNum: every w:num of it continues one count; a startOverride sets
        // that count anew where its w:num is first used at that level, and the count runs on from there
        Integer restartAt = started.add(numId + ":" + ilvl) ? startOverride(num, ilvl) : null;
        String label = counters.computeIfAbsent(abs.getAbstractNumId(), k -> new WordNumbering.Counter())
                .next(levels, ilvl, restartAt);
        CTLvl lvl = lvl(num, abs, ilvl);
        boolean separated = lvl == null || !"nothing".equals(childVal(lvl, "suff"));
        return new Numbered(label, separated);
    }

    /** A w:num and the abstractNum that defines it (POI looks both up by scanning, so once per numId). */
    private record NumList(XWPFNum num, CTAbstractNum abs) {
    }

    private NumList list(BigInteger numId) {
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        CTAbstractNum abs = abstractNum(num.getCTNum().getAbstractNumId().getVal(), 0);
        return abs == null ? null : new NumList(num, abs);
    }

    private static CTNumPr numPr(CTPPrBase ppr) {
        return ppr == null ? null : ppr.getNumPr();
    }

    private static CTNumPr numPr(CTPPr ppr) {
        return ppr == null ? null : ppr.getNumPr();
    }

    /** The style and the styles it is based on, nearest first. */
    private List<String> styleChain(String styleId) {
        if (styleId == null) {
            return List.of();
        }
        return chains.computeIfAbsent(styleId, this::resolveChain);
    }

    private List<String> resolveChain(String styleId) {
        List<String> chain = new ArrayList<>();
        for (int guard = 0; styles != null && styleId != null && guard < 16 && !chain.contains(styleId); guard++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            chain.add(styleId);
            styleId = style.getBasisStyleID();
        }
        return chain;
    }

    /** The abstractNum, following numStyleLink to the list style that defines it. */
    private CTAbstractNum abstractNum(BigInteger absId, int depth) {
        XWPFAbstractNum abs = numbering.getAbstractNum(absId);
        if (abs == null) {
            return null;
        }
        CTAbstractNum ct = abs.getCTAbstractNum();
        if (ct.getNumStyleLink() != null && depth < 4 && styles != null) {
            XWPFStyle style = styles.getStyle(ct.getNumStyleLink().getVal());
            CTNumPr link = style == null ? null : numPr(style.getCTStyle().getPPr());
            if (link != null && link.getNumId() != null) {
                XWPFNum linked = numbering.getNum(link.getNumId().getVal());
                if (linked != null && linked.getCTNum().getAbstractNumId() != null) {
                    CTAbstractNum target = abstractNum(linked.getCTNum().getAbstractNumId().getVal(), depth + 1);
                    if (target != null) {
                        return target;
                    }
                }
            }
        }
        return ct;
    }

    /** The level linked to the paragraph's style or a style it is based on (w:lvl/w:pStyle), or null. */
    private static Integer levelOfStyle(CTAbstractNum abs, List<String> chain) {
        for (String styleId : chain) {
            for (CTLvl lvl : abs.getLvlArray()) {
                if (lvl.isSetPStyle() && styleId.equals(lvl.getPStyle().getVal()) && lvl.getIlvl() != null) {
                    return lvl.getIlvl().intValue();
                }
            }
        }
        return null;
    }

    private static CTLvl lvl(XWPFNum num, CTAbstractNum abs, int ilvl) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == ilvl && o.isSetLvl()) {
                return o.getLvl();
            }
        }
        for (CTLvl l : abs.getLvlArray()) {
            if (l.getIlvl() != null && l.getIlvl().intValue() == ilvl) {
                return l;
            }
        }
        return null;
    }

    private WordNumbering.Level[] levels(BigInteger numId, XWPFNum num, CTAbstractNum abs) {
        return levelsByNum.computeIfAbsent(numId, k -> {
            WordNumbering.Level[] levels = new WordNumbering.Level[WordNumbering.LEVELS];
            for (int i = 0; i < levels.length; i++) {
                CTLvl l = lvl(num, abs, i);
                levels[i] = l == null ? null : level(l, i);
            }
            return levels;
        });
    }

    private static Integer startOverride(XWPFNum num, int ilvl) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == ilvl && o.isSetStartOverride()) {
                return number(o.getStartOverride(), 1);
            }
        }
        return null;
    }

    private static WordNumbering.Level level(CTLvl l, int ilvl) {
        int start = l.isSetStart() ? number(l.getStart(), 1) : 1;
        String text = l.isSetLvlText() && l.getLvlText().getVal() != null ? l.getLvlText().getVal()
                : "%" + (ilvl + 1) + ".";
        int restart = l.isSetLvlRestart() ? number(l.getLvlRestart(), -1) : -1;
        boolean legal = l.isSetIsLgl() && POIXMLUnits.parseOnOff(l.getIsLgl());
        return new WordNumbering.Level(start, numFmt(l), text, restart, legal);
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** w:val of a child element of a level, read from the XML (POI's slim schema lacks some types). */
    private static String childVal(CTLvl l, String name) {
        for (Node c = l.getDomNode().getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && name.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
                return e.getAttributeNS(W, "val");
            }
        }
        return null;
    }

    /** The numFmt as written, read from the XML so values newer than POI's schema are not lost. */
    private static String numFmt(CTLvl l) {
        if (!l.isSetNumFmt()) {
            return "decimal";
        }
        Node node = l.getNumFmt().getDomNode();
        if (node instanceof Element e) {
            String val = e.getAttributeNS(W, "val");
            if ("custom".equals(val)) {
                String f = e.getAttributeNS(W, "format");
                return f.startsWith("0") ? "decimalZero" : f.startsWith("一") ? "chineseCounting" : "decimal";
            }
            if (!val.isEmpty()) {
                return val;
            }
        }
        return "decimal";
    }

    private static int number(CTDecimalNumber n, int fallback) {
        try {
            return n == null || n.getVal() == null ? fallback : n.getVal().intValueExact();
        } catch (ArithmeticException e) {
            return fallback;
        }
    }
}
