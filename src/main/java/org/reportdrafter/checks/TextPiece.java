package org.reportdrafter.checks;

import java.util.Locale;
import java.util.Map;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.i18n.Localized;
import org.reportdrafter.i18n.Message;

/**
 * One checked stretch of text: the title, a preamble or trailer paragraph, a node's heading, or one
 * paragraph of a node's body. {@code paragraph} is the index in the body (or preamble/trailer), -1 for
 * headings and the title. For a {@code PART} of the document ({@link Parts}) {@code path} names the
 * part and {@code paragraph} is the line in it, -1 for a one-line part. As {@link Localized} it is the
 * place, so a message naming another place ({@code 与“…”重复}) names it in the reader's language.
 */
public record TextPiece(Place place, OutlineNode node, int paragraph, String text, String path) implements Localized {
    /** Where in the report a piece is. */
    public enum Place { TITLE, PREAMBLE, HEADING, BODY, TRAILER, PART }

    private static final Map<String, String> PART_KEYS = Map.of(Parts.DOC_NUMBER, "piece.part.docNumber",
            Parts.WRAPPER, "piece.part.wrapper", Parts.ADDRESSEE, "piece.part.addressee",
            Parts.ATTACHMENT_NOTES, "piece.part.attachmentNotes", Parts.SIGNATURE, "piece.part.signature",
            Parts.DATE, "piece.part.date", Parts.NOTE, "piece.part.note");

    /** The place in Chinese. */
    public String where() {
        return text(Message.CHINESE);
    }

    /** The place in the locale's language; a heading's path is the clerk's own numbering and heading. */
    @Override
    public String text(Locale locale) {
        return switch (place) {
            case TITLE -> Message.format(locale, "piece.title");
            case PREAMBLE -> Message.format(locale, "piece.preamble", paragraph + 1);
            case TRAILER -> Message.format(locale, "piece.trailer", paragraph + 1);
            case HEADING -> path;
            case BODY -> Message.format(locale, "piece.body", path, paragraph + 1);
            case PART -> {
                String part = PART_KEYS.containsKey(path) ? Message.format(locale, PART_KEYS.get(path)) : path;
                yield paragraph < 0 ? part : Message.format(locale, "piece.partLine", part, paragraph + 1);
            }
        };
    }
}
