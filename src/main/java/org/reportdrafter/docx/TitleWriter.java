package org.reportdrafter.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.Report;

/**
 * The head of the document: 发文字号 (when there is no 版头 to hold it), a slogan main title with the
 * title as its —— subtitle, or the title alone, in 2号小标宋, centred and broken between words; the
 * optional date line; a speech's speaker and occasion; one blank line; 主送机关 flush left.
 */
final class TitleWriter {
    private TitleWriter() {
    }

    static void write(BlockContext ctx, Report report, boolean dateUnderTitle) {
        write(ctx, report, dateUnderTitle, false);
    }

    /** headerWritten: the 发文字号 stands in the 版头 and is not printed again. */
    static void write(BlockContext ctx, Report report, boolean dateUnderTitle, boolean headerWritten) {
        DocumentParts parts = report.parts();
        if (!parts.docNumber().isEmpty() && !headerWritten) {
            ctx.paragraph(StyleWriter.DOC_NUMBER, parts.docNumber());
            ctx.blankLine();
        }
        String title = report.title().strip();
        boolean any = false;
        if (!parts.headline().isEmpty()) {
            titleParagraph(ctx, StyleWriter.TITLE, parts.headline(), List.of());
            any = true;
            if (!title.isEmpty()) {
                String sub = title.startsWith("—") ? title : "——" + title;
                ctx.paragraph(StyleWriter.SUBTITLE, sub);
            }
        } else if (!title.isEmpty()) {
            titleParagraph(ctx, StyleWriter.TITLE, title, parts.titleLines());
            any = true;
        }
        if (dateUnderTitle && report.dateOfIssue() != null) {
            ctx.paragraph(StyleWriter.SUBTITLE, "（" + ChineseDates.format(report.dateOfIssue()) + "）");
        }
        if (!parts.author().isEmpty()) {
            ctx.paragraph(StyleWriter.SUBTITLE, parts.author());
        }
        if (!parts.occasion().isEmpty()) {
            ctx.paragraph(StyleWriter.SUBTITLE, parts.occasion());
        }
        if (any) {
            ctx.blankLine();
        }
        if (!parts.addressee().isEmpty()) {
            ctx.paragraph(StyleWriter.ADDRESSEE, parts.addressee());
        }
    }

    /** One paragraph, its lines separated by line breaks so it stays one title in Word's outline. */
    static void titleParagraph(BlockContext ctx, String style, String title, List<String> sourceLines) {
        int max = maxChars(ctx.settings());
        List<String> lines = sourceLinesFit(title, sourceLines, max) ? sourceLines : TitleBreaker.lines(title, max);
        XWPFParagraph p = ctx.paragraph(style);
        for (int i = 0; i < lines.size(); i++) {
            var run = Runs.add(p, lines.get(i).strip());
            if (i + 1 < lines.size()) {
                run.addBreak();
            }
        }
    }

    /** The lines as the source broke them, if they are the title and each fits a line. */
    private static boolean sourceLinesFit(String title, List<String> lines, int max) {
        if (lines.size() < 2 || !String.join("", lines).replaceAll("\\s", "").equals(title.replaceAll("\\s", ""))) {
            return false;
        }
        return lines.stream().allMatch(l -> SignatureWriter.width(l.strip()) <= max);
    }

    static int maxChars(ExportSettings s) {
        return (int) Math.floor(s.layout().textWidthTwips() / (s.preset().titlePt() * 20) + 0.01);
    }
}
