package org.reportdrafter.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/**
 * Reads the measures and targets out of a plan's outline. Sections headed 重点工作, 主要任务, 工作措施,
 * 保障措施… hold the measures (every leaf under them); sections headed …目标 hold the targets. A plan
 * without such headings (a 工作要点 whose 一、二、 are the groups themselves) has all its leaves as
 * measures, except under 指导思想, 总体要求, 基本原则 and the like, which promise nothing countable.
 */
public final class PlanReader {
    static final Pattern MEASURES = Pattern.compile("重点工作|主要工作|工作重点|措施|重点任务|主要任务|工作任务|具体任务|任务举措|工作安排|主要内容");
    static final Pattern TARGETS = Pattern.compile("目标");
    static final Pattern PREFATORY = Pattern.compile("指导思想|总体要求|总体思路|基本原则|工作思路|总体目标要求|背景|形势|意义|依据");

    private PlanReader() {
    }

    /** Measures and targets in document order. */
    public static List<Measure> measures(Report plan) {
        Map<OutlineNode, String> labels = Labeler.labels(plan);
        List<OutlineNode> measureSections = new ArrayList<>();
        List<OutlineNode> targetSections = new ArrayList<>();
        findSections(plan.root(), measureSections, targetSections);
        List<Measure> out = new ArrayList<>();
        if (measureSections.isEmpty()) {
            for (OutlineNode top : plan.sections()) {
                if (isTarget(top)) {
                    collect(top, top, true, labels, out);
                } else if (!PREFATORY.matcher(top.heading()).find()) {
                    collect(top, top, false, labels, out);
                } else {
                    for (OutlineNode t : targetSectionsUnder(top)) {
                        collect(t, t, true, labels, out);
                    }
                }
            }
            return out;
        }
        for (OutlineNode n : plan.allNodes()) {
            if (targetSections.contains(n)) {
                collect(n, n, true, labels, out);
            } else if (measureSections.contains(n)) {
                collect(n, n, false, labels, out);
            }
        }
        return out;
    }

    private static List<OutlineNode> targetSectionsUnder(OutlineNode n) {
        List<OutlineNode> out = new ArrayList<>();
        for (OutlineNode c : n.children()) {
            if (isTarget(c)) {
                out.add(c);
            } else {
                out.addAll(targetSectionsUnder(c));
            }
        }
        return out;
    }

    private static boolean isTarget(OutlineNode n) {
        return TARGETS.matcher(n.heading()).find() && n.heading().length() <= 20;
    }

    /** The outermost sections headed as measures or targets (a 目标 heading inside a measures section is a measure). */
    private static void findSections(OutlineNode n, List<OutlineNode> measures, List<OutlineNode> targets) {
        for (OutlineNode c : n.children()) {
            String h = c.heading();
            if (h.length() <= 20 && MEASURES.matcher(h).find() && !PREFATORY.matcher(h).find()) {
                measures.add(c);
            } else if (isTarget(c)) {
                targets.add(c);
            } else {
                findSections(c, measures, targets);
            }
        }
    }

    private static void collect(OutlineNode section, OutlineNode n, boolean target, Map<OutlineNode, String> labels,
                                List<Measure> out) {
        if (isLeaf(n)) {
            if (n == section && n.body().isEmpty()) {
                return;
            }
            if (n == section && target && n.children().isEmpty()) {
                // a 目标 section written as paragraphs: each paragraph (or sentence with a number) is a target
                for (String p : n.body()) {
                    for (String s : Terms.sentences(p)) {
                        List<Quantity> q = Quantity.find(s);
                        if (!q.isEmpty()) {
                            out.add(new Measure(n, section, Labeler.path(n, labels), labels.getOrDefault(n, ""),
                                    s, s, true, q));
                        }
                    }
                }
                return;
            }
            String text = text(n);
            String heading = n.heading().isBlank() ? firstSentence(text) : n.heading().strip();
            out.add(new Measure(n, group(section, n), Labeler.path(n, labels), labels.getOrDefault(n, ""), heading, text,
                    target, Quantity.find(text)));
            return;
        }
        for (OutlineNode c : n.children()) {
            collect(section, c, target, labels, out);
        }
    }

    /** The first level under the section, or the section itself when the item stands right under it. */
    static OutlineNode group(OutlineNode section, OutlineNode n) {
        OutlineNode g = n;
        while (g.parent() != null && g.parent() != section) {
            g = g.parent();
        }
        return g == n ? section : g;
    }

    /** A node whose children, if any, are 一是/二是 paragraphs. */
    static boolean isLeaf(OutlineNode n) {
        for (OutlineNode c : n.children()) {
            if (c.labelMode() != LabelMode.SHI && c.labelMode() != LabelMode.YAO) {
                return false;
            }
        }
        return true;
    }

    static String text(OutlineNode n) {
        StringBuilder sb = new StringBuilder(n.heading());
        for (OutlineNode x : n.subtree()) {
            if (x != n) {
                sb.append('\n').append(x.heading());
            }
            if (!x.guidance()) {
                for (String p : x.body()) {
                    sb.append('\n').append(p);
                }
            }
        }
        return sb.toString().strip();
    }

    static String firstSentence(String text) {
        List<String> s = Terms.sentences(text.lines().findFirst().orElse(""));
        return s.isEmpty() ? "" : s.get(0);
    }
}
