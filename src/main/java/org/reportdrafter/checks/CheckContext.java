package org.reportdrafter.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/** The report as the rules see it: its text pieces in reading order, labels and paths computed once. */
public final class CheckContext {
    private final Report report;
    private final Map<OutlineNode, String> labels;
    private final List<TextPiece> pieces = new ArrayList<>();
    private final Map<OutlineNode, TextPiece> headings = new java.util.IdentityHashMap<>();
    private final TermList terms;
    private final LocalDate today;
    private final TextPiece title;
    private TextPiece docNumber;
    private TextPiece date;

    public CheckContext(Report report) {
        this(report, TermList.EMPTY, LocalDate.now());
    }

    public CheckContext(Report report, TermList terms, LocalDate today) {
        this.report = report;
        this.terms = terms;
        this.today = today;
        this.labels = Labeler.labels(report);
        DocumentParts parts = report.parts();
        if (!parts.docNumber().isEmpty()) {
            docNumber = part(Parts.DOC_NUMBER, -1, parts.docNumber());
        }
        title = new TextPiece(TextPiece.Place.TITLE, null, -1, report.title(), "标题");
        pieces.add(title);
        for (int i = 0; i < parts.wrapper().size(); i++) {
            part(Parts.WRAPPER, i, parts.wrapper().get(i));
        }
        if (!parts.addressee().isEmpty()) {
            part(Parts.ADDRESSEE, -1, parts.addressee());
        }
        List<String> pre = report.preamble();
        for (int i = report.clutterBefore(); i < pre.size(); i++) {
            pieces.add(new TextPiece(TextPiece.Place.PREAMBLE, null, i, pre.get(i), "开头"));
        }
        for (OutlineNode n : report.allNodes()) {
            String path = Labeler.path(n, labels);
            TextPiece h = new TextPiece(TextPiece.Place.HEADING, n, -1, n.heading(), path);
            pieces.add(h);
            headings.put(n, h);
            if (!n.guidance()) {
                for (int i = 0; i < n.body().size(); i++) {
                    pieces.add(new TextPiece(TextPiece.Place.BODY, n, i, n.body().get(i), path));
                }
            }
        }
        List<String> tr = report.documentTrailer();
        for (int i = 0; i < tr.size(); i++) {
            pieces.add(new TextPiece(TextPiece.Place.TRAILER, null, i, tr.get(i), "结尾"));
        }
        for (int i = 0; i < parts.attachmentNotes().size(); i++) {
            part(Parts.ATTACHMENT_NOTES, i, parts.attachmentNotes().get(i));
        }
        for (int i = 0; i < parts.signature().size(); i++) {
            part(Parts.SIGNATURE, i, parts.signature().get(i));
        }
        if (!parts.dateText().isEmpty()) {
            date = part(Parts.DATE, -1, parts.dateText());
        }
        if (!parts.note().isEmpty()) {
            part(Parts.NOTE, -1, parts.note());
        }
    }

    private TextPiece part(String name, int line, String text) {
        TextPiece p = new TextPiece(TextPiece.Place.PART, null, line, text, name);
        pieces.add(p);
        return p;
    }

    public Report report() {
        return report;
    }

    public List<TextPiece> pieces() {
        return pieces;
    }

    public TermList terms() {
        return terms;
    }

    /** The day the check runs (a 成文日期 after it is suspicious); fixed in tests. */
    public LocalDate today() {
        return today;
    }

    public TextPiece titlePiece() {
        return title;
    }

    /** The 发文字号 piece, or null. */
    public TextPiece docNumberPiece() {
        return docNumber;
    }

    /** The 成文日期 piece, or null. */
    public TextPiece datePiece() {
        return date;
    }

    public String label(OutlineNode n) {
        return labels.getOrDefault(n, "");
    }

    public TextPiece heading(OutlineNode n) {
        TextPiece p = headings.get(n);
        if (p == null) {
            throw new IllegalArgumentException("node not in report");
        }
        return p;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
