package org.reportdrafter.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reportdrafter.docx.PageLayout;
import org.reportdrafter.docx.TitleBreaker;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.Table;

/**
 * The report cut into pages as the export prints it (GB/T 9704-2012, values from {@link PageLayout}): the
 * export's paragraphs in its order, each set in the export's font for its style and measured with that
 * font's real widths on this machine ({@link PreviewFonts}), broken into lines as the word processor breaks
 * them (closing 。，、 hung at the line's end, other closing marks never starting a line, opening ones never
 * ending one, a Latin word or number never split, Writer's extra space between Chinese and Latin
 * letters or digits), 22 lines a page, a heading kept on the page of the paragraph after it, attachments on
 * new pages, {@code — N —} page numbers. No JavaFX here: it runs off the FX thread and is tested alone.
 */
final class PreviewLayout {
    enum Style { TITLE, SUBTITLE, H1, H2, H3, BODY, TABLE, ATTACHMENT_NAME }

    enum Align { LEFT, CENTER, RIGHT }

    /**
     * One printed line. leftPt: where it starts, in points from the left edge of the text block (LEFT);
     * rightPt: its distance from the right edge (RIGHT). The first headLength characters are a run-in
     * heading set in headFace; xs: each character's offset from the line's start, in points (justified
     * lines spread); width: where the text ends, without punctuation hung past the margin.
     */
    record Line(String text, Style style, Align align, double leftPt, double rightPt, int headLength, Style headStyle,
                PreviewFonts.Face face, PreviewFonts.Face headFace, double sizePt, float[] xs, float width) {
        static Line blank() {
            return new Line("", Style.BODY, Align.LEFT, 0, 0, 0, Style.BODY, null, null, PageLayout.BODY_PT, new float[0], 0);
        }

        /** The left indent in characters of 三号 (the export's unit for first-line indents). */
        double indentChars() {
            return leftPt / PageLayout.BODY_PT;
        }

        PreviewFonts.Face faceAt(int k) {
            return k < headLength ? headFace : face;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && text.equals(l.text) && style == l.style && align == l.align && leftPt == l.leftPt
                    && rightPt == l.rightPt && headLength == l.headLength && headStyle == l.headStyle && face == l.face
                    && headFace == l.headFace && sizePt == l.sizePt && Arrays.equals(xs, l.xs) && width == l.width;
        }

        @Override
        public int hashCode() {
            return text.hashCode() * 31 + style.hashCode() + (int) leftPt + Arrays.hashCode(xs);
        }

        @Override
        public String toString() {
            return style + (headLength > 0 ? "+" + headStyle + ":" + headLength : "") + "@" + leftPt + " " + text;
        }
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
    /** Hung past the right margin when they would start a line (Writer and Word: 标点溢出边界). */
    static final String HANG = "，。、；：？！．,.";
    /** Never start a line: the character before them moves down with them. */
    static final String NO_LINE_START = "）》”’」』】〕〉］｝〗〞)]}·～";
    /** Never end a line: they move down to the text they open. */
    static final String NO_LINE_END = "（《“‘「『【〔〈［｛〖〝([{";
    /**
     * Writer sets a fifth of the font size between a Chinese character and a Latin letter or digit (its
     * autospace, which Word leaves off as the export asks; measured on LibreOffice's PDF).
     */
    private static final double AUTOSPACE_EM = 0.2;

    /** One paragraph of the export: its lines and whether Word keeps it on the page of the next one. */
    private record Para(List<Line> lines, boolean keepNext, boolean pageBreakBefore) {
    }

    private final List<Para> paras = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final ExportPreset preset;
    private final PageLayout layout;
    /** The text block's width in points, as Word has it (twips). */
    private final double textWidth;
    /** One body character with its spacing (15.75 pt): the export's unit for signature indents. */
    private final double charPt;

    private PreviewLayout(Report r) {
        ExportOptions o = r.settings().export();
        ExportPreset p = ExportPreset.builtIn(o.preset());
        preset = (p == null ? ExportPreset.STANDARD : p).withReportOptions(o);
        layout = PageLayout.of(preset);
        textWidth = layout.textWidthTwips() / 20.0;
        charPt = layout.charTwips(preset.bodyPt()) / 20.0;
    }

    static List<Page> pages(Report report) {
        PreviewLayout l = new PreviewLayout(report);
        l.layout(report);
        return l.pages;
    }

    // ---- fonts and sizes of each style, as StyleWriter sets them

    PreviewFonts.Face face(Style s) {
        return switch (s) {
            case TITLE -> PreviewFonts.face(preset.titleFont(), false);
            case H1 -> PreviewFonts.face(preset.heading1Font(), preset.boldHeadings());
            case H2 -> PreviewFonts.face(preset.heading2Font(), preset.boldHeadings());
            case H3 -> PreviewFonts.face(preset.bodyFont(), preset.boldHeadings());
            case SUBTITLE -> PreviewFonts.face(preset.heading2Font(), false);
            case ATTACHMENT_NAME -> PreviewFonts.face(preset.heading1Font(), false);
            default -> PreviewFonts.face(preset.bodyFont(), false);
        };
    }

    private double size(Style s) {
        return s == Style.TITLE ? preset.titlePt() : s == Style.TABLE ? 14 : preset.bodyPt();
    }

    /** Character spacing: the body styles squeeze 28 characters into the line; titles and tables none. */
    private double spacing(Style s) {
        return s == Style.TITLE || s == Style.TABLE ? 0 : layout.charSpacingTwips(preset.bodyPt()) / 20.0;
    }

    // ---- the export's paragraphs, in its order

    private void layout(Report r) {
        DocumentParts parts = r.parts();
        if (!parts.docNumber().isEmpty()) {
            para(parts.docNumber(), Style.BODY, Align.CENTER, 0, 0, 0, true);
            blank();
        }
        String title = r.title().strip();
        boolean any = false;
        if (!parts.headline().isEmpty()) {
            title(parts.headline(), List.of());
            any = true;
            if (!title.isEmpty()) {
                para(title.startsWith("—") ? title : "——" + title, Style.SUBTITLE, Align.CENTER, 0, 0, 0, true);
            }
        } else if (!title.isEmpty()) {
            title(title, parts.titleLines());
            any = true;
        }
        if (r.settings().export().dateUnderTitle() && r.dateOfIssue() != null) {
            para("（" + ChineseDates.format(r.dateOfIssue()) + "）", Style.SUBTITLE, Align.CENTER, 0, 0, 0, true);
        }
        if (!parts.author().isEmpty()) {
            para(parts.author(), Style.SUBTITLE, Align.CENTER, 0, 0, 0, true);
        }
        if (!parts.occasion().isEmpty()) {
            para(parts.occasion(), Style.SUBTITLE, Align.CENTER, 0, 0, 0, true);
        }
        if (any) {
            blank();
        }
        if (!parts.addressee().isEmpty()) {
            para(parts.addressee(), Style.BODY, Align.LEFT, 0, 0, 0, false);
        }
        for (String p : parts.wrapper()) {
            body(p);
        }
        // as the export: web furniture the clerk has not deleted is printed too (the export warns), but a
        // line that repeats the title or another part of the head is not printed twice
        List<String> preamble = org.reportdrafter.docx.PrintedText.preamble(r);
        bodyWithTables(preamble, 0, r.root().tables());
        Map<OutlineNode, String> labels = Labeler.labels(r);
        for (OutlineNode s : r.sections()) {
            node(s, labels);
        }
        for (String t : org.reportdrafter.docx.PrintedText.trailer(r)) {
            body(t);
        }
        attachmentNotes(parts.attachmentNotes());
        signature(r);
        int n = parts.attachments().size();
        int i = 0;
        for (Attachment a : parts.attachments()) {
            i++;
            String name = a.name().isBlank() ? (n == 1 ? "附件" : "附件" + i) : a.name().strip();
            paras.add(new Para(lines(name, Style.ATTACHMENT_NAME, Align.LEFT, 0, 0, 0, 0, null, false), true, true));
            if (!a.title().isBlank()) {
                title(a.title().strip(), List.of());
                blank();
            }
            // numbered on their own, as in the attachment; copies, so the report's nodes stay where they are
            Report numbered = new Report();
            numbered.setSettings(r.settings());
            for (OutlineNode s : a.sections()) {
                numbered.root().addChild(s.deepCopy());
            }
            Map<OutlineNode, String> al = Labeler.labels(numbered);
            bodyWithTables(a.paragraphs(), 0, a.root().tables());
            for (OutlineNode s : numbered.sections()) {
                node(s, al);
            }
        }
        paginate();
        if (preset.printRecord() && (!parts.copyTo().isEmpty() || !parts.issuedBy().isEmpty())) {
            record(parts);
        }
        if (pages.isEmpty()) {
            pages.add(new Page(1, new ArrayList<>()));
        }
    }

    /** The title in 2号, centred: the source's lines where they fit, else broken between words as the export does. */
    private void title(String title, List<String> sourceLines) {
        int max = (int) Math.floor(layout.textWidthTwips() / (preset.titlePt() * 20) + 0.01);
        List<String> ls = sourceLinesFit(title, sourceLines, max) ? sourceLines : TitleBreaker.lines(title, max);
        List<Line> out = new ArrayList<>();
        for (String l : ls) {
            out.addAll(lines(l.strip(), Style.TITLE, Align.CENTER, 0, 0, 0, 0, null, false));
        }
        paras.add(new Para(out, true, false));
    }

    private static boolean sourceLinesFit(String title, List<String> lines, int max) {
        if (lines.size() < 2 || !String.join("", lines).replaceAll("\\s", "").equals(title.replaceAll("\\s", ""))) {
            return false;
        }
        return lines.stream().allMatch(l -> halfWidth(l.strip()) <= max);
    }

    /** The export's count for titles and signatures: a Chinese character one, anything else half. */
    private static double halfWidth(String s) {
        return org.reportdrafter.docx.PrintedText.width(s);
    }

    private void node(OutlineNode n, Map<OutlineNode, String> labels) {
        // an unfilled template prompt is printed as the export prints it (the export lists them and asks)
        List<String> body = n.body();
        String lead = labels.getOrDefault(n, "") + n.heading();
        boolean bodyItem = n.labelMode() == LabelMode.SHI || n.labelMode() == LabelMode.YAO || n.labelMode() == LabelMode.DI
                || n.rank() > 4;
        boolean runIn = (n.runIn() || n.heading().isBlank()) && !body.isEmpty()
                && n.tables().stream().noneMatch(t -> t.position() == 0);
        int from = 0;
        if (!lead.isEmpty()) {
            Style h = n.rank() <= 1 ? Style.H1 : n.rank() == 2 ? Style.H2 : Style.H3;
            if (runIn) {
                // the paragraph is body text; only the heading's words take the heading's font (a character style)
                para(lead + body.get(0), Style.BODY, Align.LEFT, 2 * preset.bodyPt(), 0, bodyItem ? 0 : lead.length(), h, false);
                from = 1;
            } else if (bodyItem) {
                body(lead);
            } else {
                para(lead, h, Align.LEFT, 2 * preset.bodyPt(), 0, 0, h, true);
            }
        }
        bodyWithTables(body, from, n.tables());
        for (OutlineNode c : n.children()) {
            node(c, labels);
        }
    }

    /** Paragraphs from index from, each table before the paragraph at its position, the rest after (as the export). */
    private void bodyWithTables(List<String> body, int from, List<Table> tables) {
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparingInt(Table::position));
        int t = 0;
        for (int i = 0; i < body.size(); i++) {
            while (t < sorted.size() && sorted.get(t).position() <= i) {
                table(sorted.get(t++));
            }
            if (i >= from) {
                body(body.get(i));
            }
        }
        for (; t < sorted.size(); t++) {
            table(sorted.get(t));
        }
    }

