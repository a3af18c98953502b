package org.reportdrafter.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Runs without direct formatting: fonts, sizes and spacing come from the paragraph's style, or from
 * a character style for the words of a run-in heading.
 */
final class Runs {
    private Runs() {
    }

    static XWPFRun add(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(XmlText.clean(text));
        return run;
    }

    static XWPFRun add(XWPFParagraph p, String text, String characterStyle) {
        XWPFRun run = add(p, text);
        run.getCTR().addNewRPr().addNewRStyle().setVal(characterStyle);
        return run;
    }
}
