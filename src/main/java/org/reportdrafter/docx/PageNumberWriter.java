package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Page numbers "— N —" in 4号宋体: odd pages right-aligned and inset one character, even pages
 * left-aligned and inset one character.
 */
final class PageNumberWriter {
    static final String DASH = "\u2014";

    private PageNumberWriter() {
    }

    static void write(XWPFDocument doc) {
        footer(doc.createFooter(HeaderFooterType.DEFAULT), true);
        footer(doc.createFooter(HeaderFooterType.EVEN), false);
    }

    private static void footer(XWPFFooter footer, boolean odd) {
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(StyleWriter.FOOTER);
        p.setAlignment(odd ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        BigInteger oneChar = BigInteger.valueOf(PageLayout.ptToTwips(PageLayout.PAGE_NUMBER_PT));
        if (odd) {
            ind.setRight(oneChar);
        } else {
            ind.setLeft(oneChar);
        }
        ind.setFirstLine(BigInteger.ZERO);
        text(p, DASH + " ");
        field(p, STFldCharType.BEGIN);
        XWPFRun instr = run(p);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        text(p, "1");
        field(p, STFldCharType.END);
        text(p, " " + DASH);
    }

    private static XWPFRun run(XWPFParagraph p) {
        return Runs.add(p, "", PageLayout.PAGE_NUMBER_FONT, PageLayout.PAGE_NUMBER_PT, false, 0);
    }

    private static void text(XWPFParagraph p, String s) {
        Runs.add(p, s, PageLayout.PAGE_NUMBER_FONT, PageLayout.PAGE_NUMBER_PT, false, 0);
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        run(p).getCTR().addNewFldChar().setFldCharType(type);
    }
}
