package org.reportdrafter.cycle;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.PlanLink;
import org.reportdrafter.domain.Provenance;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.YearNameReview;

/**
 * The two drafts of the yearly cycle: a summary that starts from the plan it answers, and next year's
 * plan that starts from this year's plan and summary. Prompts are template guidance (greyed in the
 * editor, not exported, flagged by proofreading until written over).
 */
public final class Skeletons {
    static final String MEASURE_PROMPT = "【请写明：这项工作做了什么，取得了什么成效（数据、成果、获奖、排名）；未完成的写明原因。】";
    static final String TARGET_PROMPT = "【请写明：目标%s，实际完成多少（写出数字）。】";
    static final String PROBLEMS_PROMPT = "【请写明：对照年初计划，哪些目标没有完成、哪些工作推进不够，原因是什么。】";
    static final String NEXT_PROMPT = "【请写明：针对存在的问题，下一年重点做什么。】";

    private Skeletons() {
    }

    /** A new plan drafted from a summary, with the year/name review items the clerk should confirm. */
    public record NextPlan(Report plan, List<YearNameReview.Item> review, int offered) {
    }

    /**
     * 由计划起草总结: a summary draft for the plan's organization and year whose 主要工作和成效 follows the
     * plan's groups with the plan's measures as items to report on, then 存在的问题 and next year's 工作思路.
     */
    public static Report summaryFromPlan(Report plan) {
        Report r = new Report();
        Integer year = plan.year();
        r.setOrganization(plan.organization());
        r.setYear(year);
        r.setKind(ReportKind.SUMMARY);
        r.setStatus(ReportStatus.DRAFT);
        r.setSettings(plan.settings());
        r.setTitle(summaryTitle(plan));
        r.parts().setGenre("工作总结");
        r.parts().setAnswers(PlanLink.of(plan));
        Provenance from = new Provenance(plan.id(), plan.title(), "", "", java.time.LocalDate.now().toString());

        List<Measure> measures = PlanReader.measures(plan);
        OutlineNode work = r.root().addChild(new OutlineNode("主要工作和成效"));
        List<Measure> targets = measures.stream().filter(Measure::target).toList();
        if (!targets.isEmpty()) {
            OutlineNode g = work.addChild(new OutlineNode("目标任务完成情况"));
            for (Measure m : targets) {
                if (m.targets().isEmpty()) {
                    g.addChild(item(m.heading(), MEASURE_PROMPT, from));
                } else {
                    String planned = String.join("、", m.targets().stream().map(q -> q.indicator() + q.display()).toList());
                    g.addChild(item(m.heading(), TARGET_PROMPT.formatted(planned), from));
                }
            }
        }
        Map<OutlineNode, OutlineNode> groups = new IdentityHashMap<>();
        for (Measure m : measures) {
            if (m.target()) {
                continue;
            }
            OutlineNode g = groups.computeIfAbsent(m.group(), k -> work.addChild(new OutlineNode(groupHeading(k, m))));
            g.addChild(item(m.heading(), MEASURE_PROMPT, from));
        }
        OutlineNode problems = r.root().addChild(new OutlineNode("存在的问题"));
        problems.body().add(PROBLEMS_PROMPT);
        problems.setGuidance(true);
        OutlineNode next = r.root().addChild(new OutlineNode(year == null ? "下一年工作思路" : (year + 1) + "年工作思路"));
        next.body().add(NEXT_PROMPT);
        next.setGuidance(true);
        return r;
    }

    private static String groupHeading(OutlineNode group, Measure m) {
        String h = group.heading().strip();
        return h.isEmpty() ? m.heading() : h;
    }

    private static OutlineNode item(String heading, String prompt, Provenance from) {
        OutlineNode n = new OutlineNode(heading);
        n.body().add(prompt);
        n.setGuidance(true);
        n.setProvenance(from);
        return n;
    }

    static String summaryTitle(Report plan) {
        String t = plan.title().strip();
        String replaced = t.replaceAll("工作(要点|计划|思路|安排|方案)", "工作总结");
        if (!t.isEmpty() && !replaced.equals(t)) {
            return replaced;
        }
        return plan.organization() + (plan.year() == null ? "" : plan.year() + "年") + "工作总结";
    }

