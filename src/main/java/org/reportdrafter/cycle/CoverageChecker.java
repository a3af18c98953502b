package org.reportdrafter.cycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/**
 * Checks a summary against its plan (对照): for every measure and target of the plan, the summary
 * passages that account for it, by the share of the measure's rare terms they contain.
 *
 * <p>A passage is a sentence of the summary, or two sentences running on, with its section heading as
 * context. A measure's score against a passage is the weighted share of its key terms (its heading)
 * the passage contains, lifted a little when the passage also shares the measure's body terms; the
 * weight of a term is its rarity ({@link TermRarity}), so 科技竞赛 counts and 教育 hardly does.
 * Passages in the summary's 存在问题 can make a measure at most {@code partly} accounted for; passages
 * in its 下一年工作思路 do not count (a promise is not a report).
 */
public final class CoverageChecker {
    /** Share of a measure's weighted key terms at which it counts as accounted for. */
    public static final double COVERED = 0.6;
    /** Share at which it counts as touched on. */
    public static final double PARTLY = 0.34;
    /** Share of a planned indicator's terms that a reported clause must contain to be the same indicator. */
    static final double SAME_INDICATOR = 0.5;
    private static final int MAX_EVIDENCE = 3;

    private final TermRarity rarity;

    public CoverageChecker() {
        this(TermRarity.NONE);
    }

    public CoverageChecker(TermRarity rarity) {
        this.rarity = rarity == null ? TermRarity.NONE : rarity;
    }

    /** One passage of the summary. */
    private record Unit(OutlineNode node, int paragraph, int offset, String text, Set<String> terms, SummaryReader.Part part) {
    }

    private record Reported(Quantity q, Set<String> terms, OutlineNode node, String path) {
    }

    public Coverage check(Report plan, Report summary) {
        List<Measure> measures = PlanReader.measures(plan);
        Map<OutlineNode, String> labels = Labeler.labels(summary);
        Set<String> measureHeadings = new HashSet<>();
        for (Measure m : measures) {
            measureHeadings.add(m.heading());
        }
        List<Unit> units = new ArrayList<>();
        List<Reported> reported = new ArrayList<>();
        List<Set<String>> docs = new ArrayList<>();
        List<String> preamble = summary.documentPreamble();
        for (int p = 0; p < preamble.size(); p++) {
            addUnits(null, p, preamble.get(p), Set.of(), SummaryReader.Part.ACHIEVEMENTS, units);
            docs.add(Terms.of(preamble.get(p)));
            addReported(preamble.get(p), null, "开头", reported);
        }
        Map<OutlineNode, SummaryReader.Part> parts = new IdentityHashMap<>();
        for (OutlineNode n : summary.allNodes()) {
            SummaryReader.Part part = SummaryReader.partOf(n);
            parts.put(n, part);
            if (n.guidance() || part == SummaryReader.Part.NEXT) {
                continue;
            }
            boolean copied = measureHeadings.contains(n.heading().strip());
            Set<String> context = copied ? Set.of() : Terms.of(n.heading());
            Set<String> doc = new HashSet<>(context);
            if (!copied && !n.heading().isBlank()) {
                addUnits(n, -1, n.heading(), Set.of(), part, units);
            }
            for (int p = 0; p < n.body().size(); p++) {
                int first = units.size();
                addUnits(n, p, n.body().get(p), context, part, units);
                for (int u = first; u < units.size(); u++) {
                    doc.addAll(units.get(u).terms());
                }
            }
            docs.add(doc);
            String path = Labeler.path(n, labels);
            if (!copied) {
                addReported(n.heading(), n, path, reported);
            }
            for (String p : n.body()) {
                addReported(p, n, path, reported);
            }
        }
        List<Set<String>> keys = new ArrayList<>();
        List<Set<String>> bodies = new ArrayList<>();
        for (Measure m : measures) {
            Set<String> k = Terms.of(m.heading());
            Set<String> b = Terms.of(m.text());
            b.removeAll(k);
            keys.add(k);
            bodies.add(b);
            Set<String> d = new HashSet<>(k);
            d.addAll(b);
            docs.add(d);
        }
        Map<String, Double> w = weights(docs);

        // an inverted index of the passages, so a measure is scored only against passages it shares a term with
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            for (String t : units.get(u).terms()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(u);
            }
        }
        Map<String, List<Reported>> reportedByUnit = new HashMap<>();
        for (Reported r : reported) {
            if (r.node() == null || parts.get(r.node()) != SummaryReader.Part.NEXT) {
                reportedByUnit.computeIfAbsent(r.q().unit(), k -> new ArrayList<>()).add(r);
            }
        }

