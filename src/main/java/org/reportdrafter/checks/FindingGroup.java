package org.reportdrafter.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportdrafter.i18n.Message;

/**
 * Findings of one rule in one piece of text, shown as one entry: a page copied from the web with 300
 * half-width commas gives one entry per paragraph with a count, not 300 lines.
 */
public record FindingGroup(List<Finding> findings) {
    public FindingGroup {
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("empty group");
        }
    }

    public Finding first() {
        return findings.get(0);
    }

    public String rule() {
        return first().rule();
    }

    public Severity severity() {
        return first().severity();
    }

    public TextPiece piece() {
        return first().piece();
    }

    public int count() {
        return findings.size();
    }

    /** How many of them have a safe fix. */
    public int fixable() {
        return (int) findings.stream().filter(f -> f.fix() != null).count();
    }

    /** One line for the list, in Chinese (the command line, review copies). */
    public String message() {
        return message(Message.CHINESE);
    }

    /** One line for the list: the finding's own message, or the rule and the count. */
    public String message(Locale locale) {
        if (findings.size() == 1) {
            return first().message(locale);
        }
        boolean same = findings.stream().allMatch(f -> f.what().equals(first().what()));
        return same ? Message.format(locale, "check.group.same", first().what(), findings.size())
                : Message.format(locale, "check.group.mixed", Proofreader.ruleName(rule(), locale), first().what(), findings.size());
    }

    /** Groups findings (in reading order) by rule and piece, keeping the order of each group's first finding. */
    public static List<FindingGroup> of(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        Map<TextPiece, Integer> ids = new java.util.IdentityHashMap<>();
        for (Finding f : findings) {
            int id = ids.computeIfAbsent(f.piece(), k -> ids.size());
            // findings without a place in the text (a heading out of order) stay on their own
            String key = f.length() == 0 ? f.rule() + "@" + id + "#" + f.offset() + f.message() : f.rule() + "@" + id;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<FindingGroup> out = new ArrayList<>();
        for (List<Finding> g : groups.values()) {
            out.add(new FindingGroup(g));
        }
        return out;
    }
}
