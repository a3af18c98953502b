package org.reportdrafter.checks;

/**
 * One thing a careful reader would mark.
 *
 * @param offset  where in the piece's text it starts
 * @param length  how many characters it covers (for marks in the text)
 * @param fix     a safe correction, or null
 */
public record Finding(String rule, Severity severity, TextPiece piece, int offset, int length, String message, Fix fix) {

    public String path() {
        return piece.where();
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
