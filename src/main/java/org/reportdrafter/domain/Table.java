package org.reportdrafter.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A table in a report (行事历, 任务清单, indicator tables): rows of cells of plain text. Cell text is
 * never parsed into outline items. {@code position} is the number of text paragraphs of the owning
 * node that stand before the table: the body of a section, the preamble for the report's root, the
 * paragraphs of an attachment's root.
 */
public record Table(List<List<String>> rows, int headerRows, int position) {
    public Table {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        headerRows = Math.max(0, Math.min(headerRows, rows.size()));
        position = Math.max(0, position);
    }

    public Table withPosition(int newPosition) {
        return new Table(rows, headerRows, newPosition);
    }

    public int columnCount() {
        int n = 0;
        for (List<String> r : rows) {
            n = Math.max(n, r.size());
        }
        return n;
    }

    /** All cell text, one cell a line, for search and character counts. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            for (String c : r) {
                if (!c.isEmpty()) {
                    sb.append(c).append('\n');
                }
            }
        }
        return sb.toString();
    }

    public int charCount() {
        int n = 0;
        for (List<String> r : rows) {
            for (String c : r) {
                n += TextStats.countChars(c);
            }
        }
        return n;
    }
}
