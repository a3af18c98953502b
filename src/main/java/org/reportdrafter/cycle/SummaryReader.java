package org.reportdrafter.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/** Where a summary says what was done, what fell short, and what comes next. */
public final class SummaryReader {
    public enum Part { ACHIEVEMENTS, PROBLEMS, NEXT }

    static final Pattern PROBLEMS = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、)?(?:目前)?(?:存在|主要)?(?:的)?(?:问题|不足|困难|短板)|存在.{0,8}(?:问题|不足|困难)|不足之处|差距和不足|问题(?:和|与|及)(?:不足|困难|差距)|困难(?:和|与)问题|薄弱环节");
    static final Pattern NEXT = Pattern.compile(
            "下一[步年]|明年|来年|(?:19|20)[0-9]{2}年(?:度)?(?:的)?工作(?:思路|打算|计划|要点|设想|重点|安排)|工作思路|工作打算|工作设想|努力方向|今后|下阶段|下步");

    private SummaryReader() {
    }

    /** The part a node stands in, from its own heading and its ancestors'. */
    public static Part partOf(OutlineNode n) {
        for (OutlineNode p = n; p != null && p.parent() != null; p = p.parent()) {
            String h = p.heading();
            if (h.length() <= 30) {
                if (PROBLEMS.matcher(h).find()) {
                    return Part.PROBLEMS;
                }
                if (NEXT.matcher(h).find()) {
                    return Part.NEXT;
                }
            }
        }
        return Part.ACHIEVEMENTS;
    }

    /** The top-level (or highest) sections of one part, in order. */
    public static List<OutlineNode> sections(Report summary, Part part) {
        List<OutlineNode> out = new ArrayList<>();
        for (OutlineNode n : summary.allNodes()) {
            if (partOf(n) == part && (n.parent() == summary.root() || partOf(n.parent()) != part)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The items of a problems or next-year section: its leaves, or, for a section written as
     * paragraphs, each paragraph, cut at 一是、二是 when it runs them together.
     */
    public static List<String> items(OutlineNode section) {
        List<String> out = new ArrayList<>();
        if (section.children().isEmpty() || PlanReader.isLeaf(section)) {
            for (String p : section.body()) {
                if (!section.guidance()) {
                    out.addAll(splitShi(p));
                }
            }
            for (OutlineNode c : section.children()) {
                if (!c.guidance()) {
                    out.add(PlanReader.text(c).replace('\n', ' ').strip());
                }
            }
            return out;
        }
        for (OutlineNode n : section.subtree()) {
            if (n != section && PlanReader.isLeaf(n) && !n.guidance()) {
                String t = PlanReader.text(n).replace('\n', ' ').strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static final Pattern SHI = Pattern.compile("(?<=[。；;])\\s*(?=[一二三四五六七八九十]+是)");

    static List<String> splitShi(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : SHI.split(paragraph)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
