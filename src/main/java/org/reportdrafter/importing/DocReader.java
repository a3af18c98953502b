package org.reportdrafter.importing;

import org.reportdrafter.i18n.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads the paragraphs of a Word 97–2003 .doc. As for .docx, labels made by automatic list numbering are
 * not in the text: they are rendered from the list tables by {@link WordNumbering} and put in front of
 * the paragraph (numbering from the paragraph style is already merged in by HWPF). Lists that share a
 * list definition (LST) continue one count; a list format override (LFO) with a start-at override sets
 * the count anew where it is first used. Tables come out as {@link DocxReader} describes: marker lines, one TAB-joined line per row,
 * cell paragraphs joined by U+2028, nested tables flattened into their cell (one piece per inner row).
 */
final class DocReader {
    private final HWPFDocument doc;
    private final Map<Integer, WordNumbering.Counter> counters = new HashMap<>();
    private final Set<String> started = new HashSet<>();

    DocReader(HWPFDocument doc) {
        this.doc = doc;
    }

    List<String> read(int maxParagraphs, String name) throws ImportException {
        Range range = doc.getRange();
        int n = range.numParagraphs();
        if (n > maxParagraphs) {
            throw new ImportException(Message.of("error.import.tooManyParagraphs", maxParagraphs, String.valueOf(name)));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = table(range, p);
                if (table != null) {
                    rows(table, out);
                    i += Math.max(1, table.numParagraphs()) - 1;
                    continue;
                }
            }
            String line = paragraph(p).strip();
            if (!line.isEmpty()) {
                out.add(line.startsWith("\u2063") ? line.substring(1) : line);
            }
        }
        return out;
    }

    private static Table table(Range range, Paragraph p) {
        try {
            return range.getTable(p);
        } catch (RuntimeException e) {
            return null; // a broken table structure: its paragraphs are read as text
        }
    }

    private void rows(Table table, List<String> out) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> pieces = new ArrayList<>();
                List<String> innerRow = new ArrayList<>();
                for (int k = 0; k < cell.numParagraphs(); k++) {
                    Paragraph q = cell.getParagraph(k);
                    boolean nested = q.getTableLevel() > table.getTableLevel();
                    if (nested && q.isTableRowEnd()) {
                        flush(innerRow, pieces);
                        continue;
                    }
                    String t = paragraph(q).replace(DocxReader.CELL_SEPARATOR, ' ').strip();
                    if (nested) {
                        // a nested table is flattened into this cell: one piece per inner row
                        if (!t.isEmpty()) {
                            innerRow.add(t);
                        }
                        continue;
                    }
                    flush(innerRow, pieces);
                    if (!t.isEmpty()) {
                        pieces.add(t);
                    }
                }
                flush(innerRow, pieces);
                String text = String.join(String.valueOf(DocxReader.CELL_LINE_SEPARATOR), pieces);
                any |= !text.isEmpty();
                cells.add(text);
            }
            if (any) {
                rows.add(String.join(String.valueOf(DocxReader.CELL_SEPARATOR), cells));
            }
        }
        if (!rows.isEmpty()) {
            out.add(DocxReader.TABLE_START);
            out.addAll(rows);
            out.add(DocxReader.TABLE_END);
        }
    }

    private static void flush(List<String> innerRow, List<String> pieces) {
        if (!innerRow.isEmpty()) {
            pieces.add(String.join(" ", innerRow));
            innerRow.clear();
        }
    }

    private String paragraph(Paragraph p) {
        String text = Range.stripFields(p.text()).replace("\u0007", "").replace("\r", "").replace("\n", "")
                .replace("\u000B", "").replace("\u2063", "");
        String label = label(p);
        if (label == null) {
            return text.strip();
        }
        return WordNumbering.join(label, text.strip(), separated(p));
    }

    private static boolean separated(Paragraph p) {
        try {
            return p.getList().getTypeOfCharFollowingTheNumber((char) p.getIlvl()) != 2;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The list label of a paragraph, counted; null when it has none ("" for bullets). */
    private String label(Paragraph p) {
        if (!p.isInList()) {
            return null;
        }
        try {
            HWPFList list = p.getList();
            int level = p.getIlvl();
            if (level < 0 || level >= WordNumbering.LEVELS) {
                return null;
            }
            WordNumbering.Level[] levels = new WordNumbering.Level[WordNumbering.LEVELS];
            int defined = list.getListData().numLevels();
            for (int i = 0; i < WordNumbering.LEVELS && i < defined; i++) {
                levels[i] = level(list, i);
            }
            if (levels[level] == null) {
                return null;
            }
            // one count per list definition (LST); an override's start sets it anew where that list
            // format override (LFO) is first used at that level, as .docx's startOverride does
            Integer restartAt = null;
            if (list.isStartAtOverridden((char) level) && started.add(p.getIlfo() + ":" + level)) {
                restartAt = list.getStartAt((char) level);
            }
            return counters.computeIfAbsent(list.getLsid(), k -> new WordNumbering.Counter())
                    .next(levels, level, restartAt);
        } catch (RuntimeException e) {
            return null; // a broken list definition: the text is still read, without a label
        }
    }

    private static WordNumbering.Level level(HWPFList list, int i) {
        char c = (char) i;
        ListLevel lvl = list.getListData().getLevel(i + 1); // 1-based
        int start = lvl == null ? 1 : Math.max(0, lvl.getStartAt());
        String template = list.getNumberText(c);
        StringBuilder text = new StringBuilder();
        for (int k = 0; template != null && k < template.length(); k++) {
            char ch = template.charAt(k);
            text.append(ch < WordNumbering.LEVELS ? "%" + (ch + 1) : String.valueOf(ch));
        }
        return new WordNumbering.Level(start, WordNumbering.formatName(list.getNumberFormat(c)), text.toString(),
                lvl == null ? -1 : lvl.getRestart(), lvl != null && lvl.isLegalNumbering());
    }
}
