package org.reportdrafter.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/**
 * What a clerk should see before a file goes out: template prompts never filled (each with the label
 * the editor shows, which is also the label exported) and lines that came from a web page's furniture
 * (navigation, copyright), which are exported because they are in the report until the clerk deletes them;
 * and a 署名 without its 成文日期, which GB/T 9704 sets together at the end.
 */
public record ExportReview(List<String> unfilled, List<String> furniture, boolean undated) {
    public ExportReview {
        unfilled = List.copyOf(unfilled);
        furniture = List.copyOf(furniture);
    }

    public ExportReview(List<String> unfilled, List<String> furniture) {
        this(unfilled, furniture, false);
    }

    public static ExportReview of(Report report) {
        List<String> unfilled = new ArrayList<>();
        Map<OutlineNode, String> labels = Labeler.labels(report);
        for (OutlineNode n : report.allNodes()) {
            if (n.guidance()) {
                unfilled.add(describe(labels.getOrDefault(n, ""), n));
            }
        }
        for (Attachment a : report.parts().attachments()) {
            for (OutlineNode n : a.root().subtree()) {
                if (n.guidance()) {
                    unfilled.add(a.name() + "：" + describe("", n));
                }
            }
        }
        // only furniture that will be printed: a page title that repeats the document's title is not
        List<String> furniture = new ArrayList<>();
        List<String> printedBefore = PrintedText.preamble(report);
        report.preamble().subList(0, Math.min(report.clutterBefore(), report.preamble().size())).stream()
                .filter(printedBefore::contains).forEach(furniture::add);
        List<String> printedAfter = PrintedText.trailer(report);
        int keep = Math.max(0, report.trailer().size() - report.clutterAfter());
        report.trailer().subList(keep, report.trailer().size()).stream()
                .filter(printedAfter::contains).forEach(furniture::add);
        boolean signed = report.parts().signature().stream().anyMatch(l -> !l.isBlank());
        return new ExportReview(unfilled, furniture, signed && SignatureWriter.dateText(report).isBlank());
    }

    private static String describe(String label, OutlineNode n) {
        String text = n.heading().isBlank() ? (n.body().isEmpty() ? "（空）" : n.body().get(0)) : n.heading();
        text = text.strip();
        return label + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }

    public boolean clean() {
        return unfilled.isEmpty() && furniture.isEmpty() && !undated;
    }

    /** Items in one line: "甲；乙" even when an item ends a sentence ("甲。；乙" reads as a typo). */
    static String listed(List<String> items) {
        // a fresh template has a dozen prompts or more: the first ones say what is meant, 校对 lists them all
        List<String> shown = items.size() > LISTED ? items.subList(0, LISTED) : items;
        String list = shown.stream().map(i -> i.replaceAll("[。；，、,;.]+$", "")).collect(java.util.stream.Collectors.joining("；"));
        return items.size() > LISTED ? list + "……" : list;
    }

    /** How many items a warning names before it stops with "……" (its count says how many in all). */
    static final int LISTED = 6;

    /** The review as warnings, in Chinese, one per kind. */
    public List<String> warnings() {
        return notes().stream().map(org.reportdrafter.i18n.Localized::chinese).toList();
    }

    /** The review as warnings in the reader's language, one per kind; the listed items are the report's own text. */
    public List<org.reportdrafter.i18n.Localized> notes() {
        List<org.reportdrafter.i18n.Localized> out = new ArrayList<>();
        if (!unfilled.isEmpty()) {
            out.add(org.reportdrafter.i18n.Message.of("warning.export.unfilled", unfilled.size(), listed(unfilled)));
        }
        if (!furniture.isEmpty()) {
            out.add(org.reportdrafter.i18n.Message.of("warning.export.furniture", furniture.size(), listed(furniture)));
        }
        if (undated) {
            out.add(org.reportdrafter.i18n.Message.of("warning.export.undated"));
        }
        return out;
    }
}
