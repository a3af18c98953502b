package org.reportdrafter.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.LabelFormat;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportSettings;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.Table;
import org.reportdrafter.importing.Enumerator.Family;

/**
 * Turns the paragraphs of a plan or summary (as typed, pasted from the web, or read from Word) into
 * reports with outline trees.
 *
 * <p>Levels are told apart by enumerator family and by the order in which the families nest in this
 * document, not by a fixed table: an enumerator whose family is already open is a sibling of that
 * open item; a new family opens a level below the current item, but only when its number starts a
 * series (1, or the next number of a series running straight through groups). Anything else stays
 * text: the parser invents no structure.
 */
public final class OutlineParser {
    private static final Pattern DOC_MARKER = Pattern.compile("^第[一二三四五六七八九十百]+篇\\s*[:：]?\\s*(.*)$");
    private static final Pattern PIECE_MARKER = Pattern.compile("^(.{0,40}?)\\s*篇\\s*[0-9]{1,3}$");
    private static final Pattern TOC_LINE = Pattern.compile(".*(…{2,}|\\.{4,}|·{4,}|-{4,}|—{3,}|_{4,})\\s*[0-9]{1,3}\\s*$");
    private static final String END_PUNCT = "。.；;，,：:！!？?、…”\"）)》」』";
    private static final int HEADING_MAX = 50;
    private static final int LEAD_SENTENCE_MAX = 40;
    /** The longest lead before a colon that is a heading of its own (安全、体艺、卫生、后勤等工作重点：). */
    private static final int COLON_LEAD_MAX = 16;
    private static final int UNNUMBERED_HEADING_MAX = 40;

    /** Marks of a table block in the lines a reader gives: see {@link DocxReader}. */
    private static final String TABLE_START = DocxReader.TABLE_START;
    private static final String TABLE_END = DocxReader.TABLE_END;
    /** A table standing among the lines, as a placeholder line: TABLE_REF + its index. */
    private static final String TABLE_REF = "\u2063T";

    /** Parses one source; a page holding several documents (第一篇 …, 篇1 …, several 述职报告) gives several reports. */
    public List<Report> parse(List<String> rawLines, String sourceName) {
        List<Table> tables = new ArrayList<>();
        List<String> lines = tableLines(rawLines, tables);
        lines = OneLineSplitter.split(lines);
        List<Report> reports = new ArrayList<>();
        for (Segment seg : splitAtElisions(split(lines))) {
            Report r = parseDocument(seg, tables);
            r.setSourceFile(sourceName);
            r.setStatus(ReportStatus.PAST);
            reports.add(r);
        }
        return reports;
    }

