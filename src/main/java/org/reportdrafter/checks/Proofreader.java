package org.reportdrafter.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportdrafter.domain.Report;

/** Runs the proofreading rules that are switched on for a report; findings come in reading order. */
public final class Proofreader {
    public static final List<Rule> RULES = List.of(new PlaceholderRule(), new NumberingRule(), new DuplicateRule(),
            new PunctuationRule(), new PunctuationUsageRule(), new PairsRule(), new NumberUsageRule(), new YearRule(),
            new DoubledCharRule(), new WordingRule(), new ConsistencyRule(), new StructureRules.EmptySection(),
            new StructureRules.HeadingPunctuation(), new StructureRules.HeadingStop(), new StructureRules.LevelSkip(),
            new StructureRules.HeadingLength(), new OfficialPartsRule());

    private Proofreader() {
    }

    public static List<Finding> check(Report report) {
        return check(report, TermList.EMPTY, LocalDate.now());
    }

    public static List<Finding> check(Report report, TermList terms) {
        return check(report, terms, LocalDate.now());
    }

    /**
     * @param terms protected terms no finding may touch, and the office's preferred wording
     * @param today the day of the check (a 成文日期 after it is suspicious)
     */
    public static List<Finding> check(Report report, TermList terms, LocalDate today) {
        CheckContext ctx = new CheckContext(report, terms, today);
        Set<String> off = report.settings().disabledChecks();
        List<Finding> out = new ArrayList<>();
        for (Rule r : RULES) {
            if (!off.contains(r.id())) {
                r.check(ctx, out);
            }
        }
        if (!terms.protectedTerms().isEmpty()) {
            out.removeIf(f -> touchesProtected(f, terms.protectedTerms()));
        }
        List<TextPiece> order = ctx.pieces();
        Map<TextPiece, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        out.sort(Comparator.comparingInt((Finding f) -> index.getOrDefault(f.piece(), 0)).thenComparingInt(Finding::offset));
        return out;
    }

    /** A finding whose marked text overlaps an occurrence of a protected term. */
    private static boolean touchesProtected(Finding f, List<String> protectedTerms) {
        if (f.length() == 0) {
            return false;
        }
        String t = f.piece().text();
        int from = f.offset();
        int to = f.offset() + f.length();
        for (String term : protectedTerms) {
            for (int at = t.indexOf(term, Math.max(0, from - term.length() + 1)); at >= 0 && at < to; at = t.indexOf(term, at + 1)) {
                if (at + term.length() > from) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** A rule's name in Chinese. */
    public static String ruleName(String id) {
        return ruleName(id, org.reportdrafter.i18n.Message.CHINESE);
    }

    public static String ruleName(String id, java.util.Locale locale) {
        for (Rule r : RULES) {
            if (r.id().equals(id)) {
                return r.name(locale);
            }
        }
        return id;
    }
}
