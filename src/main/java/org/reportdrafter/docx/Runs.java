package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/** Runs with every font slot set, so “” — … never fall back to a Latin or theme font. */
final class Runs {
    private Runs() {
    }

    static XWPFRun add(XWPFParagraph p, String text, String font, double sizePt, boolean bold, int spacingTwips) {
        XWPFRun run = p.createRun();
        CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        fonts(rpr.addNewRFonts(), font);
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (spacingTwips != 0) {
            rpr.addNewSpacing().setVal(BigInteger.valueOf(spacingTwips));
        }
        BigInteger half = BigInteger.valueOf(Math.round(sizePt * 2));
        rpr.addNewSz().setVal(half);
        rpr.addNewSzCs().setVal(half);
        run.setText(XmlText.clean(text));
        return run;
    }

    static void fonts(CTFonts f, String font) {
        f.setAscii(font);
        f.setHAnsi(font);
        f.setEastAsia(font);
        f.setCs(font);
        f.setHint(STHint.EAST_ASIA);
    }
}
