package org.reportdrafter.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportdrafter.docx.PageLayout;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.Table;

/**
 * The report cut into pages as the export prints it (GB/T 9704-2012, values from {@link PageLayout}): 22
 * lines of 28 characters, the title in 2号 (20 to a line), headings in 黑体/楷体, 署名 and date, attachments
 * on new pages, {@code — N —} page numbers. No JavaFX here: it runs off the FX thread and is tested alone.
 */
final class PreviewLayout {
    enum Style { TITLE, SUBTITLE, H1, H2, H3, BODY, TABLE, ATTACHMENT_NAME }

    enum Align { LEFT, CENTER, RIGHT }

    /** One printed line: its text, font, alignment, left indent and right indent in body characters. */
    record Line(String text, Style style, Align align, double indentChars, double rightChars) {
    }

    record Page(int number, List<Line> lines) {
        /** — N —, the page number as printed (odd pages right, even pages left). */
        String pageNumber() {
            return "— " + number + " —";
        }

        boolean odd() {
            return number % 2 == 1;
        }
    }

    static final int LINES = PageLayout.LINES_PER_PAGE;
    static final int CHARS = PageLayout.CHARS_PER_LINE;
    /** Characters of the 2号 title on a line of the 156 mm text block. */
    static final int TITLE_CHARS = (int) Math.floor(CHARS * PageLayout.BODY_PT / PageLayout.TITLE_PT);
    /** 中文 closing punctuation that may not begin a line (Word hangs it at the end of the line before). */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’…—%．,.;:?!)]";

    private final List<Page> pages = new ArrayList<>();
    private List<Line> current = new ArrayList<>();

    private PreviewLayout() {
    }

    static List<Page> pages(Report report) {
        PreviewLayout l = new PreviewLayout();
        l.layout(report);
        return l.pages;
    }

    private void layout(Report r) {
        DocumentParts parts = r.parts();
        if (!parts.docNumber().isEmpty()) {
            add(new Line(parts.docNumber(), Style.BODY, Align.CENTER, 0, 0));
            blank();
        }
        if (!parts.headline().isEmpty()) {
            wrap(parts.headline(), Style.TITLE, Align.CENTER, 0, TITLE_CHARS);
        }
        List<String> titleLines = !parts.titleLines().isEmpty() ? parts.titleLines() : r.title().isBlank() ? List.of() : List.of(r.title().strip());
        for (String t : titleLines) {
            wrap(t, Style.TITLE, Align.CENTER, 0, TITLE_CHARS);
        }
        if (!titleLines.isEmpty()) {
            if (r.settings().export().dateUnderTitle() && r.dateOfIssue() != null) {
                add(new Line("（" + ChineseDates.format(r.dateOfIssue()) + "）", Style.SUBTITLE, Align.CENTER, 0, 0));
            }
            if (!parts.author().isEmpty()) {
                add(new Line(parts.author(), Style.SUBTITLE, Align.CENTER, 0, 0));
            }
            if (!parts.occasion().isEmpty()) {
                add(new Line(parts.occasion(), Style.SUBTITLE, Align.CENTER, 0, 0));
            }
            blank();
        }
        if (!parts.addressee().isEmpty()) {
            paragraph(parts.addressee(), Style.BODY, 0);
        }
        for (String p : parts.wrapper()) {
            paragraph(p, Style.BODY, 2);
        }
        // as the export writes it: web furniture the clerk has not deleted is printed too (the export warns)
        for (String p : r.preamble()) {
            paragraph(p, Style.BODY, 2);
        }
        Map<OutlineNode, String> labels = Labeler.labels(r);
        for (OutlineNode s : r.sections()) {
            node(s, labels);
        }
        tables(r.root().tables());
        for (String p : r.trailer()) {
            if (!isSignatureOrDate(r, p)) {
                paragraph(p, Style.BODY, 2);
            }
        }
        if (!parts.attachmentNotes().isEmpty()) {
            blank();
            for (String p : parts.attachmentNotes()) {
                paragraph(p, Style.BODY, 2);
            }
        }
        signature(r);
        if (!parts.note().isEmpty()) {
            paragraph(parts.note(), Style.BODY, 2);
        }
        int n = 1;
        for (Attachment a : parts.attachments()) {
            newPage();
            add(new Line(a.name().isEmpty() ? "附件" + n : a.name(), Style.ATTACHMENT_NAME, Align.LEFT, 0, 0));
            blank();
            if (!a.title().isEmpty()) {
                wrap(a.title(), Style.TITLE, Align.CENTER, 0, TITLE_CHARS);
                blank();
            }
            for (String p : a.paragraphs()) {
                paragraph(p, Style.BODY, 2);
            }
            // numbered on their own, as in the attachment; copies, so the report's nodes stay where they are
            Report numbered = new Report();
            numbered.setSettings(r.settings());
            for (OutlineNode s : a.sections()) {
                numbered.root().addChild(s.deepCopy());
            }
            Map<OutlineNode, String> al = Labeler.labels(numbered);
            for (OutlineNode s : numbered.sections()) {
                node(s, al);
            }
            tables(a.root().tables());
            n++;
        }
        if (!parts.copyTo().isEmpty() || !parts.issuedBy().isEmpty()) {
            // 版记 stands at the foot of the last page
            int free = LINES - current.size();
            for (int i = 0; i < free - versionLines(parts); i++) {
                blank();
            }
            if (!parts.copyTo().isEmpty()) {
                wrapIndented("抄送：" + parts.copyTo(), Style.BODY, 1, 1);
            }
            if (!parts.issuedBy().isEmpty()) {
                add(new Line(parts.issuedBy() + "　".repeat(Math.max(1, (int) (CHARS - 2 - width(parts.issuedBy())
                        - width(parts.issuedOn() + "印发")))) + parts.issuedOn() + "印发", Style.BODY, Align.LEFT, 1, 1));
            }
        }
        if (!current.isEmpty() || pages.isEmpty()) {
            pages.add(new Page(pages.size() + 1, current));
        }
    }

    private static int versionLines(DocumentParts p) {
        int n = 0;
        if (!p.copyTo().isEmpty()) {
            n += (int) Math.ceil(width("抄送：" + p.copyTo()) / (CHARS - 2));
        }
        return n + (p.issuedBy().isEmpty() ? 0 : 1);
    }

    private void node(OutlineNode n, Map<OutlineNode, String> labels) {
        // an unfilled template prompt is printed as the export prints it (the export lists them and asks)
        {
            List<String> body = n.body();
            String lead = labels.getOrDefault(n, "") + n.heading();
            boolean bodyItem = n.labelMode() == LabelMode.SHI || n.labelMode() == LabelMode.YAO || n.rank() > 4;
            int from = 0;
            if (!lead.isEmpty()) {
                Style s = bodyItem ? Style.BODY : n.rank() <= 1 ? Style.H1 : n.rank() == 2 ? Style.H2 : Style.H3;
                String text = lead;
                if (n.runIn() && !body.isEmpty()) {
                    text = lead + body.get(0);
                    from = 1;
                }
                paragraph(text, s, 2);
            }
            for (int i = from; i < body.size(); i++) {
                paragraph(body.get(i), Style.BODY, 2);
            }
            tables(n.tables());
        }
        for (OutlineNode c : n.children()) {
            node(c, labels);
        }
    }

    private void tables(List<Table> tables) {
        for (Table t : tables) {
            for (List<String> row : t.rows()) {
                wrapIndented(String.join("　", row), Style.TABLE, 0, 0);
            }
        }
    }

    private void signature(Report r) {
        DocumentParts parts = r.parts();
        List<String> signers = new ArrayList<>(parts.signature());
        String date = !parts.dateText().isEmpty() ? parts.dateText()
                : r.dateOfIssue() == null ? "" : ChineseDates.format(r.dateOfIssue());
        if (signers.isEmpty() && r.dateOfIssue() != null && !r.organization().isBlank()) {
            signers.add(r.organization().strip());
        }
        if (signers.isEmpty() && date.isEmpty()) {
            return;
        }
        // as the export: the signature 右空二字, the date starting two characters right of it
        double sigWidth = signers.stream().mapToDouble(PreviewLayout::width).max().orElse(0);
        double dateWidth = width(date);
        double sigRight;
        double dateRight;
        if (signers.isEmpty()) {
            sigRight = 0;
            dateRight = 2;
        } else if (dateWidth > sigWidth) {
            dateRight = 2;
            sigRight = 4 + dateWidth - sigWidth;
        } else {
            sigRight = 2;
            dateRight = sigWidth - dateWidth;
        }
        blank();
        for (String s : signers) {
            add(new Line(s, Style.BODY, Align.RIGHT, 0, sigRight + (sigWidth - width(s))));
        }
        if (!date.isEmpty()) {
            add(new Line(date, Style.BODY, Align.RIGHT, 0, dateRight));
        }
    }

    private static boolean isSignatureOrDate(Report r, String t) {
        String s = t.strip();
        String date = r.dateOfIssue() == null ? null : ChineseDates.format(r.dateOfIssue());
        return s.isEmpty() || (r.dateOfIssue() != null && s.equals(r.organization()))
                || (date != null && (s.equals(date) || s.replaceAll("\\s", "").matches(".*年.*月.*日") && s.length() <= 16));
    }

    private void paragraph(String text, Style style, double firstIndent) {
        List<String> lines = breakLines(text, CHARS - firstIndent, CHARS);
        for (int i = 0; i < lines.size(); i++) {
            add(new Line(lines.get(i), style, Align.LEFT, i == 0 ? firstIndent : 0, 0));
        }
    }

    private void wrapIndented(String text, Style style, double left, double right) {
        for (String l : breakLines(text, CHARS - left - right, CHARS - left - right)) {
            add(new Line(l, style, Align.LEFT, left, right));
        }
    }

    private void wrap(String text, Style style, Align align, double indent, int chars) {
        for (String l : breakLines(text, chars, chars)) {
            add(new Line(l, style, align, indent, 0));
        }
    }

    /** Breaks text into lines of the given widths; closing punctuation never starts a line. */
    static List<String> breakLines(String text, double first, double rest) {
        List<String> out = new ArrayList<>();
        String t = text.strip();
        if (t.isEmpty()) {
            out.add("");
            return out;
        }
        int start = 0;
        double w = 0;
        double cap = first;
        for (int i = 0; i < t.length(); i++) {
            double cw = charWidth(t.charAt(i));
            if (w + cw > cap + 1e-9 && i > start) {
                if (NO_LINE_START.indexOf(t.charAt(i)) >= 0) {
                    // hang the punctuation at the line's end
                    out.add(t.substring(start, i + 1));
                    start = i + 1;
                    w = 0;
                    cap = rest;
                    continue;
                }
                out.add(t.substring(start, i));
                start = i;
                w = 0;
                cap = rest;
            }
            w += cw;
        }
        if (start < t.length()) {
            out.add(t.substring(start));
        }
        return out;
    }

    static double charWidth(char c) {
        return c < 0x2E80 && c != '—' && c != '…' && c != '“' && c != '”' && c != '‘' && c != '’' ? 0.5 : 1;
    }

    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += charWidth(s.charAt(i));
        }
        return w;
    }

    private void blank() {
        if (!current.isEmpty()) {
            add(new Line("", Style.BODY, Align.LEFT, 0, 0));
        }
    }

    private void add(Line l) {
        if (current.size() == LINES) {
            newPage();
            if (l.text().isEmpty()) {
                return; // a blank line does not start a page
            }
        }
        current.add(l);
    }

    private void newPage() {
        if (!current.isEmpty()) {
            pages.add(new Page(pages.size() + 1, current));
            current = new ArrayList<>();
        }
    }
}
