package org.reportdrafter.domain;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the labels of a report's nodes from their positions and the report's numbering style.
 * One pass over the tree, so renumbering after any edit is cheap.
 */
public final class Labeler {
    private Labeler() {
    }

    /** Labels of every node of the report, by identity. */
    public static Map<OutlineNode, String> labels(Report report) {
        Map<OutlineNode, String> out = new IdentityHashMap<>(1024);
        ReportSettings s = report.settings();
        Map<OutlineNode, Integer> continuous = new IdentityHashMap<>();
        walk(report.root(), 0, s.numbering(), s.continuousRank(), continuous, out);
        return out;
    }

    // Renumbered after every edit, on the FX thread: ranks are passed down, not walked up per node.
    private static void walk(OutlineNode parent, int parentRank, NumberingStyle style, int continuousRank,
                             Map<OutlineNode, Integer> continuous, Map<OutlineNode, String> out) {
        int[] counters = new int[LabelMode.values().length];
        for (OutlineNode child : parent.children()) {
            int rank = parentRank + 1 + child.rankSkip();
            out.put(child, label(child, rank, style, continuousRank, counters, continuous));
            walk(child, rank, style, continuousRank, continuous, out);
        }
    }

    private static String label(OutlineNode node, int rank, NumberingStyle style, int continuousRank,
                                int[] siblingCounters, Map<OutlineNode, Integer> continuous) {
        LabelMode mode = node.labelMode();
        if (mode == LabelMode.NONE) {
            return "";
        }
        int n;
        if (mode == LabelMode.AUTO && continuousRank > 0 && rank == continuousRank) {
            OutlineNode scope = resetScope(node, continuousRank);
            n = continuous.merge(scope, 1, Integer::sum);
        } else {
            n = ++siblingCounters[mode.ordinal()];
        }
        return switch (mode) {
            case SHI -> ChineseNumerals.toChinese(n) + "是";
            case YAO -> ChineseNumerals.toChinese(n) + "要";
            case DI -> "第" + ChineseNumerals.toChinese(n) + "，";
            default -> style.format(rank).format(n);
        };
    }

    /** The nearest ancestor whose rank is at most rank-2 (the section through which measures run on). */
    public static OutlineNode resetScope(OutlineNode node, int rank) {
        OutlineNode p = node.parent();
        while (p.parent() != null && p.rank() > rank - 2) {
            p = p.parent();
        }
        return p;
    }

    /** The label of one node (computes the whole report: use {@link #labels} for many). */
    public static String labelOf(Report report, OutlineNode node) {
        String l = labels(report).get(node);
        return l == null ? "" : l;
    }

    /** The section path shown for a node: 三、重点工作 › （二）加强教师队伍建设. */
    public static String path(OutlineNode node, Map<OutlineNode, String> labels) {
        StringBuilder sb = new StringBuilder();
        List<OutlineNode> chain = new java.util.ArrayList<>();
        for (OutlineNode n = node; n != null && n.parent() != null; n = n.parent()) {
            chain.add(0, n);
        }
        for (OutlineNode n : chain) {
            if (sb.length() > 0) {
                sb.append(" › ");
            }
            String label = labels.getOrDefault(n, "");
            String heading = n.heading();
            if (heading.isEmpty() && !n.body().isEmpty()) {
                heading = n.body().get(0);
            }
            sb.append(label).append(shorten(heading, 24));
        }
        return sb.toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
