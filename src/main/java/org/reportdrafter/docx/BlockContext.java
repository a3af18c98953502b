package org.reportdrafter.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** What every block writer needs: the document and the resolved settings. */
record BlockContext(XWPFDocument doc, ExportSettings settings) {
    PageLayout layout() {
        return settings.layout();
    }

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** A body-text run: the body font at 3号 with the 28-characters-per-line spacing. */
    void bodyRun(XWPFParagraph p, String text) {
        Runs.add(p, text, settings.bodyFont(), PageLayout.BODY_PT, false, layout().bodyCharSpacingTwips());
    }

    void bodyParagraph(String text) {
        bodyRun(paragraph(StyleWriter.NORMAL), text);
    }

    void blankLine() {
        bodyRun(paragraph(StyleWriter.NORMAL), "");
    }
}
