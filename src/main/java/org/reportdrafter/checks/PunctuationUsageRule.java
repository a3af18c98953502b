package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 标点符号用法 as GB/T 15834-2011 has it: the ellipsis is …… (not 。。。, ... or a single …); no mark
 * before 等 or 等等 closing a list (4.5.3.3); no doubled marks (，，, 。。); no comma, 顿号 or colon
 * right before a closing bracket; one family of quotation marks (“” not mixed with 〝〞).
 */
final class PunctuationUsageRule implements Rule {
    private static final Pattern ELLIPSIS = Pattern.compile("。{3,}|\\.{3,}|．{3,}|·{3,}|…+");
    /** 、等 ，等等: but 等到, 等待, 等级, 等次, 等同 … are words of their own. */
    private static final Pattern BEFORE_DENG = Pattern.compile("[、，,；]\\s*(?=等(?![到待候级次同于额量值高奖第会一着我你他]))");
    private static final Pattern DOUBLED = Pattern.compile("([，、；：])\\1+|(?<!。)。。(?!。)|[，、；：]。|。[，、；]");
    private static final Pattern BEFORE_CLOSE = Pattern.compile("[，、；：](?=\\s*[）)〕】」』])");
    private static final Pattern ODD_QUOTES = Pattern.compile("[〝〞＂]");

    @Override

    public String id() {

        return "punctuation-usage";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (TextPiece p : ctx.pieces()) {
            String t = p.text();
            Matcher e = ELLIPSIS.matcher(t);
            boolean adj = adjacentMarks(t);
            boolean deng = t.indexOf('等') >= 0;
            boolean dots = t.indexOf('…') >= 0 || t.contains("。。。") || t.contains("...") || t.contains("．．．") || t.contains("···");
            while (dots && e.find()) {
                if (e.group().startsWith(".") && e.start() > 0 && t.charAt(e.start() - 1) < 128 && Character.isLetterOrDigit(t.charAt(e.start() - 1))
                        && e.end() < t.length() && t.charAt(e.end()) < 128) {
                    continue; // Latin text: etc...
                }
                String repl = "……";
                if (e.group().charAt(0) == '…' && (e.group().length() == 2 || e.group().length() == 4)) {
                    continue; // …… and the 12-dot …………  for a left-out paragraph
                }
                out.add(new Finding(id(), Severity.WARNING, p, e.start(), e.group().length(),
                        Message.of("check.usage.ellipsis", e.group()), new Fix(e.group().length(), repl)));
            }
            Matcher d = BEFORE_DENG.matcher(t);
            while (deng && d.find()) {
                out.add(new Finding(id(), Severity.WARNING, p, d.start(), d.end() - d.start(),
                        Message.of("check.usage.deng", String.valueOf(t.charAt(d.start()))), new Fix(d.end() - d.start(), "")));
            }
            Matcher dd = DOUBLED.matcher(t);
            while (adj && dd.find()) {
                String g = dd.group();
                boolean same = g.chars().distinct().count() == 1;
                out.add(new Finding(id(), Severity.WARNING, p, dd.start(), g.length(), Message.of("check.usage.doubled", g),
                        same ? new Fix(g.length(), g.substring(0, 1)) : null));
            }
            Matcher b = BEFORE_CLOSE.matcher(t);
            while (adj && b.find()) {
                out.add(new Finding(id(), Severity.WARNING, p, b.start(), 1,
                        Message.of("check.usage.beforeClose", b.group()), new Fix(1, "")));
            }
            if (t.indexOf('“') >= 0 || t.indexOf('”') >= 0 || t.indexOf('〝') >= 0 || t.indexOf('〞') >= 0) {
                Matcher q = ODD_QUOTES.matcher(t);
                boolean open = true;
                while (q.find()) {
                    char c = t.charAt(q.start());
                    String repl;
                    if (c == '〝') {
                        repl = "“";
                    } else if (c == '〞') {
                        repl = "”";
                    } else {
                        repl = open ? "“" : "”";
                        open = !open;
                    }
                    out.add(new Finding(id(), Severity.WARNING, p, q.start(), 1,
                            Message.of("check.usage.quotes", String.valueOf(c), repl), new Fix(1, repl)));
                }
            }
        }
    }

    /** Two marks side by side (，， 。。 ，） …): the doubled-mark and closing-bracket patterns need one. */
    private static boolean adjacentMarks(String t) {
        for (int i = 0; i + 1 < t.length(); i++) {
            if ("，、；：。".indexOf(t.charAt(i)) >= 0 && "，、；：。）)〕】」』".indexOf(t.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
