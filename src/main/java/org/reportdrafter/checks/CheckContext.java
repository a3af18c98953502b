package org.reportdrafter.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/** The report as the rules see it: its text pieces in reading order, labels and paths computed once. */
public final class CheckContext {
    private final Report report;
    private final Map<OutlineNode, String> labels;
    private final List<TextPiece> pieces = new ArrayList<>();
    private final Map<OutlineNode, TextPiece> headings = new java.util.IdentityHashMap<>();

    public CheckContext(Report report) {
        this.report = report;
        this.labels = Labeler.labels(report);
        pieces.add(new TextPiece(TextPiece.Place.TITLE, null, -1, report.title(), "标题"));
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
    }

    public Report report() {
        return report;
    }

    public List<TextPiece> pieces() {
        return pieces;
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
