package org.reportdrafter.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.Report;

/** The title in 2号 小标宋, centred, an optional subtitle line under it, then one blank line. */
final class TitleWriter {
    private TitleWriter() {
    }

    static void write(BlockContext ctx, Report report, boolean dateUnderTitle) {
        if (report.title().isBlank()) {
            return;
        }
        XWPFParagraph p = ctx.paragraph(StyleWriter.TITLE);
        Runs.add(p, report.title().strip(), ctx.settings().titleFont(), PageLayout.TITLE_PT, false, 0);
        if (dateUnderTitle && report.dateOfIssue() != null) {
            XWPFParagraph sub = ctx.paragraph(StyleWriter.SUBTITLE);
            Runs.add(sub, "（" + ChineseDates.format(report.dateOfIssue()) + "）", PageLayout.HEADING2_FONT,
                    PageLayout.BODY_PT, false, ctx.layout().bodyCharSpacingTwips());
        }
        ctx.blankLine();
    }
}
