package org.reportdrafter.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.reportdrafter.domain.Table;

/**
 * A table as a Word table that fills the type area: explicit gridCol widths (WPS sizes tables by
 * them, not by the cells), a fixed layout, header rows repeated on every page, cell text in the body
 * font at 四号 (小四 from six columns on, so a 行事历 row stays readable).
 */
final class TableWriter {
    private TableWriter() {
    }

    static void write(BlockContext ctx, Table table) {
        if (table.rows().isEmpty() || table.columnCount() == 0) {
            return;
        }
        int cols = table.columnCount();
        boolean wide = cols >= StyleWriter.WIDE_TABLE_COLUMNS;
        String textStyle = wide ? StyleWriter.TABLE_TEXT_SMALL : StyleWriter.TABLE_TEXT;
        int[] widths = widths(table, ctx.layout().textWidthTwips(), wide ? StyleWriter.TABLE_SMALL_PT : StyleWriter.TABLE_PT);
        XWPFTable t = ctx.doc().createTable(table.rows().size(), cols);
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(ctx.layout().textWidthTwips()));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            boolean header = r < table.headerRows();
            if (header) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            List<String> cells = table.rows().get(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                var tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(widths[c]));
                tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                String text = c < cells.size() ? cells.get(c) : "";
                String[] lines = text.split("\n", -1);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(textStyle);
                if (header) {
                    p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
                }
                Runs.add(p, lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    XWPFParagraph more = cell.addParagraph();
                    more.setStyle(textStyle);
                    Runs.add(more, lines[i]);
                }
            }
        }
    }

    /**
     * Column widths: each column's longest line plus a character of padding; when they do not fit,
     * the widest columns give way first (a cap found by halving), never below two characters; what is
     * left over is shared in proportion, so the table always fills the type area.
     */
    static int[] widths(Table table, int total, double fontPt) {
        int cols = table.columnCount();
        double[] want = new double[cols];
        for (List<String> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                for (String line : row.get(c).split("\n")) {
                    want[c] = Math.max(want[c], SignatureWriter.width(line) + 1);
                }
            }
        }
        for (int c = 0; c < cols; c++) {
            want[c] = Math.max(2, want[c]);
        }
        double fit = total / (fontPt * 20); // characters across the type area at the table's size
        double[] w = want.clone();
        if (sum(want) > fit) {
            double lo = 2;
            double hi = max(want);
            for (int i = 0; i < 40; i++) {
                double cap = (lo + hi) / 2;
                if (capped(want, cap) > fit) {
                    hi = cap;
                } else {
                    lo = cap;
                }
            }
            for (int c = 0; c < cols; c++) {
                w[c] = Math.min(want[c], lo);
            }
        }
        double s = sum(w);
        int[] out = new int[cols];
        int used = 0;
        for (int c = 0; c < cols; c++) {
            out[c] = c == cols - 1 ? total - used : (int) Math.floor(total * w[c] / s);
            used += out[c];
        }
        return out;
    }

    private static double capped(double[] want, double cap) {
        double s = 0;
        for (double v : want) {
            s += Math.min(v, cap);
        }
        return s;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
