package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.List;
import java.util.regex.Pattern;

/** The office's preferred wording from its term list: 用“截至”不用“截止”（后接日期时）. */
final class WordingRule implements Rule {
    /** What a date looks like right after the word: 2025年, 12月, 5日, 目前, 年底 … */
    private static final Pattern DATE_AHEAD = Pattern.compile(
            "^\\s*(?:(?:19|20)[0-9]{2}年|[0-9]{1,2}月|[0-9]{1,2}日|[〇零一二三四五六七八九]{4}年|[一二三四五六七八九十]{1,2}月|目前|当前|现在|今年|去年|上年|本年|年底|年末|月底|[上下]半年|今天|本月|上月)");

    @Override

    public String id() {

        return "wording";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        List<TermList.Wording> words = ctx.terms().wordings();
        if (words.isEmpty()) {
            return;
        }
        for (TextPiece p : ctx.pieces()) {
            String t = p.text();
            for (TermList.Wording w : words) {
                for (int at = t.indexOf(w.avoid()); at >= 0; at = t.indexOf(w.avoid(), at + w.avoid().length())) {
                    int end = at + w.avoid().length();
                    if (w.beforeDate() && !DATE_AHEAD.matcher(t.subSequence(end, Math.min(t.length(), end + 8))).find()) {
                        continue;
                    }
                    out.add(new Finding(id(), Severity.WARNING, p, at, w.avoid().length(),
                            Message.of(w.beforeDate() ? "check.wording.beforeDate" : "check.wording", w.prefer(), w.avoid()),
                            new Fix(w.avoid().length(), w.prefer())));
                }
            }
        }
    }
}