    /** A table shown as one line a row (Word draws its grid in 四号; the preview does not). */
    private void table(Table t) {
        for (List<String> row : t.rows()) {
            paras.add(new Para(lines(String.join("　", row), Style.TABLE, Align.LEFT, 0, 0, 0, 0, null, false), false, false));
        }
    }

    private void attachmentNotes(List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        blank();
        for (org.reportdrafter.docx.PrintedText.NoteLine line : org.reportdrafter.docx.PrintedText.attachmentNotes(notes)) {
            paras.add(new Para(lines(line.text(), Style.BODY, Align.LEFT, line.lineStart() * charPt, line.textStart() * charPt, 0, 0, null, false), false, false));
        }
    }

    /** 署名 and date placed by where each line starts, in the export's character unit (SignatureWriter). */
    private void signature(Report r) {
        DocumentParts parts = r.parts();
        List<String> signers = new ArrayList<>();
        for (String s : parts.signature()) {
            if (!s.isBlank()) {
                signers.add(s.strip());
            }
        }
        String date = !parts.dateText().isEmpty() ? parts.dateText()
                : r.dateOfIssue() == null ? "" : ChineseDates.format(r.dateOfIssue());
        if (signers.isEmpty() && date.isEmpty()) {
            note(parts.note());
            return;
        }
        double sigWidth = signers.stream().mapToDouble(PreviewLayout::halfWidth).max().orElse(0);
        double dateWidth = halfWidth(date);
        double sigRight;
        double dateRight;
        if (preset.sealed()) {
            dateRight = 4;
            sigRight = signers.isEmpty() ? 0 : Math.max(2, 4 + (dateWidth - sigWidth) / 2);
            blank();
        } else if (signers.isEmpty()) {
            sigRight = 0;
            dateRight = 2;
        } else if (dateWidth > sigWidth - 2) {
            dateRight = 2;
            sigRight = 4 + dateWidth - sigWidth;
        } else {
            sigRight = 2;
            dateRight = sigWidth - dateWidth;
        }
        blank();
        double line = layout.textWidthTwips() / (charPt * 20);
        double sigStart = Math.round((line - sigRight - sigWidth) * charPt * 20) / 20.0;
        double dateStart = Math.round((line - dateRight - dateWidth) * charPt * 20) / 20.0;
        // as the export: the lines may run into the right margin rather than wrap
        double spare = -org.reportdrafter.docx.PrintedText.SIGNATURE_GROWS_INTO_MARGIN_CHARS * charPt;
        for (String s : signers) {
            paras.add(new Para(lines(s, Style.BODY, Align.LEFT, sigStart, sigStart, spare, 0, null, false), true, false));
        }
        if (!date.isEmpty()) {
            paras.add(new Para(lines(date, Style.BODY, Align.LEFT, dateStart, dateStart, spare, 0, null, false), false, false));
        }
        note(parts.note());
    }

