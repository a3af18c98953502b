package org.reportdrafter.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Reads the paragraphs of a Word 97–2003 .doc. As for .docx, labels made by automatic list numbering are
 * not in the text: they are rendered from the list definitions and put in front of the paragraph.
 */
final class DocReader {
    private final HWPFDocument doc;
    private final Map<Integer, int[]> counters = new HashMap<>();

    DocReader(HWPFDocument doc) {
        this.doc = doc;
    }

    List<String> read(int maxParagraphs, String name) throws ImportException {
        Range range = doc.getRange();
        int n = range.numParagraphs();
        if (n > maxParagraphs) {
            throw new ImportException("文档段落过多（超过 " + maxParagraphs + " 段），已拒绝导入：" + name);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            String text = Range.stripFields(p.text()).replace("\u0007", "\u3000").replace("\r", "").replace("\n", "")
                    .replace("\u000B", "").strip();
            String label = label(p);
            if (!text.isEmpty() || !label.isEmpty()) {
                out.add(label + text);
            }
        }
        return out;
    }

    /** The list label of a paragraph, or "" (bullets and broken list definitions give none). */
    private String label(Paragraph p) {
        if (!p.isInList()) {
            return "";
        }
        try {
            HWPFList list = p.getList();
            int level = p.getIlvl();
            if (level < 0 || level > 8) {
                return "";
            }
            int[] c = counters.computeIfAbsent(p.getIlfo(), k -> {
                int[] init = new int[9];
                for (int i = 0; i < 9; i++) {
                    init[i] = start(list, i) - 1;
                }
                return init;
            });
            c[level]++;
            for (int i = level + 1; i < 9; i++) {
                c[i] = start(list, i) - 1;
            }
            if (list.getNumberFormat((char) level) == 23) {
                return ""; // bullet
            }
            String template = list.getNumberText((char) level);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; template != null && i < template.length(); i++) {
                char ch = template.charAt(i);
                if (ch <= 8) {
                    sb.append(DocxReader.format(Math.max(1, c[ch]), formatName(list.getNumberFormat(ch))));
                } else {
                    sb.append(ch);
                }
            }
            return sb.toString();
        } catch (RuntimeException e) {
            return ""; // a broken list definition: the text is still read, without a label
        }
    }

    private static int start(HWPFList list, int level) {
        try {
            return Math.max(0, list.getStartAt((char) level));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** Word 97 number format codes (nfc) as the OOXML names DocxReader formats. */
    static String formatName(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 14, 19 -> "decimalFullWidth";
            case 18, 28 -> "decimalEnclosedCircle";
            case 22 -> "decimalZero";
            case 26 -> "decimalEnclosedFullstop";
            case 27 -> "decimalEnclosedParen";
            case 30, 33, 35, 37, 38, 39 -> "chineseCounting";
            default -> "decimal";
        };
    }
}
