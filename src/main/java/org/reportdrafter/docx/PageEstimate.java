package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Where the text written so far ends: page and height used on it. The file carries no layout, and the
 * 版记 must land on an even page, so the exporter sets the text as Word does on our fixed grid: every
 * line of a paragraph takes its exact line spacing, a line holds as many characters as its width allows
 * (CJK and full-width punctuation one em, Latin letters and digits half), widow control is off, a
 * pageBreakBefore starts a page, a table row is kept whole. Line breaking rules (no 。at a line start)
 * can add a line now and then; the 版记 needs a few lines of slack, so an end within a line or two of a
 * page's foot is treated as full (see decision record 0013).
 */
final class PageEstimate {
    /** Page number (1-based) the next paragraph would start on, and twips used on it. */
    record Position(int page, int usedTwips, int pageTwips) {
        int freeTwips() {
            return pageTwips - usedTwips;
        }
    }

    private final XWPFStyles styles;
    private final PageLayout layout;
    private int page = 1;
    private int used;

    private PageEstimate(XWPFDocument doc, PageLayout layout) {
        this.styles = doc.getStyles();
        this.layout = layout;
    }

    static Position of(XWPFDocument doc, PageLayout layout) {
        PageEstimate e = new PageEstimate(doc, layout);
        for (IBodyElement el : doc.getBodyElements()) {
            if (el instanceof XWPFParagraph p) {
                e.paragraph(p);
            } else if (el instanceof XWPFTable t) {
                e.table(t);
            }
        }
        return new Position(e.page, e.used, layout.textHeightTwips());
    }

    private void paragraph(XWPFParagraph p) {
        if (pageBreakBefore(p) && used > 0) {
            newPage();
        }
        int h = lineTwips(p);
        int lines = lines(p, layout.textWidthTwips());
        for (int i = 0; i < lines; i++) {
            place(h);
        }
    }

    private void table(XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
            int h = 0;
            for (XWPFTableCell c : row.getTableCells()) {
                int width = cellWidth(c);
                int ch = 0;
                for (XWPFParagraph p : c.getParagraphs()) {
                    ch += lines(p, width) * lineTwips(p);
                }
                h = Math.max(h, ch);
            }
            place(h + 10); // a 0.5 pt border; Word's cells have no top or bottom margin
        }
    }

    private int cellWidth(XWPFTableCell c) {
        var tcPr = c.getCTTc().getTcPr();
        if (tcPr != null && tcPr.isSetTcW() && tcPr.getTcW().getW() instanceof BigInteger w) {
            return Math.max(200, w.intValue() - 2 * 108);
        }
        return layout.textWidthTwips() / 2;
    }

    private void place(int h) {
        if (used > 0 && used + h > layout.textHeightTwips()) {
            newPage();
        }
        used += h;
    }

    private void newPage() {
        page++;
        used = 0;
    }

    /** Lines the paragraph's text takes at the given width, at least one. */
    private int lines(XWPFParagraph p, int width) {
        int sizeTwips = sizeHalfPoints(p) * 10;
        int spacing = charSpacing(p);
        int left = indent(p, "left");
        int right = indent(p, "right");
        int first = indent(p, "firstLine") - indent(p, "hanging");
        int avail = Math.max(sizeTwips, width - left - right);
        String text = p.getText();
        if (text.isEmpty()) {
            return 1;
        }
        int lines = 1;
        int x = first;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n') {
                continue;
            }
            int w = (c < 0x2000 ? sizeTwips / 2 : sizeTwips) + spacing;
            if (x + w > avail + spacing) {
                lines++;
                x = 0;
            }
            x += w;
        }
        return lines;
    }

    private boolean pageBreakBefore(XWPFParagraph p) {
        var own = p.getCTP().getPPr();
        if (own != null && own.isSetPageBreakBefore()) {
            return true;
        }
        return styleChainHas(p.getStyle());
    }

    private boolean styleChainHas(String id) {
        for (XWPFStyle s = id == null ? null : styles.getStyle(id); s != null; s = parent(s)) {
            var ppr = s.getCTStyle().getPPr();
            if (ppr != null && ppr.isSetPageBreakBefore()) {
                return true;
            }
        }
        return false;
    }

    private XWPFStyle parent(XWPFStyle s) {
        var b = s.getCTStyle().getBasedOn();
        return b == null ? null : styles.getStyle(b.getVal());
    }

    private XWPFStyle styleOf(XWPFParagraph p) {
        String id = p.getStyle();
        XWPFStyle s = id == null ? null : styles.getStyle(id);
        return s != null ? s : styles.getStyle(StyleWriter.NORMAL);
    }

    private int lineTwips(XWPFParagraph p) {
        var own = p.getCTP().getPPr();
        if (own != null && own.isSetSpacing() && own.getSpacing().getLine() instanceof BigInteger l) {
            return l.intValue();
        }
        for (XWPFStyle s = styleOf(p); s != null; s = parent(s)) {
            var ppr = s.getCTStyle().getPPr();
            if (ppr != null && ppr.isSetSpacing() && ppr.getSpacing().getLine() instanceof BigInteger l) {
                return l.intValue();
            }
        }
        return layout.linePitchTwips();
    }

    private int sizeHalfPoints(XWPFParagraph p) {
        for (XWPFStyle s = styleOf(p); s != null; s = parent(s)) {
            CTRPr r = s.getCTStyle().getRPr();
            if (r != null && r.sizeOfSzArray() > 0) {
                return ((BigInteger) r.getSzArray(0).getVal()).intValue();
            }
        }
        return (int) Math.round(PageLayout.BODY_PT * 2);
    }

    private int charSpacing(XWPFParagraph p) {
        for (XWPFStyle s = styleOf(p); s != null; s = parent(s)) {
            CTRPr r = s.getCTStyle().getRPr();
            if (r != null && r.sizeOfSpacingArray() > 0) {
                return ((BigInteger) r.getSpacingArray(0).getVal()).intValue();
            }
        }
        return 0;
    }

    /** An indent attribute in twips: the paragraph's own, else its style chain's. */
    private int indent(XWPFParagraph p, String which) {
        var own = p.getCTP().getPPr();
        if (own != null && own.isSetInd()) {
            Integer v = indValue(own.getInd(), which);
            if (v != null) {
                return v;
            }
        }
        for (XWPFStyle s = styleOf(p); s != null; s = parent(s)) {
            var ppr = s.getCTStyle().getPPr();
            if (ppr != null && ppr.isSetInd()) {
                Integer v = indValue(ppr.getInd(), which);
                if (v != null) {
                    return v;
                }
            }
        }
        return 0;
    }

    private static Integer indValue(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd ind, String which) {
        Object v = switch (which) {
            case "left" -> ind.isSetLeft() ? ind.getLeft() : null;
            case "right" -> ind.isSetRight() ? ind.getRight() : null;
            case "firstLine" -> ind.isSetFirstLine() ? ind.getFirstLine() : null;
            default -> ind.isSetHanging() ? ind.getHanging() : null;
        };
        return v instanceof BigInteger b ? b.intValue() : null;
    }
}
