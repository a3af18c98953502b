package org.reportdrafter.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.reportdrafter.domain.Report;

/** Runs the proofreading rules that are switched on for a report; findings come in reading order. */
public final class Proofreader {
    public static final List<Rule> RULES = List.of(new PlaceholderRule(), new NumberingRule(), new DuplicateRule(),
            new PunctuationRule(), new PairsRule(), new YearRule(), new DoubledCharRule(), new StructureRules.EmptySection(),
            new StructureRules.HeadingPunctuation(), new StructureRules.HeadingLength());

    private Proofreader() {
    }

    public static List<Finding> check(Report report) {
        CheckContext ctx = new CheckContext(report);
        Set<String> off = report.settings().disabledChecks();
        List<Finding> out = new ArrayList<>();
        for (Rule r : RULES) {
            if (!off.contains(r.id())) {
                r.check(ctx, out);
            }
        }
        List<org.reportdrafter.checks.TextPiece> order = ctx.pieces();
        java.util.Map<TextPiece, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        out.sort(Comparator.comparingInt((Finding f) -> index.getOrDefault(f.piece(), 0)).thenComparingInt(Finding::offset));
        return out;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