    /**
     * 起草下一年计划: a plan for the summary's year + 1 that starts from last year's plan (when known) and
     * offers the summary's 存在的问题 and 下一年工作思路 items as new measures in the groups they match.
     *
     * @param lastPlan the plan the summary answers, or null: then the summary's own groups are the frame
     */
    public static NextPlan planFromSummary(Report summary, Report lastPlan) {
        Integer fromYear = summary.year() != null ? summary.year() : lastPlan == null ? null : lastPlan.year();
        Integer toYear = fromYear == null ? null : fromYear + 1;
        Report r;
        List<OutlineNode> groups;
        if (lastPlan != null) {
            r = lastPlan.copy();
            r.setTitle(shiftYears(lastPlan.title(), lastPlan.year(), toYear));
            groups = new ArrayList<>();
            Map<OutlineNode, OutlineNode> copyOf = correspondence(lastPlan, r);
            java.util.LinkedHashSet<OutlineNode> seen = new java.util.LinkedHashSet<>();
            for (Measure m : PlanReader.measures(lastPlan)) {
                if (!m.target()) {
                    seen.add(copyOf.get(m.group()));
                }
            }
            groups.addAll(seen);
        } else {
            r = new Report();
            r.setTitle(summary.organization() + (toYear == null ? "" : toYear + "年") + "工作要点");
            r.setSettings(summary.settings());
            OutlineNode guide = r.root().addChild(new OutlineNode("指导思想"));
            guide.body().add("【请写明：本年度工作的指导思想和总体要求。】");
            guide.setGuidance(true);
            OutlineNode work = r.root().addChild(new OutlineNode("重点工作"));
            groups = new ArrayList<>();
            for (OutlineNode s : SummaryReader.sections(summary, SummaryReader.Part.ACHIEVEMENTS)) {
                List<OutlineNode> under = s.children().isEmpty() ? List.of(s) : s.children();
                for (OutlineNode g : under) {
                    if (!g.heading().isBlank()) {
                        groups.add(work.addChild(new OutlineNode(g.heading())));
                    }
                }
            }
            if (groups.isEmpty()) {
                groups.add(work);
            }
        }
        if (groups.isEmpty()) {
            groups.add(r.root().addChild(new OutlineNode("重点工作")));
        }
        r.setId(null);
        r.setKind(ReportKind.PLAN);
        r.setStatus(ReportStatus.DRAFT);
        r.setYear(toYear);
        r.setOrganization(summary.organization().isBlank() && lastPlan != null ? lastPlan.organization() : summary.organization());
        r.setDateOfIssue(null);
        r.setSourceFile(null);
        r.setImportedAt(null);
        r.parts().setAnswers(PlanLink.of(summary));
        r.parts().setDateText("");
        r.parts().setDocNumber("");
        if (r.parts().genre().isEmpty()) {
            r.parts().setGenre("工作要点");
        }

        // what the clerk confirms: years and names in the text kept from last year (before offers are added)
        List<YearNameReview.Item> review = lastPlan == null ? List.of()
                : YearNameReview.find(r.allNodes(), lastPlan.year(), toYear, lastPlan.organization(), r.organization());

        Map<OutlineNode, String> labels = Labeler.labels(summary);
        Provenance base = new Provenance(summary.id(), summary.title(), "", "", java.time.LocalDate.now().toString());
        Map<OutlineNode, Set<String>> groupTerms = new LinkedHashMap<>();
        for (OutlineNode g : groups) {
            Set<String> t = Terms.of(g.heading());
            for (OutlineNode x : g.subtree()) {
                Terms.add(x.heading(), t);
                for (String b : x.body()) {
                    Terms.add(b, t);
                }
            }
            groupTerms.put(g, t);
        }
        int offered = 0;
        for (SummaryReader.Part part : List.of(SummaryReader.Part.PROBLEMS, SummaryReader.Part.NEXT)) {
            for (OutlineNode s : SummaryReader.sections(summary, part)) {
                for (String item : SummaryReader.items(s)) {
                    OutlineNode g = bestGroup(item, groupTerms);
                    OutlineNode n = new OutlineNode("");
                    n.body().add(item);
                    n.setGuidance(true);
                    n.setProvenance(new Provenance(base.reportId(), base.reportTitle(), Labeler.path(s, labels), s.uid(), base.takenAt()));
                    g.addChild(n);
                    offered++;
                }
            }
        }
        return new NextPlan(r, review, offered);
    }

    /**
     * The group sharing the item's rarest terms (rarity across the groups: 学校 is in all of them, 教师 in
     * one); a term of the group's own heading counts double, as the heading names what the group is about.
     */
    private static OutlineNode bestGroup(String item, Map<OutlineNode, Set<String>> groups) {
        Map<String, Integer> df = new java.util.HashMap<>();
        for (Set<String> g : groups.values()) {
            for (String t : g) {
                df.merge(t, 1, Integer::sum);
            }
        }
        Set<String> t = Terms.of(item);
        OutlineNode best = null;
        double bestShared = 0;
        for (Map.Entry<OutlineNode, Set<String>> e : groups.entrySet()) {
            double shared = 0;
            for (String x : t) {
                if (e.getValue().contains(x)) {
                    double w = Math.log(1 + (double) groups.size() / df.get(x));
                    shared += Terms.of(e.getKey().heading()).contains(x) ? 2 * w : w;
                }
            }
            if (shared > bestShared) {
                bestShared = shared;
                best = e.getKey();
            }
        }
        // nothing in common with any group: the last group (usually 保障 or 其他) is where the clerk looks last
        return best != null ? best : groups.keySet().stream().reduce((a, b) -> b).orElseThrow();
    }

    /** Nodes of a report and of its copy, by position. */
    private static Map<OutlineNode, OutlineNode> correspondence(Report a, Report b) {
        Map<OutlineNode, OutlineNode> m = new IdentityHashMap<>();
        List<OutlineNode> x = a.allNodes();
        List<OutlineNode> y = b.allNodes();
        for (int i = 0; i < x.size(); i++) {
            m.put(x.get(i), y.get(i));
        }
        m.put(a.root(), b.root());
        return m;
    }

    /**
     * The title with its years moved on, in one pass (a year just written is not shifted again): this year and
     * the next wherever they name a year — 2025年, 2025学年, 2025年度, the range 2025—2026学年 — and no other number.
     */
    static String shiftYears(String title, Integer from, Integer to) {
        if (from == null || to == null) {
            return title;
        }
        int d = to - from;
        return org.reportdrafter.domain.WrittenYears.replace(title, y -> y == from || y == from + 1 ? String.valueOf(y + d) : null);
    }
}