    private void note(String note) {
        if (!note.isEmpty()) {
            body(note.startsWith("（") || note.startsWith("(") ? note : "（" + note + "）");
        }
    }

    /** 版记 at the foot of the last page: 抄送 and 印发, one character in from both sides. */
    private void record(DocumentParts parts) {
        List<Line> rec = new ArrayList<>();
        double in = PageLayout.PAGE_NUMBER_PT;
        if (!parts.copyTo().isEmpty()) {
            rec.addAll(lines("抄送：" + parts.copyTo(), Style.BODY, Align.LEFT, in, in, 0, 0, null, false));
        }
        if (!parts.issuedBy().isEmpty()) {
            String on = parts.issuedOn() + "印发";
            rec.addAll(lines(parts.issuedBy(), Style.BODY, Align.LEFT, in, in, 0, 0, null, false));
            Line by = rec.remove(rec.size() - 1);
            Line date = lines(on, Style.BODY, Align.RIGHT, 0, 0, 0, 0, null, false).get(0);
            int gap = Math.max(1, (int) ((textWidth - 2 * in - by.width() - date.width()) / charPt));
            rec.addAll(lines(parts.issuedBy() + "　".repeat(gap) + on, Style.BODY, Align.LEFT, in, in, 0, 0, null, false));
        }
        List<Line> last = pages.isEmpty() ? null : pages.get(pages.size() - 1).lines();
        if (last == null || last.size() + rec.size() > LINES) {
            last = new ArrayList<>();
            pages.add(new Page(pages.size() + 1, last));
        }
        while (last.size() + rec.size() < LINES) {
            last.add(Line.blank());
        }
        last.addAll(rec);
    }

