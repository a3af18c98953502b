package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One indicator, one number: 毛入园率达到98% in one place and 97% in another. Only settled statements
 * count (达到, 保持在, 为, 稳定在 …): a sentence that speaks of a change (由…提高到…, 比上年, 同比) names
 * two numbers on purpose, and a target for another year (到2023年 / 到2025年) is another indicator.
 */
final class ConsistencyRule implements Rule {
    private static final Pattern INDICATOR = Pattern.compile(
            "([\u4e00-\u9fff]{1,8}?(?:率|比例|覆盖面|占比))(?:要|均|总体|力争|确保|继续)?(?:达到|达|保持在|保持|稳定在|为|不低于|超过|高于)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]");
    private static final Pattern CHANGE = Pattern.compile("由|从|比上年|同比|较上年|较去年|提高|提升|增长|下降|上升|增加|减少");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}年");

    @Override

    public String id() {

        return "consistency";

    }

    private record Seen(String value, TextPiece piece) {
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        Map<String, Seen> first = new HashMap<>();
        for (TextPiece p : ctx.pieces()) {
            String t = p.text();
            if (t.indexOf('%') < 0 && t.indexOf('％') < 0) {
                continue;
            }
            Matcher m = INDICATOR.matcher(t);
            while (m.find()) {
                String sentence = sentence(t, m.start(), m.end());
                if (CHANGE.matcher(sentence).find()) {
                    continue;
                }
                String name = m.group(1);
                String key = name.length() > 4 ? name.substring(name.length() - 4) : name;
                Matcher y = YEAR.matcher(sentence);
                String year = y.find() ? y.group() : "";
                String value = m.group(2).replaceAll("\\.0+$", "");
                Seen seen = first.putIfAbsent(year + key, new Seen(value, p));
                if (seen != null && !seen.value().equals(value)) {
                    int at = m.start(2);
                    out.add(new Finding(id(), Severity.WARNING, p, at, m.end() - at,
                            Message.of("check.consistency", key, value, seen.piece(), seen.value()), null));
                }
            }
        }
    }

    private static String sentence(String t, int from, int to) {
        int s = from;
        while (s > 0 && "。；！？".indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        int e = to;
        while (e < t.length() && "。；！？".indexOf(t.charAt(e)) < 0) {
            e++;
        }
        return t.substring(s, e);
    }
}
