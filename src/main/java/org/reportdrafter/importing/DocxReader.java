package org.reportdrafter.importing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.reportdrafter.domain.ChineseNumerals;

/**
 * Reads the paragraphs of a .docx in order, tables row by row. Labels made by Word's automatic
 * numbering ({@code w:numPr}) are not in the text: they are rendered here from the numbering
 * definitions and put in front of the paragraph text, so the parser sees what the reader saw. Size and
 * nesting were bounded by {@link DocxPrecheck} before POI read the file.
 */
final class DocxReader {
    private static final int MAX_TABLE_DEPTH = 8;

    private final XWPFDocument doc;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    DocxReader(XWPFDocument doc) {
        this.doc = doc;
    }

    List<String> read() throws ImportException {
        List<String> out = new ArrayList<>();
        for (IBodyElement el : doc.getBodyElements()) {
            element(el, out, 0);
        }
        return out;
    }

    private void element(IBodyElement el, List<String> out, int depth) throws ImportException {
        if (el instanceof XWPFParagraph p) {
            String text = p.getText();
            String label = label(p);
            if (!text.isBlank() || !label.isEmpty()) {
                out.add(label + text);
            }
        } else if (el instanceof XWPFTable t && depth < MAX_TABLE_DEPTH) {
            for (XWPFTableRow row : t.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> inner = new ArrayList<>();
                    for (IBodyElement ce : cell.getBodyElements()) {
                        element(ce, inner, depth + 1);
                    }
                    String joined = String.join(" ", inner).strip();
                    if (!joined.isEmpty()) {
                        cells.add(joined);
                    }
                }
                if (!cells.isEmpty()) {
                    out.add(String.join("\u3000", cells));
                }
            }
        }
    }

    /** The automatic-numbering label of a paragraph, or "" (bullets give no label). */
    private String label(XWPFParagraph p) {
        CTNumPr numPr = numPr(p);
        if (numPr == null || numPr.getNumId() == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int ilvl = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
        XWPFNumbering numbering = doc.getNumbering();
        if (numbering == null || numId == null || BigInteger.ZERO.equals(numId)) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null) {
            return "";
        }
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abs == null) {
            return "";
        }
        CTAbstractNum ctAbs = abs.getCTAbstractNum();
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl lvl : ctAbs.getLvlArray()) {
            int i = lvl.getIlvl().intValue();
            if (i >= 0 && i < 9) {
                levels[i] = lvl;
            }
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int i = override.getIlvl().intValue();
            if (i >= 0 && i < 9 && override.isSetLvl()) {
                levels[i] = override.getLvl();
            }
        }
        if (ilvl < 0 || ilvl > 8 || levels[ilvl] == null) {
            return "";
        }
        int[] c = counters.computeIfAbsent(numId, k -> {
            int[] init = new int[9];
            for (int i = 0; i < 9; i++) {
                init[i] = start(levels[i]) - 1;
            }
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                int i = override.getIlvl().intValue();
                if (i >= 0 && i < 9 && override.isSetStartOverride()) {
                    init[i] = override.getStartOverride().getVal().intValue() - 1;
                }
            }
            return init;
        });
        c[ilvl]++;
        for (int i = ilvl + 1; i < 9; i++) {
            c[i] = start(levels[i]) - 1;
        }
        CTLvl lvl = levels[ilvl];
        String fmt = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if (fmt.equals("bullet") || fmt.equals("none")) {
            return "";
        }
        String text = lvl.getLvlText() == null ? "%" + (ilvl + 1) + "." : lvl.getLvlText().getVal();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int k = text.charAt(i + 1) - '1';
                i++;
                if (k >= 0 && k < 9 && levels[k] != null) {
                    String kf = levels[k].getNumFmt() == null ? "decimal" : levels[k].getNumFmt().getVal().toString();
                    sb.append(format(Math.max(1, c[k]), kf));
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static int start(CTLvl lvl) {
        return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private CTNumPr numPr(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getNumPr() != null) {
            return ppr.getNumPr();
        }
        // numbering may come from the paragraph style (Heading 1 linked to a list)
        XWPFStyles styles = doc.getStyles();
        String styleId = p.getStyleID();
        for (int guard = 0; styles != null && styleId != null && guard < 10; guard++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            var sppr = style.getCTStyle().getPPr();
            if (sppr != null && sppr.getNumPr() != null) {
                return sppr.getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    static String format(int n, String fmt) {
        return switch (fmt) {
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                 "chineseLegalSimplified", "ideographTraditional" -> n <= 9999 ? ChineseNumerals.toChinese(n) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedFullstop" -> n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalEnclosedParen" -> n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            default -> String.valueOf(n);
        };
    }

    private static String fullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char ch : String.valueOf(n).toCharArray()) {
            sb.append((char) ('０' + (ch - '0')));
        }
        return sb.toString();
    }

    private static String letters(int n, char base) {
        StringBuilder sb = new StringBuilder();
        int count = (n - 1) / 26 + 1;
        char ch = (char) (base + (n - 1) % 26);
        sb.append(String.valueOf(ch).repeat(count));
        return sb.toString();
    }

    private static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                n -= v[i];
                sb.append(s[i]);
            }
        }
        return sb.toString();
    }
}