    private void body(String text) {
        para(text, Style.BODY, Align.LEFT, 2 * preset.bodyPt(), 0, 0, Style.BODY, false);
    }

    private void blank() {
        paras.add(new Para(List.of(Line.blank()), false, false));
    }

    private void para(String text, Style style, Align align, double firstLeft, double rightPt, int headLength, boolean keepNext) {
        para(text, style, align, firstLeft, rightPt, headLength, style, keepNext);
    }

    private void para(String text, Style style, Align align, double firstLeft, double rightPt, int headLength, Style headStyle,
                      boolean keepNext) {
        paras.add(new Para(lines(text, style, align, firstLeft, 0, rightPt, headLength, headStyle, style != Style.TITLE
                && align == Align.LEFT && style != Style.TABLE), keepNext, false));
    }

    // ---- lines

    /**
     * Breaks a paragraph into lines with the fonts' real widths. firstLeft/restLeft: where its first and
     * other lines start (points from the left margin); justified lines but the last are spread to the margin.
     */
    List<Line> lines(String text, Style style, Align align, double firstLeft, double restLeft, double rightPt, int headLength,
                     Style headStyle, boolean justify) {
        String t = text.strip();
        int cut = text.indexOf(t);
        headLength = Math.max(0, Math.min(t.length(), headLength - Math.max(0, cut)));
        Style hs = headStyle == null ? style : headStyle;
        PreviewFonts.Face face = face(style);
        PreviewFonts.Face headFace = face(hs);
        double size = size(style);
        if (t.isEmpty()) {
            return List.of(new Line("", style, align, firstLeft, rightPt, 0, hs, face, headFace, size, new float[0], 0));
        }
        Metrics m = measure(t, headLength, headFace, size(hs), spacing(hs), face, size, spacing(style));
        List<Line> out = new ArrayList<>();
        List<int[]> ranges = breakRanges(t, m, textWidth - firstLeft - rightPt, textWidth - restLeft - rightPt);
        for (int i = 0; i < ranges.size(); i++) {
            int s = ranges.get(i)[0];
            int e = ranges.get(i)[1];
            double left = i == 0 ? firstLeft : restLeft;
            double cap = textWidth - left - rightPt;
            float[] xs = new float[e - s];
            double x = 0;
            int visibleEnd = e;
            if (e - s > 1 && HANG.indexOf(t.charAt(e - 1)) >= 0 && natural(m, s, e) > cap + 0.01) {
                visibleEnd = e - 1; // hung past the margin
            }
            double extra = justify && i < ranges.size() - 1 ? Math.max(0, cap - natural(m, s, visibleEnd)) : 0;
            int gaps = 0;
            for (int k = s; k < visibleEnd - 1; k++) {
                if (m.script[k] == PreviewFonts.ASIAN) {
                    gaps++;
                }
            }
            double spread = gaps == 0 ? 0 : extra / gaps;
            double width = 0;
            for (int k = s; k < e; k++) {
                if (k > s) {
                    x += m.seam[k];
                }
                xs[k - s] = (float) x;
                x += m.adv[k];
                if (k < visibleEnd - 1 && m.script[k] == PreviewFonts.ASIAN) {
                    x += spread;
                }
                if (k == visibleEnd - 1) {
                    width = x;
                }
            }
            int head = Math.max(0, Math.min(e, headLength) - s);
            out.add(new Line(t.substring(s, e), style, align, left, rightPt, head, hs, face, headFace, size, xs, (float) width));
        }
        return out;
    }

