package org.reportdrafter.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compares two versions of a report section by section, with the changed characters marked. */
public final class VersionDiff {
    /** How a section differs. */
    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    /** A run of text that is in both versions, only in the newer one, or only in the older one. */
    public record Segment(String text, Op op) {
    }

    public enum Op { SAME, INSERTED, DELETED }

    public record SectionDiff(String path, Change change, List<Segment> segments) {
    }

    private static final int MAX_CELLS = 4_000_000;

    private VersionDiff() {
    }

    static String text(OutlineNode n) {
        return n.body().isEmpty() ? n.heading() : n.heading() + "\n" + String.join("\n", n.body());
    }

    /** Sections of the newer version in order, with removed ones where they stood; nodes are matched by uid. */
    public static List<SectionDiff> compare(Report older, Report newer) {
        Map<String, OutlineNode> old = new HashMap<>();
        for (OutlineNode n : older.allNodes()) {
            old.put(n.uid(), n);
        }
        Map<OutlineNode, String> oldLabels = Labeler.labels(older);
        Map<OutlineNode, String> newLabels = Labeler.labels(newer);
        List<SectionDiff> out = new ArrayList<>();
        if (!older.title().equals(newer.title())) {
            out.add(new SectionDiff("标题", Change.CHANGED, diff(older.title(), newer.title())));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (OutlineNode n : newer.allNodes()) {
            seen.add(n.uid());
            OutlineNode o = old.get(n.uid());
            String path = Labeler.path(n, newLabels);
            if (o == null) {
                out.add(new SectionDiff(path, Change.ADDED, List.of(new Segment(text(n), Op.INSERTED))));
            } else if (!text(o).equals(text(n))) {
                out.add(new SectionDiff(path, Change.CHANGED, diff(text(o), text(n))));
            } else {
                out.add(new SectionDiff(path, Change.SAME, List.of(new Segment(text(n), Op.SAME))));
            }
        }
        for (OutlineNode o : older.allNodes()) {
            if (!seen.contains(o.uid())) {
                out.add(new SectionDiff(Labeler.path(o, oldLabels), Change.REMOVED, List.of(new Segment(text(o), Op.DELETED))));
            }
        }
        return out;
    }

    /** Character diff: common prefix and suffix, then a longest-common-subsequence of the middle. */
    public static List<Segment> diff(String a, String b) {
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        int suf = 0;
        while (suf < a.length() - pre && suf < b.length() - pre && a.charAt(a.length() - 1 - suf) == b.charAt(b.length() - 1 - suf)) {
            suf++;
        }
        List<Segment> out = new ArrayList<>();
        add(out, a.substring(0, pre), Op.SAME);
        String x = a.substring(pre, a.length() - suf);
        String y = b.substring(pre, b.length() - suf);
        if ((long) x.length() * y.length() > MAX_CELLS) {
            add(out, x, Op.DELETED);
            add(out, y, Op.INSERTED);
        } else {
            int[][] l = new int[x.length() + 1][y.length() + 1];
            for (int i = x.length() - 1; i >= 0; i--) {
                for (int j = y.length() - 1; j >= 0; j--) {
                    l[i][j] = x.charAt(i) == y.charAt(j) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < x.length() || j < y.length()) {
                if (i < x.length() && j < y.length() && x.charAt(i) == y.charAt(j)) {
                    add(out, String.valueOf(x.charAt(i)), Op.SAME);
                    i++;
                    j++;
                } else if (j < y.length() && (i == x.length() || l[i][j + 1] >= l[i + 1][j])) {
                    add(out, String.valueOf(y.charAt(j)), Op.INSERTED);
                    j++;
                } else {
                    add(out, String.valueOf(x.charAt(i)), Op.DELETED);
                    i++;
                }
            }
        }
        add(out, a.substring(a.length() - suf), Op.SAME);
        return readable(out);
    }

    /**
     * A rewritten sentence, diffed character by character, came out as a stripe of struck and underlined
     * single characters, held together by the odd 的 or 教育 the two happened to share. A stretch kept in
     * common that is no longer than the changes on either side of it is shown as changed too, and each run of
     * changes reads as what was there, struck, then what is there now: the rule of semantic cleanup in
     * Neil Fraser's diff-match-patch. A small edit in a long sentence stays a small edit.
     */
    static List<Segment> readable(List<Segment> segments) {
        List<Segment> s = new ArrayList<>(segments);
        boolean changed = true;
        while (changed) {
            changed = false;
            s = grouped(s);
            for (int k = 1; k < s.size() - 1; k++) {
                Segment same = s.get(k);
                if (same.op() != Op.SAME) {
                    continue;
                }
                int before = Math.max(length(s, k - 1, -1, Op.DELETED), length(s, k - 1, -1, Op.INSERTED));
                int after = Math.max(length(s, k + 1, 1, Op.DELETED), length(s, k + 1, 1, Op.INSERTED));
                if (same.text().length() <= before && same.text().length() <= after) {
                    s.set(k, new Segment(same.text(), Op.DELETED));
                    s.add(k + 1, new Segment(same.text(), Op.INSERTED));
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** The length of the {@code op} text in the run of changes that starts at {@code from} and goes {@code step}. */
    private static int length(List<Segment> s, int from, int step, Op op) {
        int n = 0;
        for (int k = from; k >= 0 && k < s.size() && s.get(k).op() != Op.SAME; k += step) {
            if (s.get(k).op() == op) {
                n += s.get(k).text().length();
            }
        }
        return n;
    }

    /** Each run of changes as one deletion followed by one insertion. */
    private static List<Segment> grouped(List<Segment> s) {
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (Segment g : s) {
            if (g.op() == Op.SAME) {
                add(out, deleted.toString(), Op.DELETED);
                add(out, inserted.toString(), Op.INSERTED);
                deleted.setLength(0);
                inserted.setLength(0);
                add(out, g.text(), Op.SAME);
            } else {
                (g.op() == Op.DELETED ? deleted : inserted).append(g.text());
            }
        }
        add(out, deleted.toString(), Op.DELETED);
        add(out, inserted.toString(), Op.INSERTED);
        return out;
    }

    private static void add(List<Segment> out, String text, Op op) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(last.text() + text, op));
        } else {
            out.add(new Segment(text, op));
        }
    }
}
