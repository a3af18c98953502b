package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.reportdrafter.domain.ExportPreset;

/**
 * Page numbers "— N —" in 4号宋体 (the Footer style): by default odd pages right-aligned and inset
 * one character, even pages left-aligned and inset one character; centred when the house style says so.
 */
final class PageNumberWriter {
    static final String DASH = "\u2014";

    private PageNumberWriter() {
    }

    static void write(XWPFDocument doc, ExportPreset.PageNumbers where) {
        switch (where) {
            case NONE -> {
            }
            case CENTER -> footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.CENTER);
            default -> {
                footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
                footer(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
            }
        }
    }

    private static void footer(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(StyleWriter.FOOTER);
        p.setAlignment(align);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        BigInteger oneChar = BigInteger.valueOf(PageLayout.ptToTwips(PageLayout.PAGE_NUMBER_PT));
        if (align == ParagraphAlignment.RIGHT) {
            ind.setRight(oneChar);
        } else if (align == ParagraphAlignment.LEFT) {
            ind.setLeft(oneChar);
        }
        Runs.add(p, DASH + " ");
        field(p, STFldCharType.BEGIN);
        Runs.add(p, "").getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        Runs.add(p, "1");
        field(p, STFldCharType.END);
        Runs.add(p, " " + DASH);
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }
}