    /** Each character's advance in points (with the style's spacing) and the seam space before it. */
    private record Metrics(double[] adv, double[] seam, int[] script, double[] spacing) {
    }

    private static Metrics measure(String t, int headLength, PreviewFonts.Face headFace, double headSize, double headSpacing,
                                   PreviewFonts.Face face, double size, double spacing) {
        int[] script = PreviewFonts.scripts(t);
        double[] adv = new double[t.length()];
        double[] seam = new double[t.length()];
        double[] sp = new double[t.length()];
        for (int k = 0; k < t.length(); k++) {
            boolean head = k < headLength;
            double sz = head ? headSize : size;
            sp[k] = head ? headSpacing : spacing;
            adv[k] = (head ? headFace : face).width(t.charAt(k), script[k]) * sz + sp[k];
            boolean newScript = k > 0 && script[k] != script[k - 1];
            if (newScript || (k > 0 && k == headLength)) {
                // a new portion (another script, or the run-in heading's character style ends): Writer squeezes
                // characters only within a portion, so the last one before it keeps its full width
                seam[k] = -sp[k - 1];
            }
            if (newScript) {
                char latin = script[k] == PreviewFonts.LATIN ? t.charAt(k) : t.charAt(k - 1);
                char asian = script[k] == PreviewFonts.LATIN ? t.charAt(k - 1) : t.charAt(k);
                // between a Chinese character (not a mark) and a Latin letter or digit only
                seam[k] += alnum(latin) && Character.isLetter(asian) ? sz * AUTOSPACE_EM : 0;
            }
        }
        return new Metrics(adv, seam, script, sp);
    }

