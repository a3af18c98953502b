package org.reportdrafter.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number stated in a plan or summary, read as indicator + value + unit: 学前三年毛入园率达到98% is
 * (学前三年毛入园率, 98, %), 新建校舍3万平方米 is (新建校舍, 30000, 平方米). The value is in the base unit
 * (万 and 亿 multiplied out, 亿元 as 万元) so 3万平方米 and 32000平方米 compare.
 *
 * @param indicator   the words before the number in its clause, without the comparison verb
 * @param value       the value in {@code unit}
 * @param unit        the base unit: %, 平方米, 人次, 所, 万元…
 * @param lowerIsBetter true when the plan bounds it from above (控制在…以内, 下降到, 不超过)
 * @param text        the clause as written
 */
public record Quantity(String indicator, double value, String unit, boolean lowerIsBetter, String text) {

    /** Units, longest first, so 万平方米 is read before 平方米 and 人次 before 人. */
    private static final String UNITS = "个百分点|万平方米|平方米|万人次|人次|万元|亿元|元|%|％|‰|万人|人|名|所|个|项|场|次|节|篇|家|台|套|间"
            + "|册|课时|学时|小时|公里|千米|米|亩|位|支|批|班|门|件|部|张|册|园|校|座|处|条|本|期|轮|组|届|颗";
    private static final Pattern NUMBER = Pattern.compile(
            "([0-9]+(?:\\.[0-9]+)?)\\s*(万|亿|千)?\\s*(余|多)?\\s*(" + UNITS + ")");
    private static final String CLAUSE_END = "，,。；;：:！？!?、（）()\n";
    private static final Pattern LOWER = Pattern.compile("控制在|以内|以下|不超过|不高于|低于|下降到|下降至|降低到|降低至|降至|减少到|压缩到|压减到");
    /** Comparison verbs between an indicator and its number, longest first. */
    private static final List<String> LEAD_VERBS = List.of("保持在", "稳定在", "控制在", "提高到", "提高至", "提升到", "提升至", "下降到",
            "下降至", "降低到", "降低至", "增加到", "达到", "超过", "不低于", "不少于", "不超过", "不高于", "累计", "总计", "合计", "突破",
            "完成", "增至", "低于", "高于", "达", "为", "约", "近", "共");

    public Quantity {
        indicator = indicator == null ? "" : indicator;
        text = text == null ? "" : text;
    }

    /** Every quantity in a text, in order. Years (2025年), ordinals (第3届) and unit-less numbers are not read. */
    public static List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int s = m.start();
            if (s > 0 && (text.charAt(s - 1) == '第' || Character.isDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
                continue;
            }
            double v = Double.parseDouble(m.group(1));
            String mult = m.group(2);
            String unit = m.group(4);
            if ("千".equals(mult)) {
                v *= 1000;
            }
            if ("％".equals(unit)) {
                unit = "%";
            }
            switch (unit) {
                case "万平方米" -> {
                    v *= 10000;
                    unit = "平方米";
                }
                case "万人次" -> {
                    v *= 10000;
                    unit = "人次";
                }
                case "万人" -> {
                    v *= 10000;
                    unit = "人";
                }
                case "亿元" -> {
                    v *= 10000;
                    unit = "万元";
                }
                case "元" -> {
                    if ("万".equals(mult)) {
                        unit = "万元";
                        mult = null;
                    } else if ("亿".equals(mult)) {
                        v *= 10000;
                        unit = "万元";
                        mult = null;
                    } else {
                        v /= 10000;
                        unit = "万元";
                    }
                }
                case "千米" -> unit = "公里";
                default -> {
                }
            }
            if ("万".equals(mult)) {
                v *= 10000;
            } else if ("亿".equals(mult)) {
                v *= 1e8;
            }
            int clauseStart = clauseStart(text, s);
            int clauseEnd = clauseEnd(text, m.end());
            String before = text.substring(clauseStart, s).strip();
            String indicator = stripVerbs(before);
            // 1所 after another number of the same clause: the indicator is the clause head
            String clause = text.substring(clauseStart, clauseEnd).strip();
            boolean lower = LOWER.matcher(clause).find();
            out.add(new Quantity(indicator, v, unit, lower, clause));
        }
        return out;
    }

    private static String stripVerbs(String before) {
        String t = before;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String v : LEAD_VERBS) {
                if (t.endsWith(v)) {
                    t = t.substring(0, t.length() - v.length()).strip();
                    cut = true;
                    break;
                }
            }
        }
        return t;
    }

    private static int clauseStart(String text, int from) {
        int i = from - 1;
        while (i >= 0 && CLAUSE_END.indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }

    private static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && CLAUSE_END.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** The value as a clerk writes it: 98%, 30000平方米, 2000人次. */
    public String display() {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceFirst("0+$", "").replaceFirst("\\.$", "");
        if (unit.equals("平方米") && value >= 10000 && value % 100 == 0) {
            v = trim(value / 10000) + "万";
        } else if (unit.equals("人次") && value >= 10000 && value % 100 == 0) {
            v = trim(value / 10000) + "万";
        }
        return v + unit;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d).replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }

    /** Whether a reported value meets this planned one. */
    public boolean metBy(double reported) {
        double eps = Math.abs(value) * 1e-9;
        return lowerIsBetter ? reported <= value + eps : reported >= value - eps;
    }
}
