package org.reportdrafter.checks;

import java.util.List;
import org.reportdrafter.domain.DocumentParts;

/** The names of the parts of a document the checks read, as {@link TextPiece#path()} of a PART piece. */
public final class Parts {
    public static final String DOC_NUMBER = "发文字号";
    public static final String WRAPPER = "印发通知";
    public static final String ADDRESSEE = "主送机关";
    public static final String ATTACHMENT_NOTES = "附件说明";
    public static final String SIGNATURE = "落款";
    public static final String DATE = "成文日期";
    public static final String NOTE = "附注";

    private Parts() {
    }

    /** The text of a part line, for edits of a fix. */
    public static String get(DocumentParts p, String part, int line) {
        return switch (part) {
            case DOC_NUMBER -> p.docNumber();
            case ADDRESSEE -> p.addressee();
            case DATE -> p.dateText();
            case NOTE -> p.note();
            default -> list(p, part).get(line);
        };
    }

    public static void set(DocumentParts p, String part, int line, String text) {
        switch (part) {
            case DOC_NUMBER -> p.setDocNumber(text);
            case ADDRESSEE -> p.setAddressee(text);
            case DATE -> p.setDateText(text);
            case NOTE -> p.setNote(text);
            default -> list(p, part).set(line, text);
        }
    }

    static List<String> list(DocumentParts p, String part) {
        return switch (part) {
            case WRAPPER -> p.wrapper();
            case ATTACHMENT_NOTES -> p.attachmentNotes();
            case SIGNATURE -> p.signature();
            default -> throw new IllegalArgumentException(part);
        };
    }
}
