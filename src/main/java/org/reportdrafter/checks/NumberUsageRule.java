package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 数字用法 as GB/T 15835-2011 has it: 〇 (not 0, O, ○ or 零) among Chinese numerals of a year; full
 * four-digit years (not 25年底); one script per date (2025年三月 mixes); 日 not 号 in a date; the
 * percent sign or 万/亿 on both ends of a range (15%～30%, 9亿～16亿); 一字线 in a range of years
 * (2026—2030年, GB/T 15834 4.13); no 顿号 between neighbouring numerals of an estimate (三五天);
 * half-width digits. Zero-padded months and days are the year rule's.
 */
final class NumberUsageRule implements Rule {
    private static final String CN = "一二三四五六七八九";
    /** A zero-like character between Chinese numerals of a year: 二0二五年, 二O二五年, 二○二五年, 二零二五年. */
    private static final Pattern CN_YEAR = Pattern.compile("[一二三四五六七八九〇0OoＯ○零]{4}(?=年)");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![0-9０-９.．\\-－])([0-9]{2})年(?=底|初|末|[上下]半年|度|[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月|春季|秋季|暑假|寒假)");
    private static final Pattern DATE = Pattern.compile(
            "([0-9]{4}|[〇零一二三四五六七八九○]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?");
    private static final Pattern HAO = Pattern.compile("(?<=[0-9一二三四五六七八九十]月)([0-9]{1,2}|[一二三四五六七八九十]{1,3})号(?![楼院线令文室房馆])");
    private static final Pattern RANGE = Pattern.compile(
            "(?<![0-9.．%])([0-9]+(?:\\.[0-9]+)?)\\s*([～~〜－\\-—–]|至|到)\\s*([0-9]+(?:\\.[0-9]+)?)(%|％|‰|万|亿)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(年?)\\s*([-－~～〜–]|—{2})\\s*((?:19|20)[0-9]{2})年");
    private static final Pattern ESTIMATE = Pattern.compile("(?<![、一二三四五六七八九十第])([一二三四五六七八])、([二三四五六七八九])(?=[天日周月年个人名次项倍岁所家种条万千百十])(?!年级)");
    private static final Pattern FULL_DIGITS = Pattern.compile("[０-９]+");

    @Override

    public String id() {

        return "number-usage";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (TextPiece p : ctx.pieces()) {
            String t = p.text();
            if (!hasDigitOrYear(t)) {
                continue;
            }
            Matcher y = CN_YEAR.matcher(t);
            while (y.find()) {
                String s = y.group();
                if (s.chars().noneMatch(c -> CN.indexOf(c) >= 0)) {
                    continue;
                }
                String fixed = s.replaceAll("[0OoＯ○零]", "〇");
                if (!fixed.equals(s) && fixed.chars().allMatch(c -> c == '〇' || CN.indexOf(c) >= 0)) {
                    out.add(new Finding(id(), Severity.WARNING, p, y.start(), s.length(),
                            Message.of("check.number.zero", fixed), new Fix(s.length(), fixed)));
                }
            }
            Matcher sy = SHORT_YEAR.matcher(t);
            while (sy.find()) {
                int yy = Integer.parseInt(sy.group(1));
                String full = (yy < 50 ? "20" : "19") + sy.group(1);
                out.add(new Finding(id(), Severity.WARNING, p, sy.start(), 3, Message.of("check.number.shortYear", full, sy.group()),
                        new Fix(2, full)));
            }
            Matcher d = DATE.matcher(t);
            while (d.find()) {
                boolean arabic = false;
                boolean chinese = false;
                for (int g = 1; g <= 3; g++) {
                    String s = d.group(g);
                    if (s != null) {
                        if (Character.isDigit(s.charAt(0)) && s.charAt(0) < 128) {
                            arabic = true;
                        } else {
                            chinese = true;
                        }
                    }
                }
                if (arabic && chinese) {
                    out.add(new Finding(id(), Severity.WARNING, p, d.start(), d.end() - d.start(),
                            Message.of("check.number.mixedDate", d.group()), null));
                }
            }
            Matcher h = HAO.matcher(t);
            while (h.find()) {
                out.add(new Finding(id(), Severity.WARNING, p, h.end() - 1, 1, Message.of("check.number.hao"), new Fix(1, "日")));
            }
            Matcher r = RANGE.matcher(t);
            while (r.find()) {
                if (r.group(2).equals("-") && r.start() > 0 && isLatin(t, r.start() - 1)) {
                    continue; // GB/T 9704-2012, ISO 9001-2015
                }
                String unit = r.group(4);
                String suggestion = r.group(1) + unit + "～" + r.group(3) + unit;
                out.add(new Finding(id(), Severity.WARNING, p, r.start(), r.end() - r.start(),
                        Message.of("check.number.range", unit, suggestion), new Fix(r.end() - r.start(), suggestion)));
            }
            Matcher yr = YEAR_RANGE.matcher(t);
            while (yr.find()) {
                if (insideTitle(t, yr.start())) {
                    continue; // a document's name is quoted as published: 《纲要（2010-2020年）》
                }
                int from = yr.start(3);
                int len = yr.end(3) - from;
                out.add(new Finding(id(), Severity.WARNING, p, from, len,
                        Message.of("check.number.yearRange", yr.group(1) + yr.group(2) + "—" + yr.group(4) + "年"), new Fix(len, "—")));
            }
            Matcher e = ESTIMATE.matcher(t);
            while (e.find()) {
                int a = "一二三四五六七八九".indexOf(e.group(1));
                int b = "一二三四五六七八九".indexOf(e.group(2));
                if (b > a && b - a <= 2 && e.start() > 0) {
                    out.add(new Finding(id(), Severity.WARNING, p, e.start(), 3,
                            Message.of("check.number.estimate", e.group(1) + e.group(2)), new Fix(3, e.group(1) + e.group(2))));
                }
            }
            Matcher f = FULL_DIGITS.matcher(t);
            while (f.find()) {
                StringBuilder half = new StringBuilder();
                for (char c : f.group().toCharArray()) {
                    half.append((char) (c - '０' + '0'));
                }
                out.add(new Finding(id(), Severity.WARNING, p, f.start(), f.group().length(),
                        Message.of("check.number.fullwidth", f.group(), half.toString()), new Fix(f.group().length(), half.toString())));
            }
        }
    }

    /** Cheap pre-filter: rules here need a digit, a Chinese numeral or 年. */
    private static boolean hasDigitOrYear(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '年' || c == '、' || c == '月') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(String t, int i) {
        char c = t.charAt(i);
        return c < 128 && Character.isLetter(c) || c == ' ' && i > 0 && t.charAt(i - 1) < 128 && Character.isLetter(t.charAt(i - 1));
    }

    /** Inside 《…》: a title quoted as published. */
    static boolean insideTitle(String t, int at) {
        int open = t.lastIndexOf('《', at);
        return open >= 0 && t.lastIndexOf('》', at) < open && t.indexOf('》', at) >= 0;
    }
}