        List<Coverage.Item> items = new ArrayList<>();
        Map<OutlineNode, Double> bestPerNode = new IdentityHashMap<>();
        double[] keyShared = new double[units.size()];
        double[] bodyShared = new double[units.size()];
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            Set<String> key = keys.get(i);
            Set<String> body = bodies.get(i);
            double keyTotal = sum(key, w);
            double bodyTotal = sum(body, w);
            List<Coverage.Evidence> scored = new ArrayList<>();
            java.util.Arrays.fill(keyShared, 0);
            java.util.Arrays.fill(bodyShared, 0);
            int[] touched = new int[units.size()];
            int nTouched = 0;
            for (String t : key) {
                double wt = w.getOrDefault(t, 1.0);
                for (int u : postings.getOrDefault(t, List.of())) {
                    if (keyShared[u] == 0) {
                        touched[nTouched++] = u;
                    }
                    keyShared[u] += wt;
                }
            }
            for (String t : body) {
                double wt = w.getOrDefault(t, 1.0);
                for (int u : postings.getOrDefault(t, List.of())) {
                    bodyShared[u] += wt;
                }
            }
            double[] scores = new double[units.size()];
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < nTouched; j++) {
                int u = touched[j];
                double s = score(keyShared[u], keyTotal, bodyShared[u], bodyTotal);
                scores[u] = s;
                Unit unit = units.get(u);
                if (unit.node() != null && s > 0) {
                    bestPerNode.merge(unit.node(), s, Math::max);
                }
                if (s >= PARTLY) {
                    order.add(u);
                }
            }
            order.sort(Comparator.comparingDouble((Integer u) -> -scores[u]));
            Set<Object> seenNodes = new HashSet<>();
            double best = 0;
            boolean onlyProblems = true;
            for (Integer u : order) {
                if (scores[u] < PARTLY || scored.size() >= MAX_EVIDENCE) {
                    break;
                }
                Unit unit = units.get(u);
                Object nodeKey = unit.node() == null ? "preamble" + unit.paragraph() : unit.node();
                if (!seenNodes.add(nodeKey)) {
                    continue;
                }
                if (unit.part() != SummaryReader.Part.PROBLEMS) {
                    onlyProblems = false;
                }
                best = Math.max(best, scores[u]);
                String path = unit.node() == null ? "开头第" + (unit.paragraph() + 1) + "段" : Labeler.path(unit.node(), labels);
                scored.add(new Coverage.Evidence(unit.node(), path, unit.paragraph(), unit.offset(), shorten(unit.text(), 90),
                        round(scores[u])));
            }
            Coverage.Status status = best >= COVERED ? Coverage.Status.COVERED
                    : best >= PARTLY ? Coverage.Status.PARTLY : Coverage.Status.MISSING;
            if (onlyProblems && status == Coverage.Status.COVERED) {
                status = Coverage.Status.PARTLY;
            }
            List<Coverage.TargetCheck> targets = new ArrayList<>();
            int found = 0;
            for (Quantity q : m.targets()) {
                Coverage.TargetCheck c = target(q, m, reportedByUnit.getOrDefault(q.unit(), List.of()), w);
                targets.add(c);
                if (c.result() != Coverage.TargetResult.NOT_REPORTED) {
                    found++;
                }
            }
            if (found > 0 && found == targets.size() && m.target()) {
                status = Coverage.Status.COVERED;
            } else if (found > 0 && status == Coverage.Status.MISSING) {
                status = Coverage.Status.PARTLY;
            }
            items.add(new Coverage.Item(m, status, round(best), scored, targets));
        }

        List<Coverage.Unplanned> unplanned = new ArrayList<>();
        for (OutlineNode n : summary.allNodes()) {
            if (parts.get(n) != SummaryReader.Part.ACHIEVEMENTS || n.guidance() || !PlanReader.isLeaf(n)
                    || n.parent() == summary.root() && n.body().isEmpty()) {
                continue;
            }
            String text = PlanReader.text(n).replace('\n', ' ');
            if (org.reportdrafter.domain.TextStats.countChars(text) < 10) {
                continue;
            }
            if (bestPerNode.getOrDefault(n, 0.0) < PARTLY) {
                unplanned.add(new Coverage.Unplanned(n, Labeler.path(n, labels), shorten(text, 90)));
            }
        }
        return new Coverage(items, unplanned);
    }

    private Coverage.TargetCheck target(Quantity q, Measure m, List<Reported> reported, Map<String, Double> w) {
        Set<String> want = Terms.of(q.indicator());
        if (want.isEmpty()) {
            want = Terms.of(m.heading());
        }
        double total = sum(want, w);
        Reported best = null;
        double bestSim = 0;
        for (Reported r : reported) {
            if (total == 0) {
                break;
            }
            double sim = sharedWeight(want, r.terms(), w) / total;
            if (sim > bestSim) {
                bestSim = sim;
                best = r;
            }
        }
        if (best == null || bestSim < SAME_INDICATOR) {
            return new Coverage.TargetCheck(q, null, "", Coverage.TargetResult.NOT_REPORTED);
        }
        return new Coverage.TargetCheck(q, best.q(), best.path(),
                q.metBy(best.q().value()) ? Coverage.TargetResult.MET : Coverage.TargetResult.NOT_MET);
    }

    private static void addReported(String text, OutlineNode node, String path, List<Reported> out) {
        for (Quantity q : Quantity.find(text)) {
            // the indicator, else the whole clause, names what was counted
            Set<String> t = Terms.of(q.indicator());
            Terms.add(q.text(), t);
            out.add(new Reported(q, t, node, path));
        }
    }

    private static void addUnits(OutlineNode node, int paragraph, String text, Set<String> context, SummaryReader.Part part,
                                 List<Unit> out) {
        List<String> sentences = Terms.sentences(text);
        List<Set<String>> terms = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int from = 0;
        for (String s : sentences) {
            int at = text.indexOf(s, from);
            offsets.add(Math.max(0, at));
            from = at < 0 ? from : at + s.length();
            Set<String> t = new LinkedHashSet<>(context);
            Terms.add(s, t);
            terms.add(t);
            out.add(new Unit(node, paragraph, offsets.get(offsets.size() - 1), s, t, part));
        }
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Set<String> t = new LinkedHashSet<>(terms.get(i));
            t.addAll(terms.get(i + 1));
            out.add(new Unit(node, paragraph, offsets.get(i), sentences.get(i) + sentences.get(i + 1), t, part));
        }
    }

    /** Weighted share of the key terms in the passage, lifted when it also shares the body's terms. */
    static double score(double keyShared, double keyTotal, double bodyShared, double bodyTotal) {
        if (keyTotal <= 0) {
            return 0;
        }
        double k = keyShared / keyTotal;
        if (k == 0 || bodyTotal <= 0) {
            return k;
        }
        double b = bodyShared / bodyTotal;
        return Math.max(k, 0.6 * k + 0.4 * Math.min(1, 2 * b));
    }

    private static double sharedWeight(Set<String> a, Set<String> b, Map<String, Double> w) {
        double s = 0;
        for (String t : a) {
            if (b.contains(t)) {
                s += w.getOrDefault(t, 1.0);
            }
        }
        return s;
    }

    private static double sum(Collection<String> terms, Map<String, Double> w) {
        double s = 0;
        for (String t : terms) {
            s += w.getOrDefault(t, 1.0);
        }
        return s;
    }

    /** Rarity from the library where it knows the term, else from the documents compared. */
    private Map<String, Double> weights(List<Set<String>> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> d : docs) {
            for (String t : d) {
                df.merge(t, 1, Integer::sum);
            }
        }
        Map<String, Double> w = new HashMap<>();
        int n = Math.max(1, docs.size());
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            w.put(e.getKey(), Math.log(1 + (double) n / e.getValue()));
        }
        Map<String, Double> lib = rarity.weights(df.keySet());
        w.putAll(lib);
        return w;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    static String shorten(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }
}
