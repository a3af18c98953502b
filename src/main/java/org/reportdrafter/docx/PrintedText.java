package org.reportdrafter.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.Report;

/**
 * What the export prints of a report's loose text, and where: the page preview asks here too, so the two
 * cannot drift apart.
 */
public final class PrintedText {
    /** How far 署名 and 成文日期 may run into the right margin rather than wrap, in characters (export and preview). */
    public static final double SIGNATURE_GROWS_INTO_MARGIN_CHARS = 2;

    private PrintedText() {
    }

    /** An 附件说明 line: its first line starts {@code lineStart} characters in, its text (and wrap) at {@code textStart}. */
    public record NoteLine(String text, double lineStart, double textStart) {
    }

    /**
     * The preamble lines printed: those that repeat the title or another part of the head (in full-width or
     * half-width brackets and digits, with or without spaces) are not printed twice.
     */
    public static List<String> preamble(Report r) {
        DocumentParts p = r.parts();
        List<String> headParts = new ArrayList<>(List.of(p.docNumber(), p.headline(), p.addressee(), p.author(), p.occasion(), r.title()));
        headParts.addAll(p.titleLines());
        Set<String> head = normalized(headParts);
        List<String> out = new ArrayList<>();
        for (String line : r.preamble()) {
            if (!head.contains(norm(line))) {
                out.add(line);
            }
        }
        return out;
    }

    /** The trailer lines printed: not blank, and not a repeat of the 署名, date, 附注, 附件说明 or 抄送. */
    public static List<String> trailer(Report r) {
        DocumentParts p = r.parts();
        List<String> tailParts = new ArrayList<>(p.signature());
        tailParts.add(SignatureWriter.dateText(r));
        tailParts.add(p.note());
        tailParts.addAll(p.attachmentNotes());
        tailParts.add(p.copyTo());
        tailParts.add("抄送：" + p.copyTo());
        Set<String> tail = normalized(tailParts);
        List<String> out = new ArrayList<>();
        for (String line : r.trailer()) {
            if (!line.isBlank() && !tail.contains(norm(line))) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * 附件说明 as GB/T 9704 sets it: "附件：1.名称" two characters in, a wrapped name under its own first
     * character, and the next "2.名称" under the "1." of the first line.
     */
    public static List<NoteLine> attachmentNotes(List<String> notes) {
        List<NoteLine> out = new ArrayList<>();
        double nameStart = 0; // characters from the left margin where the first attachment's name starts
        for (int i = 0; i < notes.size(); i++) {
            String line = notes.get(i).strip();
            if (i == 0 || line.startsWith("附件")) {
                String lead = leadWord(line);
                out.add(new NoteLine(line, 2, 2 + width(lead + number(line.substring(lead.length())))));
                nameStart = 2 + width(lead);
            } else {
                out.add(new NoteLine(line, nameStart, nameStart + width(number(line))));
            }
        }
        return out;
    }

    /** Width in characters as the export counts it: characters before the CJK blocks are half width. */
    public static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }

    private static String leadWord(String line) {
        int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
        return line.startsWith("附件") && colon > 0 && colon <= 4 ? line.substring(0, colon + 1) : "";
    }

    private static String number(String s) {
        var m = java.util.regex.Pattern.compile("^[0-9０-９]{1,2}[.．、]").matcher(s);
        return m.find() ? m.group() : "";
    }

    private static Set<String> normalized(List<String> texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            String n = norm(t);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Text as compared: full-width and half-width forms folded (a web page's title line writes "(征求意见稿)"
     * where the document has "（征求意见稿）"), spaces dropped.
     */
    private static String norm(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "");
    }
}