    /** A letter or a number, ① included. */
    private static boolean alnum(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_NUMBER;
    }

    private static double natural(Metrics m, int s, int e) {
        double w = 0;
        for (int k = s; k < e; k++) {
            w += m.adv[k] + (k > s ? m.seam[k] : 0);
        }
        return w;
    }

    /** [start, end) of each line. */
    private static List<int[]> breakRanges(String t, Metrics m, double first, double rest) {
        // units the line may not split: a Latin word or number (with its Latin punctuation), else one character
        List<int[]> units = new ArrayList<>();
        for (int i = 0; i < t.length(); ) {
            int j = i + 1;
            if (m.script[i] == PreviewFonts.LATIN && t.charAt(i) != ' ') {
                while (j < t.length() && m.script[j] == PreviewFonts.LATIN && t.charAt(j) != ' ') {
                    j++;
                }
            }
            units.add(new int[] {i, j});
            i = j;
        }
        List<int[]> out = new ArrayList<>();
        int start = 0;
        double w = 0;
        double cap = first;
        int u = 0;
        while (u < units.size()) {
            int a = units.get(u)[0];
            int b = units.get(u)[1];
            if (a == start && t.charAt(a) == ' ' && !out.isEmpty()) {
                start = b; // a space at the start of a wrapped line is not printed
                u++;
                continue;
            }
            double uw = natural(m, a, b) + (a > start ? m.seam[a] : 0);
            // the line's last character is not squeezed either (Writer's fit test, measured)
            if (w + uw - m.spacing[b - 1] <= cap + 0.01 || t.charAt(a) == ' ') {
                w += uw;
                u++;
                continue;
            }
            if (a == start) {
                // a word longer than the line: split it where it fills
                int k = a + 1;
                double x = m.adv[a];
                while (k < b && x + m.adv[k] <= cap + 0.01) {
                    x += m.adv[k++];
                }
                out.add(new int[] {start, k});
                units.set(u, new int[] {k, b});
                start = k;
                w = 0;
                cap = rest;
                continue;
            }
            int end;
            if (b - a == 1 && HANG.indexOf(t.charAt(a)) >= 0) {
                end = b; // hung at the line's end
                u++;
            } else {
                int back = u;
                if (NO_LINE_START.indexOf(t.charAt(a)) >= 0 && back > 0 && units.get(back - 1)[0] > start) {
                    back--;
                }
                while (back > 0 && units.get(back - 1)[0] > start && NO_LINE_END.indexOf(t.charAt(units.get(back)[0] - 1)) >= 0) {
                    back--;
                }
                end = units.get(back)[0];
                u = back;
            }
            out.add(new int[] {start, end});
            start = end;
            w = 0;
            cap = rest;
        }
        if (start < t.length()) {
            out.add(new int[] {start, t.length()});
        }
        return out;
    }

    // ---- pages

    /** 22 lines a page; a paragraph kept with the next moves to a new page unless the next one's first line follows it. */
    private void paginate() {
        List<Line> current = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.pageBreakBefore() && !current.isEmpty()) {
                current = newPage(current);
            }
            if (p.keepNext() && !current.isEmpty()) {
                int need = 0;
                int j = i;
                while (j < paras.size() && paras.get(j).keepNext() && (j == i || !paras.get(j).pageBreakBefore())) {
                    need += paras.get(j).lines().size();
                    j++;
                }
                if (j < paras.size() && !paras.get(j).pageBreakBefore()) {
                    need++;
                }
                if (current.size() + need > LINES && need <= LINES) {
                    current = newPage(current);
                }
            }
            for (Line l : p.lines()) {
                if (current.size() == LINES) {
                    current = newPage(current);
                }
                current.add(l);
            }
        }
        if (!current.isEmpty()) {
            pages.add(new Page(pages.size() + 1, current));
        }
    }

    private List<Line> newPage(List<Line> current) {
        pages.add(new Page(pages.size() + 1, current));
        return new ArrayList<>();
    }
}
