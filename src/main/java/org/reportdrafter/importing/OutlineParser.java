package org.reportdrafter.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportdrafter.domain.LabelFormat;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportSettings;
import org.reportdrafter.domain.ReportStatus;
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
    private static final Pattern CLUTTER = Pattern.compile(
            ".*(本站|本网|转载|版权|免责|举报|来源[:：]|编辑[:：]|发布时间|识别码|下载|扫码|关注公众号|微信|QQ|上一篇|下一篇|相关推荐|阅读全文|全文[0-9]+字|首页\\s*>|http|www\\.|\\.com|\\.html).*"
                    + "|^TOP$|^返回顶部$|^分享到.*");
    private static final String END_PUNCT = "。.；;，,：:！!？?、…”\"）)》」』";
    private static final int HEADING_MAX = 50;
    private static final int LEAD_SENTENCE_MAX = 40;
    private static final int UNNUMBERED_HEADING_MAX = 40;

    /** Parses one source; a page holding several documents (第一篇 …, 篇1 …) gives several reports. */
    public List<Report> parse(List<String> rawLines, String sourceName) {
        List<String> lines = new ArrayList<>();
        for (String raw : rawLines) {
            for (String l : raw.split("\\R")) {
                String t = clean(l);
                if (!t.isEmpty()) {
                    lines.add(t);
                }
            }
        }
        List<Report> reports = new ArrayList<>();
        for (Segment seg : split(lines)) {
            Report r = parseDocument(seg);
            r.setSourceFile(sourceName);
            r.setStatus(ReportStatus.PAST);
            reports.add(r);
        }
        return reports;
    }

    static String clean(String line) {
        String t = line.replace("\u200b", "").replace("\ufeff", "").replace('\u00a0', ' ');
        return t.strip();
    }

    private record Segment(List<String> lines, int markerIndex, String markerTitle) {
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
        List<Segment> segs = new ArrayList<>();
        if (starts.isEmpty()) {
            segs.add(new Segment(lines, -1, null));
            return segs;
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = k == 0 ? 0 : starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            segs.add(new Segment(lines.subList(from, to), starts.get(k) - from, titles.get(k)));
        }
        return segs;
    }

    private Report parseDocument(Segment seg) {
        List<String> lines = seg.lines;
        int n = lines.size();
        Report report = new Report();

        int bodyStart = n;
        for (int i = seg.markerIndex + 1; i < n; i++) {
            String l = lines.get(i);
            Enumerator e = TOC_LINE.matcher(l).matches() ? null : Enumerator.at(l);
            if (e != null && e.end() < l.length()) {
                bodyStart = i;
                break;
            }
        }

        int titleIndex = -1;
        int searchEnd = bodyStart == n ? Math.min(n, seg.markerIndex + 12) : bodyStart;
        for (int i = seg.markerIndex + 1; i < searchEnd; i++) {
            if (isTitleLike(lines.get(i))) {
                titleIndex = i; // the last title-like line before the body: earlier copies are page clutter
            }
        }
        if (titleIndex < 0 && seg.markerIndex < 0 && bodyStart == n) {
            for (int i = 0; i < Math.min(n, 12); i++) {
                if (isTitleLike(lines.get(i))) {
                    titleIndex = i;
                    break;
                }
            }
        }
        String title;
        int clutterBefore;
        if (titleIndex >= 0) {
            title = lines.get(titleIndex);
            clutterBefore = titleIndex;
        } else if (seg.markerIndex >= 0) {
            title = seg.markerTitle;
            clutterBefore = seg.markerIndex + 1;
        } else {
            title = "";
            clutterBefore = 0;
            while (clutterBefore < bodyStart && CLUTTER.matcher(lines.get(clutterBefore)).matches()) {
                clutterBefore++;
            }
        }
        report.setTitle(title);
        report.setKind(DocumentMeta.kind(title));
        report.setYear(DocumentMeta.year(title));
        report.setOrganization(DocumentMeta.organization(title));

        // Preamble: everything before the body except the title line.
        int preambleEnd = Math.min(bodyStart, n);
        for (int i = 0; i < preambleEnd; i++) {
            if (i != titleIndex) {
                report.preamble().add(lines.get(i));
            }
        }
        report.setClutterBefore(clutterBefore);

        // Trailer: signature, date and page clutter after the body.
        int bodyEnd = n;
        if (bodyStart < n) {
            while (bodyEnd - 1 > bodyStart && isTrailerLine(lines.get(bodyEnd - 1), title)) {
                bodyEnd--;
            }
        }
        // The signature and date block comes first in the trailer; what follows is page clutter.
        int signatureLines = 0;
        for (int i = bodyEnd; i < n; i++) {
            String l = lines.get(i);
            report.trailer().add(l);
            if (signatureLines != i - bodyEnd) {
                continue;
            }
            LocalDate date = DocumentMeta.date(l);
            if (date != null && report.dateOfIssue() == null) {
                report.setDateOfIssue(date);
                signatureLines++;
            } else if (DocumentMeta.isSignature(l)) {
                if (report.organization().isEmpty()) {
                    report.setOrganization(l);
                }
                signatureLines++;
            }
        }
        report.setClutterAfter(report.trailer().size() - signatureLines);

        new BodyParser(report).parse(lines.subList(Math.min(bodyStart, n), bodyEnd));
        return report;
    }

    private static boolean isTitleLike(String l) {
        return l.length() <= 60 && l.length() >= 4 && !endsWithPunct(l) && DocumentMeta.hasKindWord(l)
                && !DOC_MARKER.matcher(l).matches() && !CLUTTER.matcher(l).matches() && Enumerator.at(l) == null;
    }

    private static boolean isTrailerLine(String l, String title) {
        if (CLUTTER.matcher(l).matches() || DocumentMeta.date(l) != null || DocumentMeta.isSignature(l)) {
            return true;
        }
        if (!title.isEmpty() && l.startsWith(title)) {
            return true;
        }
        return l.length() <= 30 && !endsWithSentence(l) && !l.endsWith("，") && Enumerator.at(l) == null
                && DocumentMeta.hasKindWord(l);
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

        BodyParser(Report report) {
            this.report = report;
            stack.add(new Frame(null, 0, report.root()));
        }

        void parse(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String prev = i > 0 ? lines.get(i - 1) : null;
                String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                line(line, prev, next);
            }
            assignRanks();
        }

        private void line(String line, String prev, String next) {
            Enumerator e = TOC_LINE.matcher(line).matches() ? null : Enumerator.at(line);
            if (e != null && place(e)) {
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
            if (prev != null && next != null && isParagraph(prev) && isUnnumberedHeading(line, next)) {
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
        private boolean place(Enumerator e) {
            if (!acceptable(e)) {
                return false;
            }
            Family series = e.family().series();
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
            node.setLabelMode(e.family() == Family.SHI ? LabelMode.SHI : e.family() == Family.YAO ? LabelMode.YAO : LabelMode.AUTO);
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
                if (e == null || e.family() == Family.SHI || e.family() == Family.YAO || e.family() == Family.CIRCLED) {
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

        /** A line that ends like a sentence: unnumbered headings stand after these, not after a heading. */
        private static boolean isParagraph(String line) {
            return endsWithSentence(line);
        }

        private boolean isUnnumberedHeading(String line, String next) {
            int len = line.codePointCount(0, line.length());
            // an ideographic space inside marks a table row read as a paragraph, not a heading
            if (len < 4 || len > UNNUMBERED_HEADING_MAX || endsWithPunct(line) || line.indexOf('\u3000') > 0) {
                return false;
            }
            if (CLUTTER.matcher(line).matches() || DocumentMeta.date(line) != null || TOC_LINE.matcher(line).matches()) {
                return false;
            }
            long han = line.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            return han >= 2 && next.codePointCount(0, next.length()) > len;
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
