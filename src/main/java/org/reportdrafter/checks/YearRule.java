package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.ReportKind;

/**
 * Years that do not fit the report: last year's plan text left in this year's plan, a summary whose body
 * speaks of another year than its title, a date of issue far from the report year, and dates written
 * with zero padding (2025年03月05日).
 */
final class YearRule implements Rule {
    /** A year as the genre writes it: 2025年, 2025年度, 2010学年, 2010学年第二学期, 2025年上半年 (group 2: the year). */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(((?:19|20)[0-9]{2})学?年)(?![0-9])(?:度|第[一二]学期|[上下]半年)?");
    private static final Pattern PADDED = Pattern.compile("(?<=[0-9]年|月)0([1-9])(?=[月日])");
    private static final Pattern COMING = Pattern.compile("^(，|,)?(全[县区市镇校]|我[局县区市校]|[学本]校)?(将|要|力争|计划|拟|预计|工作要点|工作计划|重点工作|工作思路|是.{0,6}(关键|开局|攻坚|决胜)之?年)");

    @Override

    public String id() {

        return "year";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        Integer y = ctx.report().year();
        ReportKind kind = ctx.report().kind();
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Finding> firstMention = new HashMap<>();
        for (TextPiece p : ctx.pieces()) {
            String t = p.text();
            Matcher pad = PADDED.matcher(t);
            while (pad.find()) {
                out.add(new Finding(id(), Severity.WARNING, p, pad.start(), 2,
                        Message.of("check.year.padded", pad.group(1)), new Fix(2, pad.group(1))));
            }
            if (y == null || p.place() == TextPiece.Place.TITLE) {
                continue;
            }
            Matcher m = YEAR.matcher(t);
            while (m.find()) {
                int year = Integer.parseInt(m.group(2));
                int length = m.group(1).length();
                counts.merge(year, 1, Integer::sum);
                firstMention.putIfAbsent(year, new Finding(id(), Severity.WARNING, p, m.start(), length, Message.of("check.year.padded", ""), null));
                if (kind == ReportKind.PLAN && year == y - 1 && COMING.matcher(t.substring(m.end())).find()) {
                    out.add(new Finding(id(), Severity.WARNING, p, m.start(), length,
                            Message.of("check.year.lastYear", String.valueOf(y), m.group(1)), null));
                }
            }
        }
        if (y != null && (kind == ReportKind.SUMMARY || kind == ReportKind.SUMMARY_AND_PLAN)) {
            int own = counts.getOrDefault(y, 0);
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                int other = e.getKey();
                boolean expected = other == y || other == y + 1 && kind == ReportKind.SUMMARY_AND_PLAN || other < y - 1;
                if (!expected && e.getValue() >= 3 && e.getValue() > own) {
                    Finding f = firstMention.get(other);
                    out.add(new Finding(id(), Severity.WARNING, f.piece(), f.offset(), 5,
                            Message.of("check.year.otherYear", String.valueOf(y), e.getValue(), String.valueOf(other)), null));
                }
            }
        }
        if (y != null && ctx.report().dateOfIssue() != null && ctx.report().parts().dateText().isEmpty()) {
            int issued = ctx.report().dateOfIssue().getYear();
            if (issued < y - 1 || issued > y + 1) {
                out.add(new Finding(id(), Severity.WARNING, ctx.datePiece() != null ? ctx.datePiece() : ctx.titlePiece(), 0, 0,
                        Message.of("check.year.issueFar", String.valueOf(issued), String.valueOf(y)), null));
            }
        }
    }
}