    /**
     * Cleans the lines and turns table blocks (rows between the reader's table marks, or two or more
     * consecutive lines of TAB-separated cells) into placeholder lines; cell text is never parsed.
     */
    private static List<String> tableLines(List<String> rawLines, List<Table> tables) {
        List<String> flat = new ArrayList<>();
        for (String raw : rawLines) {
            for (String l : raw.split("[\r\n]+")) {
                String t = clean(l);
                if (!t.isEmpty()) {
                    flat.add(t);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            String l = flat.get(i);
            if (l.equals(TABLE_START)) {
                int j = i + 1;
                List<List<String>> rows = new ArrayList<>();
                while (j < flat.size() && !flat.get(j).equals(TABLE_END)) {
                    rows.add(cells(flat.get(j)));
                    j++;
                }
                addTable(rows, tables, out);
                i = j;
                continue;
            }
            if (l.indexOf('\t') > 0 && i + 1 < flat.size() && flat.get(i + 1).indexOf('\t') > 0) {
                int j = i;
                List<List<String>> rows = new ArrayList<>();
                while (j < flat.size() && flat.get(j).indexOf('\t') > 0) {
                    rows.add(cells(flat.get(j)));
                    j++;
                }
                addTable(rows, tables, out);
                i = j - 1;
                continue;
            }
            if (!l.equals(TABLE_END)) {
                out.add(l.replace('\t', ' ').replace('\u2028', ' '));
            }
        }
        return out;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String c : row.split("\t", -1)) {
            cells.add(c.replace('\u2028', '\n').strip());
        }
        while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static void addTable(List<List<String>> rows, List<Table> tables, List<String> out) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> first = rows.get(0);
        int width = 0;
        for (List<String> r : rows) {
            width = Math.max(width, r.size());
        }
        // a header row: as wide as the table, short labels, no numbered items or sentences
        boolean header = rows.size() > 1 && first.size() == width && width > 1
                && first.stream().allMatch(c -> !c.isEmpty() && c.length() <= 12 && !c.contains("。") && Enumerator.at(c) == null);
        tables.add(new Table(rows, header ? 1 : 0, 0));
        out.add(TABLE_REF + (tables.size() - 1));
    }

    static boolean isTableRef(String line) {
        return line.startsWith(TABLE_REF);
    }

    static String clean(String line) {
        String t = line.replace("\u200b", "").replace("\ufeff", "").replace('\u00a0', ' ');
        return t.strip();
    }

    /** Lines of one document; {@code kindHint} names the page's genre for an excerpt whose own title was cut. */
    private record Segment(List<String> lines, int markerIndex, String markerTitle, String kindHint) {
        Segment(List<String> lines, int markerIndex, String markerTitle) {
            this(lines, markerIndex, markerTitle, null);
        }
    }

    private static List<Segment> split(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            var dm = DOC_MARKER.matcher(l);
            var pm = PIECE_MARKER.matcher(l);
            if (dm.matches()) {
                starts.add(i);
                titles.add(dm.group(1).strip());
            } else if (pm.matches() && DocumentMeta.hasKindWord(l)) {
                starts.add(i);
                titles.add(pm.group(1).strip());
            }
        }
        if (starts.isEmpty()) {
            // A page of several people's reports: each starts with its title and the writer's name.
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (isTitleLike(lines.get(i)) && LineShapes.isPersonName(lines.get(i + 1))) {
                    starts.add(i);
                    titles.add(null);
                }
            }
            if (starts.size() < 2) {
                return List.of(new Segment(lines, -1, null));
            }
            List<Segment> segs = new ArrayList<>();
            for (int k = 0; k < starts.size(); k++) {
                int from = k == 0 ? 0 : starts.get(k);
                int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
                segs.add(new Segment(lines.subList(from, to), -1, null));
            }
            return segs;
        }
        List<Segment> segs = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = k == 0 ? 0 : starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            segs.add(new Segment(lines.subList(from, to), starts.get(k) - from, titles.get(k)));
        }
        return segs;
    }

    /** What a site appends to a title: (精), [模版], 十篇. */
    private static final Pattern WEB_TAG = Pattern.compile("\\s*[\\[【(（](精|精选|模版|模板|范文|完整版|通用[0-9]+篇|[0-9一二三四五六七八九十]+篇)[\\]】)）]$");
    private static final Pattern ELISION = Pattern.compile("^(\\.{3,}|…+|。。。+).*");

    /**
     * A page that quotes several documents in excerpts marks the cut with a leading "..." or "……":
     * where what follows starts a new first section (一、 again), the excerpt is another document.
     */
    private static List<Segment> splitAtElisions(List<Segment> segs) {
        List<Segment> out = new ArrayList<>();
        for (Segment seg : segs) {
            List<String> lines = seg.lines;
            int from = 0;
            boolean seenFirst = false;
            for (int i = seg.markerIndex + 1; i < lines.size(); i++) {
                Enumerator e = Enumerator.at(lines.get(i));
                if (e != null && e.number() == 1 && (e.family() == Family.CN_DUN || e.family() == Family.PART)) {
                    seenFirst = true;
                }
                if (!seenFirst || !ELISION.matcher(lines.get(i)).matches()) {
                    continue;
                }
                for (int k = i + 1; k < Math.min(lines.size(), i + 4); k++) {
                    Enumerator next = Enumerator.at(lines.get(k));
                    if (next != null && next.number() == 1 && next.family() == Family.CN_DUN) {
                        out.add(new Segment(lines.subList(from, i), from == 0 ? seg.markerIndex : -1,
                                from == 0 ? seg.markerTitle : null, from == 0 ? seg.kindHint : seg.markerTitle));
                        from = i;
                        seenFirst = false;
                        break;
                    }
                }
            }
            // the excerpt after the cut: its title was left out by the page
            out.add(from == 0 ? seg : new Segment(lines.subList(from, lines.size()), -1, null, seg.markerTitle));
        }
        return out;
    }

    private Report parseDocument(Segment seg, List<Table> tables) {
        List<String> lines = seg.lines;
        int n = lines.size();
        Report report = new Report();
        DocumentParts parts = report.parts();

        // Site furniture at the very start and end of the page, by the shape of whole lines.
        int a = seg.markerIndex + 1;
        int b = n;
        while (b > a && (LineShapes.isFurniture(lines.get(b - 1)) || LineShapes.isRule(lines.get(b - 1)))) {
            b--;
        }
        int lead = 0;
        while (lead < a || lead < b && LineShapes.isFurniture(lines.get(lead))) {
            lead++;
        }
        a = lead;

        int firstEnum = b;
        for (int i = a; i < b; i++) {
            String l = lines.get(i);
            Enumerator e = TOC_LINE.matcher(l).matches() ? null : Enumerator.at(l);
            if (e != null && e.end() < l.length()) {
                firstEnum = i;
                break;
            }
        }

        // The title: the last title-like line before the body (earlier copies are the page's heading).
        int titleIndex = -1;
        int searchEnd = firstEnum == b ? Math.min(b, a + 12) : firstEnum;
        for (int i = a; i < searchEnd; i++) {
            if (isTitleLike(lines.get(i)) || i > a && lines.get(i).startsWith("——") && lines.get(i).length() > 3) {
                titleIndex = i;
            }
        }
        int headEnd = a;
        int titleFrom = titleIndex;
        List<String> furnitureAfterTitle = new ArrayList<>();
        String title;
        if (titleIndex >= 0) {
            String t = lines.get(titleIndex);
            List<String> titleLines = new ArrayList<>();
            if (t.startsWith("——")) {
                // slogan lines above a ——… line: the slogan is the main title, the —— line names the document
                int s = titleIndex;
                while (s - 1 >= a && titleIndex - (s - 1) <= 3 && isSloganLine(lines.get(s - 1))) {
                    s--;
                }
                parts.setHeadline(String.join("", lines.subList(s, titleIndex)).strip());
                titleFrom = s;
                t = t.replaceFirst("^——+\\s*", "");
            } else if (titleIndex - 1 >= a && isTitleContinuation(lines.get(titleIndex - 1), t)) {
                titleFrom = titleIndex - 1;
                titleLines.add(lines.get(titleIndex - 1));
                t = lines.get(titleIndex - 1) + t;
            }
            titleLines.add(lines.get(titleIndex).replaceFirst("^——+\\s*", ""));
            StringBuilder full = new StringBuilder(t);
            int i = titleIndex + 1;
            while (i < b && LineShapes.isStageNote(lines.get(i))) {
                titleLines.add(lines.get(i));
                full.append(lines.get(i));
                i++;
            }
            title = full.toString();
            if (titleLines.size() > 1) {
                parts.titleLines().addAll(titleLines);
            }
            if (i < b && LineShapes.isOccasion(lines.get(i))) {
                parts.setOccasion(lines.get(i));
                i++;
            }
            if (i < b && LineShapes.isAuthorLine(lines.get(i)) && !isTitleLike(lines.get(i))) {
                parts.setAuthor(lines.get(i).replaceAll("\\s{2,}", " "));
                i++;
                if (i < b && parts.occasion().isEmpty() && LineShapes.isOccasion(lines.get(i))) {
                    parts.setOccasion(lines.get(i));
                    i++;
                }
            }
            if (i < b && LineShapes.isAddressee(lines.get(i))) {
                parts.setAddressee(lines.get(i));
                i++;
            }
            while (i < b && LineShapes.isFurniture(lines.get(i))) {
                furnitureAfterTitle.add(lines.get(i)); // 发布时间：… 浏览次数：… under a web page's title
                i++;
            }
            headEnd = i;
        } else if (seg.markerTitle != null) {
            title = seg.markerTitle;
            headEnd = a;
            titleFrom = a;
        } else {
            title = "";
            titleFrom = a;
            headEnd = a;
            if (a < b && LineShapes.isAddressee(lines.get(a))) {
                parts.setAddressee(lines.get(a));
                headEnd = a + 1;
            }
        }
        // 发文字号 and a wrapping notice stand between the page's start and the title.
        int clutterBefore = lead;
        List<String> beforeTitle = new ArrayList<>(lines.subList(a, Math.max(a, titleFrom)));
        for (String l : beforeTitle) {
            if (LineShapes.isDocNumber(l) && parts.docNumber().isEmpty()) {
                parts.setDocNumber(l);
            }
        }
        boolean wrapper = beforeTitle.stream().anyMatch(l -> LineShapes.isAddressee(l) || DocumentMeta.isDateLine(l)
                || l.matches("^(各|全体|全校)[^，。：:]{0,20}[：:].+") || l.matches("^关于.{4,80}的(通知|通报|决定|函)$")
                || l.matches("^(现将|现把|兹将|特将).*") || l.matches(".*(印发给你们|请认真贯彻|请遵照执行|请结合实际|如下[：:，,。]).*"));
        if (wrapper) {
            for (String l : beforeTitle) {
                if (!l.equals(parts.docNumber())) {
                    parts.wrapper().add(l);
                }
            }
        } else {
            for (String l : beforeTitle) {
                if (!l.equals(parts.docNumber())) {
                    report.preamble().add(l);
                    clutterBefore++;
                }
            }
        }
        report.setTitle(title == null ? "" : WEB_TAG.matcher(title.strip()).replaceAll(""));
        String name = stripNotes(report.title());
        String named = name.isEmpty() && seg.kindHint != null ? seg.kindHint : name;
        parts.setGenre(DocumentMeta.genre(named));
        report.setKind(DocumentMeta.kind(named));
        report.setYear(DocumentMeta.year(report.title()));
        report.setOrganization(DocumentMeta.organization(name));
        for (int i = 0; i < lead; i++) {
            report.preamble().add(i, lines.get(i));
        }
        boolean allClutter = report.preamble().size() == clutterBefore;
        report.preamble().addAll(furnitureAfterTitle);
        if (allClutter) {
            clutterBefore += furnitureAfterTitle.size();
        }

        // The tail: 版记, attachments, 附注, 成文日期, 落款 and 附件说明, read from the end.
        int end = b;
        while (end > headEnd && lines.get(end - 1).startsWith(report.title()) && !report.title().isEmpty()
                && lines.get(end - 1).length() <= report.title().length() + 6) {
            end--; // the page heading repeated under the article
        }
        List<String> clutterTail = new ArrayList<>(lines.subList(end, n));
        int tail = end;
        while (tail > headEnd) {
            String l = lines.get(tail - 1);
            String copy = LineShapes.copyTo(l);
            String[] issued = LineShapes.issued(l);
            if (copy != null) {
                parts.setCopyTo(copy);
            } else if (issued != null) {
                parts.setIssuedBy(issued[0]);
                parts.setIssuedOn(issued[1]);
            } else if (!LineShapes.isRule(l)) {
                break;
            }
            tail--;
        }
        int attachAt = -1;
        for (int i = Math.max(headEnd, firstEnum == b ? headEnd : firstEnum); i < tail; i++) {
            boolean tableAfterNote = LineShapes.isAttachmentNote(lines.get(i)) && i + 1 < tail && isTableRef(lines.get(i + 1));
            if ((LineShapes.isAttachmentHead(lines.get(i)) || tableAfterNote) && i + 1 < tail) {
                attachAt = i;
                break;
            }
        }
        List<String> attachmentLines = attachAt >= 0 ? lines.subList(attachAt, tail) : List.of();
        if (attachAt >= 0) {
            tail = attachAt;
        }
        int bodyEnd = parts.dateText().isEmpty() ? signatureAndDate(lines, headEnd, tail, report) : tail;
        for (int i = bodyEnd - 1; i >= Math.max(headEnd, bodyEnd - 12); i--) {
            if (LineShapes.isAttachmentNote(lines.get(i))) {
                List<String> notes = new ArrayList<>(lines.subList(i, bodyEnd));
                if (notes.get(0).strip().matches("附件?\\s*[：:]")) {
                    notes.remove(0); // 附件： alone, its list below: the list is the 附件说明
                }
                parts.attachmentNotes().addAll(notes);
                bodyEnd = i;
                break;
            }
        }
        if (parts.dateText().isEmpty() && parts.signature().isEmpty()) {
            bodyEnd = signatureAndDate(lines, headEnd, bodyEnd, report); // 落款 and date above the 附件说明
        }
        if (!attachmentLines.isEmpty()) {
            readAttachments(attachmentLines, tables, parts); // after the 附件说明, which names them
        }
        if (report.year() == null && !parts.dateText().isEmpty()) {
            report.setYear(DocumentMeta.dateYear(parts.dateText()));
        }
        for (int i = parts.wrapper().size() - 1; i >= 0 && report.year() == null; i--) {
            if (DocumentMeta.isDateLine(parts.wrapper().get(i))) {
                report.setYear(DocumentMeta.dateYear(parts.wrapper().get(i)));
            }
        }
        if (report.organization().isEmpty() && !parts.signature().isEmpty()
                && DocumentMeta.isSignature(parts.signature().get(0))) {
            report.setOrganization(parts.signature().get(0));
        }

        BodyParser body = new BodyParser(report, tables);
        List<String> bodyLines = lines.subList(Math.min(headEnd, bodyEnd), bodyEnd);
        int appended = appendedPart(bodyLines, 2);
        if (appended > 0) {
            // an appended program or list under its own heading (2016年高一军训开营式程序 + 一、…): an attachment
            List<Attachment> after = new ArrayList<>(parts.attachments());
            parts.attachments().clear();
            DocumentParts holder = new DocumentParts();
            readAttachment("", bodyLines.get(appended - 1), bodyLines.subList(appended, bodyLines.size()), tables, holder);
            parts.attachments().addAll(holder.attachments());
            parts.attachments().addAll(after);
            bodyLines = bodyLines.subList(0, appended - 1);
        }
        body.asText.addAll(tableOfContents(bodyLines));
        body.parse(bodyLines);
        if (parts.dateText().isEmpty()) {
            // 落款 and date set under the title, before the first section
            List<String> pre = report.preamble();
            for (int i = clutterBefore; i + 1 < pre.size(); i++) {
                if (DocumentMeta.isSignature(pre.get(i)) && DocumentMeta.isDateLine(pre.get(i + 1))) {
                    parts.signature().add(pre.get(i));
                    parts.setDateText(pre.get(i + 1));
                    report.setDateOfIssue(DocumentMeta.date(pre.get(i + 1)));
                    pre.subList(i, i + 2).clear();
                    break;
                }
            }
        }
        report.trailer().addAll(clutterTail);
        report.setClutterBefore(clutterBefore);
        report.setClutterAfter(clutterTail.size());
        return report;
    }

    /**
     * A table of contents without page numbers: a run of two or more short numbered heading lines,
     * each standing again later in the document. They stay text, so they make no sections.
     */
    static java.util.Set<Integer> tableOfContents(List<String> lines) {
        java.util.Set<Integer> toc = new java.util.HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isContentsEntry(lines.get(j))) {
                j++;
            }
            if (j - i >= 2) {
                boolean all = true;
                for (int k = i; k < j && all; k++) {
                    all = lines.subList(j, lines.size()).contains(lines.get(k));
                }
                if (all) {
                    for (int k = i; k < j; k++) {
                        toc.add(k);
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return toc;
    }

    private static boolean isContentsEntry(String l) {
        Enumerator e = Enumerator.at(l);
        return e != null && e.end() < l.length() && l.length() <= 40 && !endsWithSentence(l);
    }

    /** 附注, 成文日期 and 落款 read upwards from {@code end}; returns where the body ends. */
    private static int signatureAndDate(List<String> lines, int headEnd, int end, Report report) {
        DocumentParts parts = report.parts();
        int bodyEnd = end;
        if (bodyEnd > headEnd && LineShapes.isNote(lines.get(bodyEnd - 1))) {
            parts.setNote(lines.get(bodyEnd - 1));
            bodyEnd--;
        }
        if (bodyEnd > headEnd && DocumentMeta.isDateLine(lines.get(bodyEnd - 1))) {
            String d = lines.get(bodyEnd - 1);
            parts.setDateText(d);
            report.setDateOfIssue(DocumentMeta.date(d));
            bodyEnd--;
            int s = bodyEnd;
            while (s > headEnd && bodyEnd - s < 3 && LineShapes.isSignatureLine(lines.get(s - 1))) {
                s--;
            }
            parts.signature().addAll(lines.subList(s, bodyEnd));
            return s;
        }
        if (bodyEnd > headEnd && DocumentMeta.isSignature(lines.get(bodyEnd - 1))) {
            parts.signature().add(lines.get(bodyEnd - 1));
            bodyEnd--;
        }
        return bodyEnd;
    }

    /** Attachments: each from its 附件N line, with its title on the next line and its content parsed like a body. */
    private void readAttachments(List<String> lines, List<Table> tables, DocumentParts parts) {
        // titles listed in the 附件说明 find an attachment whose 附件N line the page lost
        List<String> listed = new ArrayList<>();
        for (String note : parts.attachmentNotes()) {
            String t = note.replaceFirst("^附件?\\s*[：:]\\s*", "");
            Enumerator e = Enumerator.at(t);
            listed.add(e == null ? t.strip() : t.substring(e.end()).strip());
        }
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            while (j < lines.size() && !LineShapes.isAttachmentHead(lines.get(j))
                    && !(LineShapes.isAttachmentNote(lines.get(j)) && j + 1 < lines.size() && isTableRef(lines.get(j + 1)))
                    && !(j > i + 2 && listed.contains(lines.get(j).strip()))) {
                j++;
            }
            String[] head;
            if (LineShapes.isAttachmentHead(lines.get(i))) {
                head = LineShapes.attachmentHead(lines.get(i));
            } else if (listed.contains(lines.get(i).strip()) && !LineShapes.isAttachmentNote(lines.get(i))) {
                int n = listed.indexOf(lines.get(i).strip()) + 1;
                readAttachment("附件" + n, lines.get(i).strip(), lines.subList(i + 1, j), tables, parts);
                i = j;
                continue;
            } else {
                head = lines.get(i).split("[：:]", 2); // 附：活动安排表 over a table
            }
            String name = head[0].strip();
            int k = i + 1;
            String attTitle = head.length > 1 ? head[1].strip() : "";
            if (attTitle.isEmpty() && k < j && !isTableRef(lines.get(k)) && lines.get(k).length() <= 60 && !endsWithSentence(lines.get(k))
                    && Enumerator.at(lines.get(k)) == null) {
                attTitle = lines.get(k);
                k++;
                while (k < j && LineShapes.isStageNote(lines.get(k))) {
                    attTitle += lines.get(k);
                    k++;
                }
            }
            List<String> content = lines.subList(k, j);
            int appended = appendedPart(content, 0);
            if (appended > 1) {
                readAttachment(name, attTitle, content.subList(0, appended - 1), tables, parts);
                readAttachment("", content.get(appended - 1), content.subList(appended, content.size()), tables, parts);
            } else {
                readAttachment(name, attTitle, content, tables, parts);
            }
            i = j;
        }
    }

    private void readAttachment(String name, String title, List<String> content, List<Table> tables, DocumentParts parts) {
        Attachment att = new Attachment(name, title);
        Report holder = new Report();
        new BodyParser(holder, tables).parse(content);
        att.paragraphs().addAll(holder.preamble());
        att.paragraphs().addAll(holder.trailer());
        att.root().setTables(holder.root().tables());
        for (OutlineNode c : new ArrayList<>(holder.sections())) {
            c.detach();
            // an attachment is numbered with the report's style: its top items keep the rank their own
            // enumerators have in the 公文 order (1. stays 1., not 一、)
            Enumerator e = c.sourceLabel().isEmpty() ? null : Enumerator.at(c.sourceLabel() + "项");
            int rank = e == null || e.family().format == null ? 1 : gongwenRank(e.family());
            if (c.labelMode() == LabelMode.AUTO && rank > 1 + c.rankSkip()) {
                c.setRankSkip(rank - 1);
            }
            att.root().addChild(c);
        }
        parts.attachments().add(att);
    }

    private static int gongwenRank(Family f) {
        return switch (f.series()) {
            case CN_PAREN -> 2;
            case AR_DOT, AR_DUN -> 3;
            case AR_PAREN, CIRCLED -> 4;
            default -> 1;
        };
    }

    /**
     * Where the top-level 一、 series starts again at 一、 under a heading line of its own after the body
     * has run to 二、 or further, or -1: that heading opens an appended part, not more of the body.
     */
    static int appendedPart(List<String> lines, int minTop) {
        int top = 0;
        Family first = null;
        for (int i = 0; i < lines.size(); i++) {
            Enumerator e = Enumerator.at(lines.get(i));
            if (e == null) {
                continue;
            }
            if (first == null) {
                first = e.family();
            }
            if (e.family() != Family.CN_DUN || first != Family.CN_DUN) {
                continue;
            }
            if (e.number() == top + 1 && !(minTop == 0 && top == 0 && i > 1 && isHeadingBefore(lines, i))) {
                top = e.number();
            } else if (e.number() == 1 && top >= minTop && i > 1) {
                String prev = lines.get(i - 1);
                if (prev.length() >= 4 && prev.length() <= 30 && !endsWithPunct(prev) && Enumerator.at(prev) == null
                        && !isTableRef(prev) && !LineShapes.isFurniture(prev)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isHeadingBefore(List<String> lines, int i) {
        String prev = lines.get(i - 1);
        return prev.length() >= 4 && prev.length() <= 30 && !endsWithPunct(prev) && Enumerator.at(prev) == null
                && !isTableRef(prev) && !LineShapes.isFurniture(prev);
    }

    /** The title without its stage notes, for reading genre and organization. */
    private static String stripNotes(String title) {
        return title.replaceAll("[（(](征求意见稿|讨论稿|送审稿|审议稿|草案|草稿|修改稿|修订稿|初稿|定稿|有修改|精)[）)]", "").strip();
    }

    private static boolean isSloganLine(String l) {
        return l.length() >= 4 && l.length() <= 40 && !endsWithPunct(l) && !l.contains("——") && Enumerator.at(l) == null
                && !LineShapes.isFurniture(l) && !DocumentMeta.isDateLine(l) && !LineShapes.isAddressee(l);
    }

    /** The first line of a title broken over two lines: short, no genre word of its own, no punctuation. */
    private static boolean isTitleContinuation(String prev, String title) {
        return prev.length() <= 30 && title.length() <= 30 && prev.length() >= 2 && !endsWithPunct(prev)
                && !DocumentMeta.hasKindWord(prev) && Enumerator.at(prev) == null && !LineShapes.isFurniture(prev)
                && !LineShapes.isDocNumber(prev) && !DocumentMeta.isDateLine(prev) && !prev.endsWith("文件")
                && !LineShapes.isAddressee(prev) && !isTableRef(prev) && !prev.matches(".*[\\s：:].*");
    }

    private static boolean isTitleLike(String l) {
        String bare = l.replaceAll("([（(][^（）()]{1,12}[）)])+$", "");
        return l.length() <= 60 && bare.length() >= 4 && !endsWithPunct(bare) && DocumentMeta.hasKindWord(l)
                && !DOC_MARKER.matcher(l).matches() && !LineShapes.isFurniture(l) && Enumerator.at(l) == null
                && !isTableRef(l) && !LineShapes.isAttachmentNote(l);
    }

    static boolean endsWithSentence(String l) {
        return !l.isEmpty() && "。；;！!？?…”\"".indexOf(l.charAt(l.length() - 1)) >= 0;
    }

    static boolean endsWithPunct(String l) {
        return !l.isEmpty() && END_PUNCT.indexOf(l.charAt(l.length() - 1)) >= 0;
    }

    /** The stack machine over body lines. */
    private static final class BodyParser {
        private final Report report;
        private final List<Table> tables;
        /** Closing paragraphs after the last section (总之，…): held until the document ends or a next section comes. */
        private final List<String> closing = new ArrayList<>();
        /** Lines that stay text whatever they start with (a table of contents). */
        final java.util.Set<Integer> asText = new java.util.HashSet<>();
        private boolean inClosing;
        private final List<Frame> stack = new ArrayList<>();
        private final Map<Family, Integer> lastInSeries = new EnumMap<>(Family.class);
        private final Map<OutlineNode, Family> familyOf = new IdentityHashMap<>();
        private final Map<OutlineNode, Integer> numberOf = new IdentityHashMap<>();

        private static final class Frame {
            final Family family;
            int last;
            final OutlineNode node;

            Frame(Family family, int last, OutlineNode node) {
                this.family = family;
                this.last = last;
                this.node = node;
            }
        }

        BodyParser(Report report, List<Table> tables) {
            this.report = report;
            this.tables = tables;
            stack.add(new Frame(null, 0, report.root()));
        }

        void parse(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String prev = i > 0 ? lines.get(i - 1) : null;
                String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                if (asText.contains(i)) {
                    appendBody(line);
                    continue;
                }
                if (inClosing) {
                    Enumerator e = Enumerator.at(line);
                    if (e != null && isNextTopLevel(e)) {
                        // not a closing after all: the document goes on with its next section
                        inClosing = false;
                        List<String> held = new ArrayList<>(closing);
                        closing.clear();
                        for (String h : held) {
                            line(h, null, line);
                        }
                    } else {
                        closing.add(line);
                        continue;
                    }
                } else if (isClosingLead(line) && stack.size() > 1 && report.sections().size() >= 2 && prev != null
                        && endsWithSentence(prev) && hasContent(stack.get(1).node)) {
                    inClosing = true;
                    closing.add(line);
                    continue;
                }
                line(line, prev, next);
            }
            report.trailer().addAll(0, trailingClosing());
            report.trailer().addAll(closing);
            assignRanks();
        }

        private static final Pattern CLOSING_END = Pattern.compile(
                "^(同志们|老师们|各位[^，,]{0,6}|朋友们)[，,！!].*|^(衷心|特别|最后，?)?感谢.*|^.{0,12}特别要感谢.*|^(总之|综上|总而言之|以上|我将|我们将|今后|在新的一年|新的一年|展望|回顾|当前[，,]).*");

        /**
         * Paragraphs after the last item of the last section that close the document (我将诚恳接受…,
         * 同志们，…, 感谢…): found once the whole body is read, they leave the item they were appended to.
         */
        private List<String> trailingClosing() {
            if (report.sections().isEmpty() || inClosing) {
                return List.of();
            }
            OutlineNode last = report.sections().get(report.sections().size() - 1);
            while (!last.children().isEmpty()) {
                last = last.children().get(last.children().size() - 1);
            }
            if (last.depth() == 1 && report.sections().size() < 2) {
                return List.of();
            }
            List<String> body = last.body();
            boolean runIn = last.heading().isEmpty() || last.runIn();
            int own = runIn ? 1 : 0; // the item's own paragraph stays
            int from = -1;
            for (int i = body.size() - 1; i >= Math.max(own, 1); i--) {
                if (CLOSING_END.matcher(body.get(i)).matches()) {
                    from = i;
                }
            }
            if (from < 0 || !last.tables().isEmpty()) {
                return List.of();
            }
            if (runIn) {
                // an item is one paragraph: what follows it closes the document, except text that
                // answers the items (针对以上不足，…)
                from = own;
                while (from < body.size() && body.get(from).matches("^(针对|对此|为此|对于以上|鉴于|对照).*")) {
                    from++;
                }
            }
            List<String> moved = new ArrayList<>(body.subList(from, body.size()));
            body.subList(from, body.size()).clear();
            return moved;
        }

        /** Families that lead a paragraph in words: 一是, 一要, 第一，. */
        private static boolean isLeadFamily(Family f) {
            return f == Family.SHI || f == Family.YAO || f == Family.DI;
        }

        private static boolean hasContent(OutlineNode section) {
            return !section.children().isEmpty() || !section.body().isEmpty();
        }

        private boolean isNextTopLevel(Enumerator e) {
            Frame top = stack.size() > 1 ? stack.get(1) : null;
            return top != null && top.family != null && top.family.series() == e.family().series() && e.number() == top.last + 1;
        }

        private void line(String line, String prev, String next) {
            if (isTableRef(line)) {
                Table t = tables.get(Integer.parseInt(line.substring(TABLE_REF.length())));
                OutlineNode node = top().node;
                int position = node == report.root() ? report.preamble().size() : node.body().size();
                node.addTable(t.withPosition(position));
                return;
            }
            Enumerator e = TOC_LINE.matcher(line).matches() ? null : Enumerator.at(line);
            if (e != null && place(e, line)) {
                OutlineNode node = top().node;
                String rest = line.substring(e.end()).strip();
                int split = findSplit(rest);
                String own = split < 0 ? rest : rest.substring(0, split).strip();
                fill(node, own);
                if (split >= 0) {
                    line(rest.substring(split).strip(), null, next);
                }
                return;
            }
            boolean named = line.matches("^(前|引|序)\\s*言$|^结\\s*(束\\s*)?语$");
            if (next != null && (named || (prev == null ? stack.size() == 1 && report.sections().isEmpty() && !report.title().isEmpty()
                    : isParagraph(prev)) && isUnnumberedHeading(line, next))) {
                openUnnumbered(line);
                return;
            }
            int split = findSplit(line);
            String own = split < 0 ? line : line.substring(0, split).strip();
            appendBody(own);
            if (split >= 0) {
                line(line.substring(split).strip(), null, next);
            }
        }

        private Frame top() {
            return stack.get(stack.size() - 1);
        }

        private int findOpen(Family series) {
            for (int i = stack.size() - 1; i >= 1; i--) {
                if (stack.get(i).family.series() == series) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether the enumerator would be accepted as an item in the current state. */
        private boolean acceptable(Enumerator e) {
            Family series = e.family().series();
            int open = findOpen(series);
            if (open >= 0) {
                Frame f = stack.get(open);
                // Same family: the next number, a repeat, one skipped, or a restart. A jump (二 then 九)
                // is damaged text, not an item. Another form of an open series (1. under ⒈)
                // continues it only with the next number.
                int n = e.number();
                if (f.family == e.family()) {
                    return n == 1 || (n >= f.last && n <= f.last + 2);
                }
                return n == f.last + 1 || n == 1;
            }
            return e.number() == 1 || lastInSeries.getOrDefault(series, 0) == e.number() - 1;
        }

        /** Puts a new node for the enumerator on the stack; false if it must stay text. */
        private boolean place(Enumerator e, String line) {
            if (!acceptable(e)) {
                return false;
            }
            int second = line.indexOf(e.family() == Family.SHI ? "二是" : e.family() == Family.YAO ? "二要" : "第二，", e.end());
            int again = line.indexOf(e.label(), e.end()); // a nested 一是…二是… of its own inside the item
            if (e.number() == 1 && isLeadFamily(e.family()) && second >= 0 && (again < 0 || again > second)) {
                return false; // 一是…，二是…，三是… inside one paragraph: an enumeration in a sentence, not items
            }
            Family series = e.family().series();
            if (stack.size() > 1 && top().family == Family.UNNUMBERED && top().node.heading().matches("^(前|引|序)\\s*言$")) {
                stack.remove(stack.size() - 1); // a foreword holds text, not the parts that follow it
            }
            if (e.number() == 1 && isLeadFamily(series) && stack.size() > 1 && isLeadFamily(top().family) && top().family != series) {
                stack.remove(stack.size() - 1); // 一要… after 五是…: a new run beside the last, not inside its item
            }
            int open = findOpen(series);
            Frame f = open >= 0 ? stack.get(open) : null;
            boolean sibling = f != null && (f.family == e.family() || e.number() == f.last + 1);
            if (sibling) {
                while (stack.size() > open) {
                    stack.remove(stack.size() - 1);
                }
            }
            OutlineNode node = new OutlineNode();
            node.setSourceLabel(e.label());
            node.setLabelMode(switch (e.family()) {
                case SHI -> LabelMode.SHI;
                case YAO -> LabelMode.YAO;
                case DI -> LabelMode.DI;
                default -> LabelMode.AUTO;
            });
            top().node.addChild(node);
            stack.add(new Frame(e.family(), e.number(), node));
            lastInSeries.put(series, e.number());
            familyOf.put(node, e.family());
            numberOf.put(node, e.number());
            return true;
        }

        /** Where an inline enumerator continuing an open series starts a new item inside the text, or -1. */
        private int findSplit(String text) {
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean enclosed = (c >= '\u3220' && c <= '\u3229') || (c >= '\u2488' && c <= '\u249B');
                boolean afterSentence = "。；;！!？?".indexOf(text.charAt(i - 1)) >= 0;
                if (!enclosed && !afterSentence) {
                    continue;
                }
                Enumerator e = Enumerator.at(text.substring(i));
                if (e == null || isLeadFamily(e.family()) || e.family() == Family.CIRCLED) {
                    continue;
                }
                int open = findOpen(e.family().series());
                if (open >= 0 && e.number() == stack.get(open).last + 1 && e.end() < text.length() - i) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Heading and body of a numbered line: a short lead sentence followed by more text becomes the
         * heading and the rest runs in as body; a short single sentence is all heading; a long one is body.
         */
        private void fill(OutlineNode node, String rest) {
            if (rest.isEmpty()) {
                return;
            }
            int colon = rest.indexOf('：');
            // A short line that does not end like a sentence is a title whole, a subtitle after its colon
            // included (队伍建设工程：造就…的教师团队, 时间：9月3日上午); a line that goes on as a sentence after a
            // short lead and a colon (公布岗位：市教育局汇总…；) has the lead as its heading. The lead may list
            // with 、 (学生、家长满意工作：): whether a line splits depends on its shape, not on its words.
            boolean titleLine = rest.codePointCount(0, rest.length()) <= HEADING_MAX
                    && "。；;！!？?，,、：:".indexOf(rest.charAt(rest.length() - 1)) < 0;
            if (!titleLine && colon > 0 && colon <= COLON_LEAD_MAX && colon < rest.length() - 1
                    && !rest.substring(0, colon).matches(".*[，。；].*")) {
                node.setHeading(rest.substring(0, colon + 1));
                node.body().add(rest.substring(colon + 1).strip());
                node.setRunIn(true);
                return;
            }
            int end = -1;
            for (int i = 0; i < rest.length() - 1; i++) {
                if ("。！？!?".indexOf(rest.charAt(i)) >= 0) {
                    end = i;
                    break;
                }
            }
            if (end > 0 && rest.codePointCount(0, end + 1) <= LEAD_SENTENCE_MAX) {
                node.setHeading(rest.substring(0, end + 1));
                node.body().add(rest.substring(end + 1).strip());
                node.setRunIn(true);
            } else if (rest.codePointCount(0, rest.length()) <= HEADING_MAX) {
                node.setHeading(rest);
            } else {
                node.body().add(rest);
                node.setRunIn(true);
            }
        }

        private void appendBody(String text) {
            if (text.isEmpty()) {
                return;
            }
            Frame f = top();
            if (f.node == report.root()) {
                report.preamble().add(text);
            } else {
                f.node.body().add(text);
            }
        }

        private static final Pattern CLOSING = Pattern.compile(
                "^(总之|综上所述|综上|总而言之|回顾一年来|回顾过去的一年|回顾这一年|回顾.{0,8}年来的工作|但也要看到|同时也要看到|但也应看到|同时也应看到|我们也清醒地看到|展望新的一年|展望未来|新的一年里?|以上是我|以上是本人)[，,：:\\s]?.*");

        /** A paragraph that closes a document after its last section, not an item of that section. */
        private static boolean isClosingLead(String line) {
            return endsWithSentence(line) && CLOSING.matcher(line).matches();
        }

        /** A line that ends like a sentence: unnumbered headings stand after these, not after a heading. */
        private static boolean isParagraph(String line) {
            return endsWithSentence(line);
        }

        private boolean isUnnumberedHeading(String line, String next) {
            if (line.matches("^目\\s*录$|^[0-9０-９]{1,2}\\s*[:：].*")) {
                return false; // a contents heading; a time of day (10：00各年段…)
            }
            int len = line.codePointCount(0, line.length());
            // an ideographic space inside marks a table row read as a paragraph, not a heading
            if (len < 4 || len > UNNUMBERED_HEADING_MAX || endsWithPunct(line) || line.indexOf('\u3000') > 0) {
                return false;
            }
            if (LineShapes.isFurniture(line) || DocumentMeta.isDateLine(line) || TOC_LINE.matcher(line).matches()
                    || isTableRef(line) || isTableRef(next) || LineShapes.isAttachmentNote(line)) {
                return false;
            }
            long han = line.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            return han >= 2 && next.codePointCount(0, next.length()) > len && !isClosingLead(line);
        }

        private void openUnnumbered(String line) {
            int open = findOpen(Family.UNNUMBERED);
            if (open >= 0) {
                while (stack.size() > open) {
                    stack.remove(stack.size() - 1);
                }
            } else {
                while (stack.size() > 1 && top().family.measureLevel()) {
                    stack.remove(stack.size() - 1);
                }
            }
            OutlineNode node = new OutlineNode(line);
            node.setLabelMode(LabelMode.NONE);
            top().node.addChild(node);
            stack.add(new Frame(Family.UNNUMBERED, 0, node));
            familyOf.put(node, Family.UNNUMBERED);
        }

        /**
         * Gives each numbered family its rank (the deepest level it reaches in this document), derives
         * the report's numbering style from the families, and notices series numbered straight through.
         */
        private void assignRanks() {
            Map<Family, Integer> rankOf = new EnumMap<>(Family.class);
            Map<Family, Integer> count = new EnumMap<>(Family.class);
            for (OutlineNode node : report.allNodes()) {
                Family f = familyOf.get(node);
                if (f != null && f.format != null) {
                    rankOf.merge(f.series(), node.depth(), Math::max);
                    count.merge(f, 1, Integer::sum);
                }
            }
            // A node's rank is its family's rank; the ranks it skips below its parent are recorded.
            for (OutlineNode node : report.allNodes()) {
                Family f = familyOf.get(node);
                if (f != null && f.format != null) {
                    int want = rankOf.get(f.series());
                    int parentRank = node.parent().rank();
                    node.setRankSkip(Math.max(0, want - parentRank - 1));
                }
            }
            int maxRank = rankOf.values().stream().max(Integer::compare).orElse(0);
            if (maxRank == 0) {
                return;
            }
            boolean fullWidth = count.keySet().stream().anyMatch(f -> f == Family.CN_ENCLOSED
                    || f == Family.AR_ENCLOSED_DOT || f == Family.AR_ENCLOSED_PAREN);
            NumberingStyle base = fullWidth ? NumberingStyle.FULLWIDTH : NumberingStyle.GONGWEN;
            List<LabelFormat> formats = new ArrayList<>();
            for (int r = 1; r <= Math.max(maxRank, base.ranks().size()); r++) {
                Family best = null;
                for (Map.Entry<Family, Integer> en : count.entrySet()) {
                    Family f = en.getKey();
                    if (rankOf.get(f.series()) == r && (best == null || en.getValue() > count.get(best))) {
                        best = f;
                    }
                }
                formats.add(best == null ? base.format(r) : best.format);
            }
            ReportSettings settings = report.settings().withNumbering(NumberingStyle.custom(formats));
            report.setSettings(settings.withContinuousRank(detectContinuous()));
        }

        /** The rank whose source numbers run on from one group into the next (⒍ in ㈠, ⒎ in ㈡), or 0. */
        private int detectContinuous() {
            Map<Integer, int[]> evidence = new HashMap<>(); // rank -> {continues, restarts}
            for (OutlineNode parent : report.allNodes()) {
                List<OutlineNode> kids = parent.children();
                if (kids.isEmpty() || !numberOf.containsKey(kids.get(0)) || parent.parent() == null) {
                    continue;
                }
                OutlineNode first = kids.get(0);
                int idx = parent.indexInParent();
                if (idx <= 0) {
                    continue; // the first group tells nothing
                }
                int[] ev = evidence.computeIfAbsent(first.rank(), k -> new int[2]);
                if (numberOf.get(first) > 1) {
                    ev[0]++;
                } else {
                    ev[1]++;
                }
            }
            int best = 0;
            int bestScore = 0;
            for (Map.Entry<Integer, int[]> en : evidence.entrySet()) {
                int[] ev = en.getValue();
                if (ev[0] > ev[1] && ev[0] > bestScore) {
                    best = en.getKey();
                    bestScore = ev[0];
                }
            }
            return best;
        }
    }
}
