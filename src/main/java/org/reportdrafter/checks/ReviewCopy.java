package org.reportdrafter.checks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * A 审阅稿: the findings written into a Word document as comments, each anchored on the text it is
 * about (rule, message, suggested fix), so a leader reads them in Word or WPS. Findings of one rule in
 * one paragraph make one comment (see {@link FindingGroup}). The flagged text is found again in the
 * document by its characters (white space ignored), in reading order; a finding that cannot be placed
 * goes on the first paragraph with its location in the comment. A review copy goes to a Chinese office:
 * its comments are Chinese whatever the UI language (decision 6).
 */
public final class ReviewCopy {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String AUTHOR = "报告起草助手（校对）";

    private ReviewCopy() {
    }

    /** How many comments were written, and how many of them sit on the flagged text itself. */
    public record Result(int comments, int anchored) {
    }

    /** A run of the paragraph: its XML, text, and whether it holds plain text only (so it can be split). */
    private static final class Segment {
        CTR ctr;
        String text;
        boolean plain;

        Segment(CTR ctr, String text, boolean plain) {
            this.ctr = ctr;
            this.text = text;
            this.plain = plain;
        }
    }

    /** A paragraph of the document with its text as runs give it, and the same without white space. */
    private static final class Para {
        final XWPFParagraph paragraph;
        final List<Segment> segments = new ArrayList<>();
        final String text;
        final String compact;
        final int[] map;
        final List<int[]> ranges = new ArrayList<>(); // start, end, comment id

        Para(XWPFParagraph p) {
            paragraph = p;
            StringBuilder sb = new StringBuilder();
            for (XWPFRun r : p.getRuns()) {
                String t = r.text();
                CTR ctr = r.getCTR();
                boolean plain = r.getClass() == XWPFRun.class && r.getEmbeddedPictures().isEmpty()
                        && ctr.getDomNode().getParentNode() == p.getCTP().getDomNode() && t.equals(joinedT(ctr))
                        && onlyTextChildren(ctr);
                segments.add(new Segment(ctr, t, plain));
                sb.append(t);
            }
            text = sb.toString();
            Compact c = compact(text);
            compact = c.text;
            map = c.map;
        }
    }

    private record Compact(String text, int[] map) {
    }

