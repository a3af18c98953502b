package org.reportdrafter.checks;

import java.util.Locale;
import org.reportdrafter.i18n.Message;

/**
 * One thing a careful reader would mark.
 *
 * @param offset  where in the piece's text it starts
 * @param length  how many characters it covers (for marks in the text)
 * @param what    what is wrong, shown in the language of whoever reads it ({@link #message(Locale)})
 * @param fix     a safe correction, or null
 */
public record Finding(String rule, Severity severity, TextPiece piece, int offset, int length, Message what, Fix fix) {

    /** The message in Chinese: the command line and review copies for Chinese offices. */
    public String message() {
        return what.chinese();
    }

    public String message(Locale locale) {
        return what.text(locale);
    }

    /** Where it is, in Chinese. */
    public String path() {
        return piece.where();
    }

    public String path(Locale locale) {
        return piece.text(locale);
    }

    /** The text around the finding, for lists and the command line. */
    public String excerpt() {
        String t = piece.text();
        int from = Math.max(0, offset - 12);
        int to = Math.min(t.length(), offset + Math.max(length, 1) + 12);
        return (from > 0 ? "…" : "") + t.substring(from, to) + (to < t.length() ? "…" : "");
    }

    /** The piece's text with the fix applied. */
    public String fixedText() {
        if (fix == null) {
            return piece.text();
        }
        String t = piece.text();
        return t.substring(0, offset) + fix.replacement() + t.substring(Math.min(t.length(), offset + fix.length()));
    }
}
