package org.reportdrafter.checks;

import org.reportdrafter.domain.OutlineNode;

/**
 * One checked stretch of text: the title, a preamble or trailer paragraph, a node's heading, or one
 * paragraph of a node's body. {@code paragraph} is the index in the body (or preamble/trailer), -1 for
 * headings and the title. For a {@code PART} of the document ({@link Parts}) {@code path} names the
 * part and {@code paragraph} is the line in it, -1 for a one-line part.
 */
public record TextPiece(Place place, OutlineNode node, int paragraph, String text, String path) {
    /** Where in the report a piece is. */
    public enum Place { TITLE, PREAMBLE, HEADING, BODY, TRAILER, PART }

    public String where() {
        return switch (place) {
            case TITLE -> "标题";
            case PREAMBLE -> "开头第" + (paragraph + 1) + "段";
            case TRAILER -> "结尾第" + (paragraph + 1) + "段";
            case HEADING -> path;
            case BODY -> path + " › 正文第" + (paragraph + 1) + "段";
            case PART -> paragraph < 0 ? path : path + "第" + (paragraph + 1) + "行";
        };
    }
}
