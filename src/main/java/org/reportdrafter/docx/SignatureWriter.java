package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.Report;

/**
 * 署名 and 成文日期 of a document without a seal (GB/T 9704-2012, 7.3.5.2): one blank line after the
 * text; the signature 右空二字; the date on the next line, its first character two characters right of the
 * signature's; when the date is longer, the date 右空二字 and the signature moves left to keep the offset.
 */
final class SignatureWriter {
    private SignatureWriter() {
    }

    static void write(BlockContext ctx, Report report) {
        if (report.dateOfIssue() == null) {
            return;
        }
        String signature = report.organization().strip();
        String date = ChineseDates.format(report.dateOfIssue());
        double sigWidth = width(signature);
        double dateWidth = width(date);
        double sigRight;
        double dateRight;
        if (signature.isEmpty()) {
            sigRight = 0;
            dateRight = 2;
        } else if (dateWidth > sigWidth) {
            dateRight = 2;
            sigRight = 4 + dateWidth - sigWidth;
        } else {
            sigRight = 2;
            dateRight = sigWidth - dateWidth;
        }
        ctx.blankLine();
        if (!signature.isEmpty()) {
            line(ctx, signature, sigRight);
        }
        line(ctx, date, dateRight);
    }

    private static void line(BlockContext ctx, String text, double rightChars) {
        XWPFParagraph p = ctx.paragraph(StyleWriter.NORMAL);
        p.setAlignment(ParagraphAlignment.RIGHT);
        CTInd ind = p.getCTP().getPPr().isSetInd() ? p.getCTP().getPPr().getInd() : p.getCTP().getPPr().addNewInd();
        ind.setFirstLineChars(BigInteger.ZERO);
        ind.setFirstLine(BigInteger.ZERO);
        int charTwips = PageLayout.ptToTwips(PageLayout.BODY_PT) + ctx.layout().bodyCharSpacingTwips();
        ind.setRight(BigInteger.valueOf(Math.round(rightChars * charTwips)));
        ctx.bodyRun(p, text);
    }

    /** Width in characters: a Chinese character is one, a half-width digit or letter half. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }
}
