package org.reportdrafter.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** What every block writer needs: the document, the resolved settings and the warnings gathered. */
record BlockContext(XWPFDocument doc, ExportSettings settings, List<String> warnings) {
    BlockContext(XWPFDocument doc, ExportSettings settings) {
        this(doc, settings, new ArrayList<>());
    }

    PageLayout layout() {
        return settings.layout();
    }

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** A paragraph of one style and one plain run: the style carries all formatting. */
    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = paragraph(style);
        Runs.add(p, text);
        return p;
    }

    void bodyParagraph(String text) {
        paragraph(StyleWriter.NORMAL, text);
    }

    void blankLine() {
        paragraph(StyleWriter.NORMAL);
    }
}
