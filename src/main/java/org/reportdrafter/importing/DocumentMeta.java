package org.reportdrafter.importing;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.ChineseNumerals;
import org.reportdrafter.domain.ReportKind;

/** Recognizes what a title and trailing lines say: kind, year, organization, date of issue. */
final class DocumentMeta {
    private DocumentMeta() {
    }

    private static final Pattern KIND_WORD = Pattern.compile("(工作要点|要点|工作计划|计划|规划|工作总结|总结|工作思路|思路|工作安排|安排|打算|实施方案|方案|工作报告|报告|意见)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern CN_YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})年");
    /** A year, a placeholder year (201X, 20XX, 202_, **) or a range of them, as written in titles. */
    private static final Pattern YEAR_EXPR = Pattern.compile(
            "(?:[0-9]{2}[0-9XxＸ_＿]{2}|[0-9]{4}|[Xx]{2}|\\*\\*|××|[〇零一二三四五六七八九]{4})"
                    + "(?:\\s*[-—－~～至到]\\s*(?:[0-9]{2}[0-9XxＸ_＿]{2}|[0-9]{4}|[Xx]{2}|\\*\\*))?\\s*(?:学年度|学年|年度|年)?");
    private static final Pattern DATE = Pattern.compile(
            "^([0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日$");
    private static final Pattern ORG_SUFFIX = Pattern.compile(".*(局|委员会|委|办公室|办|室|科|处|中心|学校|中学|小学|幼儿园|政府|院|所|站|部|组)$");

    static boolean hasKindWord(String s) {
        return KIND_WORD.matcher(s).find();
    }

    static ReportKind kind(String title) {
        if (title == null) {
            return ReportKind.OTHER;
        }
        int summary = title.indexOf("总结");
        if (summary >= 0) {
            String after = title.substring(summary + 2);
            if (after.matches(".*(思路|计划|要点|打算|安排).*")) {
                return ReportKind.SUMMARY_AND_PLAN;
            }
            return ReportKind.SUMMARY;
        }
        if (title.matches(".*(要点|计划|思路|安排|打算|规划).*")) {
            return ReportKind.PLAN;
        }
        return ReportKind.OTHER;
    }

    /** The first real year in the title (2015 in 区教育局2015年工作要点); null for placeholders. */
    static Integer year(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = YEAR.matcher(Enumerator.foldDigits(title));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher c = CN_YEAR.matcher(title);
        if (c.find()) {
            return cnDigits(c.group(1));
        }
        return null;
    }

    private static Integer cnDigits(String s) {
        int v = 0;
        for (char ch : s.toCharArray()) {
            int d = "〇一二三四五六七八九".indexOf(ch);
            if (d < 0) {
                d = ch == '零' ? 0 : -1;
            }
            if (d < 0) {
                return null;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The organization named before the year or the kind word: 区教育局 in 区教育局2015年工作要点. */
    static String organization(String title) {
        if (title == null) {
            return "";
        }
        String t = title.strip();
        Matcher lead = YEAR_EXPR.matcher(t);
        if (lead.lookingAt() && isYear(lead.group())) {
            t = t.substring(lead.end()).strip();
        }
        int cut = t.length();
        Matcher y = YEAR_EXPR.matcher(t);
        while (y.find()) {
            if (isYear(y.group())) {
                cut = y.start();
                break;
            }
        }
        Matcher k = Pattern.compile("(年度|工作|" + KIND_WORD.pattern().substring(1)).matcher(t);
        if (k.find() && k.start() < cut) {
            cut = k.start();
        }
        String org = t.substring(0, cut).strip();
        if (org.endsWith("关于")) {
            org = org.substring(0, org.length() - 2);
        }
        return org.length() > 30 ? "" : org;
    }

    /** XX in XX区 is a name placeholder; XX年, 2025 and 202_-202_ are years. */
    private static boolean isYear(String expr) {
        String e = expr.strip();
        return e.contains("年") || e.matches(".*[-—－~～至到].*") || e.matches("[0-9]{4}");
    }

    static LocalDate date(String line) {
        Matcher m = DATE.matcher(Enumerator.foldDigits(line.strip()));
        if (!m.matches()) {
            return null;
        }
        Integer y = m.group(1).matches("[0-9]{4}") ? Integer.valueOf(m.group(1)) : cnDigits(m.group(1));
        int mo = num(m.group(2));
        int d = num(m.group(3));
        try {
            return y == null ? null : LocalDate.of(y, mo, d);
        } catch (java.time.DateTimeException e) {
            return null; // 2月30日 is not a date of issue
        }
    }

    private static int num(String s) {
        return s.matches("[0-9]+") ? Integer.parseInt(s) : ChineseNumerals.parse(s);
    }

    /** A signature line: a short organization name standing alone. */
    static boolean isSignature(String line) {
        String t = line.strip();
        return t.length() >= 3 && t.length() <= 30 && !t.matches(".*[。，,；;：:！？!?].*") && ORG_SUFFIX.matcher(t).matches();
    }
}