    /** The text without white space, and for each of its characters the index in the original. */
    private static Compact compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] map = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                sb.append(c);
                map[n++] = i;
            }
        }
        return new Compact(sb.toString(), java.util.Arrays.copyOf(map, n));
    }

    /** Number of non-white characters of s before index i. */
    private static int compactIndex(String s, int i) {
        int n = 0;
        for (int k = 0; k < i && k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                n++;
            }
        }
        return n;
    }

    /** Writes the findings into {@code doc} as comments. */
    public static Result annotate(XWPFDocument doc, List<Finding> findings) {
        List<Para> paras = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            collect(e, paras);
        }
        XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
        int nextId = 0;
        for (XWPFComment c : comments.getComments()) {
            try {
                nextId = Math.max(nextId, Integer.parseInt(c.getId()) + 1);
            } catch (NumberFormatException e) {
                // ids of other tools need not be numbers; ours only must not clash
            }
        }
        int cursor = 0;
        int anchored = 0;
        int written = 0;
        Para fallback = paras.stream().filter(p -> !p.compact.isEmpty() && !p.segments.isEmpty()).findFirst().orElse(null);
        for (FindingGroup g : FindingGroup.of(findings)) {
            int id = nextId++;
            int[] where = null;
            Para target = null;
            for (int k = 0; k < paras.size() && where == null; k++) {
                Para p = paras.get((cursor + k) % paras.size());
                where = locate(p, g);
                if (where != null) {
                    target = p;
                    cursor = (cursor + k) % paras.size();
                }
            }
            boolean onText = where != null;
            if (!onText) {
                if (fallback == null) {
                    continue;
                }
                target = fallback;
                where = new int[] {0, target.text.length()};
            }
            target.ranges.add(new int[] {where[0], where[1], id});
            XWPFComment c = comments.createComment(BigInteger.valueOf(id));
            c.setAuthor(AUTHOR);
            c.setInitials("校");
            c.setDate(Calendar.getInstance());
            c.createParagraph().createRun().setText(text(g, !onText));
            written++;
            anchored += onText ? 1 : 0;
        }
        for (Para p : paras) {
            if (!p.ranges.isEmpty()) {
                mark(p);
            }
        }
        return new Result(written, anchored);
    }

    private static void collect(IBodyElement e, List<Para> out) {
        if (e instanceof XWPFParagraph p) {
            out.add(new Para(p));
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        collect(inner, out);
                    }
                }
            }
        }
    }

    /** The comment text: rule, message, the suggested fix. */
    static String text(FindingGroup g, boolean unplaced) {
        Finding f = g.first();
        StringBuilder sb = new StringBuilder();
        sb.append("【").append(f.severity().displayName()).append("·").append(Proofreader.ruleName(f.rule())).append("】");
        sb.append(g.message());
        if (f.fix() != null) {
            String was = f.piece().text().substring(f.offset(), Math.min(f.piece().text().length(), f.offset() + f.fix().length()));
            sb.append("。建议：");
            sb.append(was.isEmpty() ? "加上“" + f.fix().replacement() + "”"
                    : f.fix().replacement().isEmpty() ? "删去“" + was + "”" : "“" + was + "”改为“" + f.fix().replacement() + "”");
            if (g.count() > 1) {
                sb.append("（同类 ").append(g.count()).append(" 处）");
            }
        }
        if (unplaced) {
            sb.append("［位置：").append(f.path()).append("］");
        }
        return sb.toString();
    }

    /** Start and end (in the paragraph's text) of the group's flagged text, or null if the piece is not here. */
    private static int[] locate(Para p, FindingGroup g) {
        if (p.compact.isEmpty()) {
            return null;
        }
        String piece = g.piece().text();
        Compact pc = compact(piece);
        int from = 0;
        String key = pc.text;
        int at = key.isEmpty() ? -1 : p.compact.indexOf(key);
        if (at < 0) {
            // the paragraph may differ elsewhere (a label typed in, lines joined): look for the words around it
            Finding f = g.first();
            Finding l = g.findings().get(g.count() - 1);
            int a = Math.max(0, f.offset() - 8);
            int b = Math.min(piece.length(), l.offset() + Math.max(1, l.length()) + 8);
            from = compactIndex(piece, a);
            key = pc.text.substring(from, Math.max(from, compactIndex(piece, b)));
            if (key.length() < 4) {
                return null;
            }
            at = p.compact.indexOf(key);
            if (at < 0) {
                return null;
            }
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Finding f : g.findings()) {
            if (f.length() == 0) {
                continue;
            }
            int cs = compactIndex(piece, f.offset()) - from;
            int ce = compactIndex(piece, f.offset() + f.length()) - from;
            if (cs < 0 || ce > key.length() || ce <= cs) {
                continue;
            }
            start = Math.min(start, p.map[at + cs]);
            end = Math.max(end, p.map[at + ce - 1] + 1);
        }
        if (end < 0) {
            // a finding about the whole heading or paragraph
            start = p.map[at];
            end = p.map[at + key.length() - 1] + 1;
        }
        return new int[] {start, end};
    }

    /** Splits the runs at the comment boundaries and writes the range marks and reference runs. */
    private static void mark(Para p) {
        for (int[] r : p.ranges) {
            split(p, r[0]);
            split(p, r[1]);
        }
        for (int[] r : p.ranges) {
            Segment first = null;
            Segment last = null;
            int pos = 0;
            for (Segment s : p.segments) {
                int s0 = pos;
                int s1 = pos + s.text.length();
                pos = s1;
                boolean overlaps = s1 > r[0] && s0 < r[1] || s.text.isEmpty() && s0 >= r[0] && s0 < r[1];
                if (overlaps) {
                    if (first == null) {
                        first = s;
                    }
                    last = s;
                }
            }
            if (first == null) {
                first = p.segments.get(0);
                last = p.segments.get(p.segments.size() - 1);
            }
            String id = String.valueOf(r[2]);
            try (XmlCursor c = first.ctr.newCursor()) {
                c.beginElement(new QName(W, "commentRangeStart"));
                c.insertAttributeWithValue(new QName(W, "id"), id);
            }
            try (XmlCursor c = last.ctr.newCursor()) {
                c.toEndToken();
                c.toNextToken();
                c.beginElement(new QName(W, "commentRangeEnd"));
                c.insertAttributeWithValue(new QName(W, "id"), id);
                c.toEndToken();
                c.toNextToken();
                c.beginElement(new QName(W, "r"));
                c.beginElement(new QName(W, "commentReference"));
                c.insertAttributeWithValue(new QName(W, "id"), id);
            }
        }
    }

    /** Makes a run boundary at {@code at} by copying a plain run and dividing its text. */
    private static void split(Para p, int at) {
        int pos = 0;
        for (int i = 0; i < p.segments.size(); i++) {
            Segment s = p.segments.get(i);
            int end = pos + s.text.length();
            if (at > pos && at < end) {
                if (!s.plain) {
                    return; // a field, picture or hyperlink run stays whole; the comment covers it all
                }
                int k = at - pos;
                CTR copy;
                try (XmlCursor src = s.ctr.newCursor(); XmlCursor dst = s.ctr.newCursor()) {
                    dst.toEndToken();
                    dst.toNextToken();
                    src.copyXml(dst);
                    dst.toPrevSibling();
                    XmlObject o = dst.getObject();
                    copy = (CTR) o;
                }
                String head = s.text.substring(0, k);
                String tail = s.text.substring(k);
                setText(s.ctr, head);
                setText(copy, tail);
                s.text = head;
                p.segments.add(i + 1, new Segment(copy, tail, true));
                return;
            }
            pos = end;
        }
    }

    private static void setText(CTR ctr, String s) {
        while (ctr.sizeOfTArray() > 0) {
            ctr.removeT(0);
        }
        CTText t = ctr.addNewT();
        t.setStringValue(s);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static String joinedT(CTR ctr) {
        StringBuilder sb = new StringBuilder();
        for (CTText t : ctr.getTList()) {
            sb.append(t.getStringValue());
        }
        return sb.toString();
    }

    /** Only run properties and text in the run: nothing a split could duplicate (a tab, a field, a picture). */
    private static boolean onlyTextChildren(CTR ctr) {
        try (XmlCursor c = ctr.newCursor()) {
            if (!c.toFirstChild()) {
                return true;
            }
            do {
                String name = c.getName().getLocalPart();
                if (!name.equals("rPr") && !name.equals("t")) {
                    return false;
                }
            } while (c.toNextSibling());
        }
        return true;
    }
}
