package org.reportdrafter.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.Report;

/**
 * 附件说明, 署名, 成文日期 and 附注, from the report's parts and date: never guessed from the title.
 *
 * <p>Unsealed (GB/T 9704-2012 7.3.5.2, the default): one blank line after the text; the signature
 * 右空二字; the date on the next line, its first character two characters right of the signature's;
 * when the date is longer, the date 右空二字 and the signature moves left to keep the offset.
 * Sealed (7.3.5.1): the date 右空四字 and the signature centred over it, with room for the seal.
 * Several signer lines stand left-aligned with the longest. 附注 in brackets, 居左空二字, on the next line.
 *
 * <p>The right indents depend on the words, so they are the only direct paragraph formatting here.
 */
final class SignatureWriter {
    private SignatureWriter() {
    }

    /** The date as the report has it: as written in the source, else the date of issue. */
    static String dateText(Report report) {
        if (!report.parts().dateText().isEmpty()) {
            return report.parts().dateText();
        }
        return report.dateOfIssue() == null ? "" : ChineseDates.format(report.dateOfIssue());
    }

    static void writeAttachmentNotes(BlockContext ctx, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        ctx.blankLine();
        int ch = ctx.settings().charTwips();
        for (PrintedText.NoteLine line : PrintedText.attachmentNotes(notes)) {
            XWPFParagraph p = ctx.paragraph(StyleWriter.ATTACHMENT_NOTE);
            indent(p, line.textStart() * ch, (line.textStart() - line.lineStart()) * ch, 0, ch);
            Runs.add(p, line.text());
        }
    }

    static void write(BlockContext ctx, Report report, boolean sealed) {
        List<String> signers = new ArrayList<>();
        for (String s : report.parts().signature()) {
            if (!s.isBlank()) {
                signers.add(s.strip());
            }
        }
        String date = dateText(report);
        if (signers.isEmpty() && date.isEmpty()) {
            writeNote(ctx, report.parts().note());
            return;
        }
        double sigWidth = signers.stream().mapToDouble(SignatureWriter::width).max().orElse(0);
        double dateWidth = width(date);
        double sigRight;
        double dateRight;
        if (sealed) {
            dateRight = 4;
            sigRight = signers.isEmpty() ? 0 : 4 + (dateWidth - sigWidth) / 2;
            if (sigRight < 2) { // a signature much longer than the date: keep it inside the line
                sigRight = 2;
            }
            ctx.blankLine();
            ctx.blankLine();
        } else if (signers.isEmpty()) {
            sigRight = 0;
            dateRight = 2;
            ctx.blankLine();
        } else if (dateWidth > sigWidth - 2) {
            dateRight = 2;
            sigRight = 4 + dateWidth - sigWidth;
            ctx.blankLine();
        } else {
            sigRight = 2;
            dateRight = sigWidth - dateWidth;
            ctx.blankLine();
        }
        int ch = ctx.settings().charTwips();
        // Placed by where each line starts (left indents), so the 2-character offset between signature
        // and date holds whatever width the font gives digits; the right indents only fix those starts.
        double line = ctx.layout().textWidthTwips() / (double) ch;
        double sigStart = line - sigRight - sigWidth;
        double dateStart = line - dateRight - dateWidth;
        // Room to grow into the right margin instead of wrapping: digits wider than half a character
        // (DejaVu, where 仿宋_GB2312 is missing) and LibreOffice's space between Chinese and digits made
        // “2026年12月28日” longer than counted, and 日 went alone onto a line of its own.
        double spare = -PrintedText.SIGNATURE_GROWS_INTO_MARGIN_CHARS * ch;
        for (String s : signers) {
            XWPFParagraph p = ctx.paragraph(StyleWriter.SIGNER);
            indent(p, Math.round(sigStart * ch), 0, spare, ch);
            Runs.add(p, s);
        }
        if (!date.isEmpty()) {
            XWPFParagraph p = ctx.paragraph(StyleWriter.ISSUE_DATE);
            indent(p, Math.round(dateStart * ch), 0, spare, ch);
            Runs.add(p, date);
        }
        writeNote(ctx, report.parts().note());
    }

    private static void writeNote(BlockContext ctx, String note) {
        if (note.isEmpty()) {
            return;
        }
        String n = note.startsWith("（") || note.startsWith("(") ? note : "（" + note + "）";
        ctx.paragraph(StyleWriter.NOTE, n);
    }

    private static void indent(XWPFParagraph p, double leftTwips, double hangingTwips, double rightTwips, int charTwips) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        if (leftTwips > 0) {
            ind.setLeft(BigInteger.valueOf(Math.round(leftTwips)));
        }
        if (hangingTwips > 0) {
            // Word keeps one first-line value: a hanging indent in characters replaces the style's 2-character one
            ind.setHangingChars(BigInteger.valueOf(Math.round(hangingTwips * 100 / charTwips)));
            ind.setHanging(BigInteger.valueOf(Math.round(hangingTwips)));
        } else {
            ind.setFirstLineChars(BigInteger.ZERO);
            ind.setFirstLine(BigInteger.ZERO);
        }
        if (rightTwips != 0) {
            ind.setRight(BigInteger.valueOf(Math.round(rightTwips)));
        }
    }

    /** Width in characters: a Chinese character is one, a half-width digit or letter half. */
    static double width(String s) {
        return PrintedText.width(s);
    }
}
