package org.reportdrafter.importing;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.ChineseNumerals;
import org.reportdrafter.domain.ReportKind;

/** Recognizes what a title and trailing lines say: kind, year, organization, date of issue. */
final class DocumentMeta {
    private DocumentMeta() {
    }

    private static final Pattern KIND_WORD = Pattern.compile("(工作要点|要点|工作计划|计划|规划|工作总结|总结|工作思路|思路|工作安排|安排|打算|实施方案|方案|工作报告|报告|意见|述职|行事历|校历|讲话|致辞|通知)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern CN_YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})年");
    /** A year, a placeholder year (201X, 20XX, 202_, **) or a range of them, as written in titles. */
    private static final Pattern YEAR_EXPR = Pattern.compile(
            "(?:[0-9]{2}[0-9XxＸ_＿]{2}|[0-9]{4}|[Xx]{2}|\\*\\*|××|[〇零一二三四五六七八九]{4})"
                    + "(?:\\s*[-—－~～至到]\\s*(?:[0-9]{2}[0-9XxＸ_＿]{2}|[0-9]{4}|[Xx]{2}|\\*\\*))?\\s*(?:学年度|学年|年度|年)?");
    private static final Pattern DATE = Pattern.compile(
            "^([0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日$");
    private static final Pattern ORG_END = Pattern.compile("(教育局|局|委员会|党委|党支部|总支|办公室|中心|学校|中学|小学|学院|大学|幼儿园|政府|[一二三四五六七八九十]中(?![学心])|[一二三四五六七八九十]小(?!学)|研究所|研究院|教研室|科|处|室|区|县|市|省|镇|乡|街道|院|所|站|部|组)");
    private static final Pattern ORG_SUFFIX = Pattern.compile(".*(局|委员会|委|办公室|办|室|科|处|中心|学校|中学|小学|幼儿园|政府|院|所|站|部|组)$");

    static boolean hasKindWord(String s) {
        return KIND_WORD.matcher(s).find();
    }

    /**
     * Genre words, longest first, as documents name themselves. A title is named by its last genre
     * word (…行动计划…的通知 is a 通知; …总结大会上的讲话 is a 讲话).
     */
    private static final Pattern GENRE = Pattern.compile(
            "(述职(?:述廉)?(?:述德)?(?:述法)?报告|工作要点|工作计划|工作思路|工作打算|工作设想|实施方案|工作方案|行动计划|行动方案|工作安排|"
                    + "工作总结|工作报告|规划|行事历|校历|安排表|讲话|致辞|发言|报告|通知|通报|决定|意见|函|方案|计划|要点|总结|思路|打算|安排)");

    /** The document's own genre word from its title ("" if none): the last one in the title. */
    static String genre(String title) {
        if (title == null) {
            return "";
        }
        Matcher m = GENRE.matcher(title);
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    static ReportKind kind(String title) {
        if (title == null) {
            return ReportKind.OTHER;
        }
        String g = genre(title);
        int summary = title.indexOf("总结");
        boolean speech = g.matches("讲话|致辞|发言");
        if (!speech && summary >= 0 && title.substring(summary + 2).matches(".*(思路|计划|要点|打算|安排|设想).*")) {
            return ReportKind.SUMMARY_AND_PLAN;
        }
        if (g.matches("工作总结|总结|述职.*报告|工作报告")) {
            return ReportKind.SUMMARY;
        }
        if (g.matches("工作要点|工作计划|工作思路|工作打算|工作设想|实施方案|工作方案|行动计划|行动方案|工作安排|规划|计划|要点|思路|打算|安排|方案")) {
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
            return ChineseNumerals.digits(c.group(1));
        }
        return null;
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
        int quote = org.replaceAll("[“《\"「]", "\u0000").indexOf('\u0000');
        if (quote >= 0) {
            org = org.substring(0, quote); // 绍兴市第一中学“县管校聘”实施方案: the name in quotes is the subject
        }
        if (org.startsWith("关于")) {
            org = org.substring(2);
        }
        if (org.endsWith("关于")) {
            org = org.substring(0, org.length() - 2);
        }
        // 绍兴市第一中学教育信息化三年行动 names the unit up to its last organization word
        Matcher unit = ORG_END.matcher(org);
        int end = -1;
        while (unit.find()) {
            end = unit.end();
        }
        if (end < 0) {
            return ""; // no unit named: 在主题教育总结大会上的讲话, 学校班子成员年度述职报告
        }
        org = org.substring(0, end);
        return org.length() > 30 ? "" : org;
    }

    /** XX in XX区 is a name placeholder; XX年, 2025 and 202_-202_ are years. */
    private static boolean isYear(String expr) {
        String e = expr.strip();
        return e.contains("年") || e.matches(".*[-—－~～至到].*") || e.matches("[0-9]{4}");
    }

    private static final Pattern DATE_LINE = Pattern.compile(
            "^(([0-9]{4}|[〇零○一二三四五六七八九]{4})\\s*年\\s*)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月(\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日)?$");

    /** A 成文日期 line as written: 2025年12月30日, 2010年2月, 二〇二五年十二月三十日, 1月13日. */
    private static final Pattern DOTTED_DATE = Pattern.compile("^((?:19|20)[0-9]{2})\\.[0-9]{1,2}\\.([0-9]{1,2})?$");

    static boolean isDateLine(String line) {
        String t = Enumerator.foldDigits(line.strip());
        if (DOTTED_DATE.matcher(t).matches()) {
            return true;
        }
        var m = DATE_LINE.matcher(t);
        return m.matches() && (m.group(1) != null || m.group(4) != null);
    }

    /** The year of a date line, or null. */
    static Integer dateYear(String line) {
        var dotted = DOTTED_DATE.matcher(Enumerator.foldDigits(line.strip()));
        if (dotted.matches()) {
            return Integer.valueOf(dotted.group(1));
        }
        var m = DATE_LINE.matcher(Enumerator.foldDigits(line.strip()));
        if (!m.matches() || m.group(2) == null) {
            return null;
        }
        return m.group(2).matches("[0-9]{4}") ? Integer.valueOf(m.group(2)) : ChineseNumerals.digits(m.group(2).replace('○', '〇'));
    }

    /** A date of issue standing as a line of its own: 2025年3月5日 or 二〇二五年三月五日; null otherwise. */
    static LocalDate date(String line) {
        String folded = Enumerator.foldDigits(line.strip()).replace('○', '〇');
        return DATE.matcher(folded).matches() ? ChineseDates.parse(folded).orElse(null) : null; // 2月30日: none
    }

    /** A signature line: a short organization name standing alone. */
    static boolean isSignature(String line) {
        String t = line.strip();
        return t.length() >= 3 && t.length() <= 30 && !t.matches(".*[。，,；;：:！？!?].*") && ORG_SUFFIX.matcher(t).matches();
    }
}
