package org.reportdrafter.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a long title over lines between words, in a trapezoid or diamond shape (GB/T 9704-2012
 * 7.3.1), instead of wherever a line happens to fill. Chinese has no spaces, so the breaks allowed
 * are the seams a clerk would choose: after the issuing body (…局, …委员会, …学校), after 关于, before
 * the year, before the genre words (工作要点, 实施方案, 的通知), after 的, around punctuation. A seam
 * inside a number or a two-character word is never used; a title without any seam that fits is
 * split where the lines balance, but never between digits.
 */
public final class TitleBreaker {
    private static final String[] ORG_ENDS = {"委员会", "办公室", "人民政府", "中心", "学校", "学院", "大学", "中学", "小学", "幼儿园",
            "局", "厅", "委", "部", "处", "科", "室", "会", "院", "所", "站", "校", "园", "府", "县", "区", "市", "省", "镇", "乡"};
    private static final String[] GENRE_STARTS = {"工作要点", "工作计划", "工作思路", "工作总结", "工作方案", "实施方案", "工作报告",
            "工作安排", "行动方案", "实施意见", "实施细则", "管理办法", "的通知", "的意见", "的报告", "的决定", "的请示", "的批复", "的函",
            "述职报告", "总结", "要点", "计划", "方案"};

    private TitleBreaker() {
    }

    /** The title as lines of at most maxChars characters (half-width characters count half). */
    public static List<String> lines(String title, int maxChars) {
        String t = title.strip();
        if (SignatureWriter.width(t) <= maxChars || t.length() < 2) {
            return List.of(t);
        }
        int lineCount = (int) Math.ceil(SignatureWriter.width(t) / maxChars);
        List<String> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int n = lineCount; n <= lineCount + 1 && n <= 4; n++) {
            Choice c = choose(t, n, maxChars);
            if (c != null && c.score - (n - lineCount) * 6 > bestScore) {
                bestScore = c.score - (n - lineCount) * 6;
                best = c.lines;
            }
        }
        return best == null ? fallback(t, maxChars) : best;
    }

    private record Choice(List<String> lines, double score) {
    }

    /** Best split of t[from..] into n lines: seam quality plus balance, exhaustive (titles are short). */
    private static Choice choose(String t, int n, int maxChars) {
        List<Choice> all = new ArrayList<>();
        split(t, 0, n, maxChars, new ArrayList<>(), 0, all);
        Choice best = null;
        for (Choice c : all) {
            if (best == null || c.score > best.score) {
                best = c;
            }
        }
        return best;
    }

    private static void split(String t, int from, int n, int maxChars, List<String> acc, double seams, List<Choice> out) {
        if (n == 1) {
            String last = t.substring(from);
            if (SignatureWriter.width(last) > maxChars) {
                return;
            }
            List<String> lines = new ArrayList<>(acc);
            lines.add(last);
            out.add(new Choice(lines, seams / (lines.size() - 1) + shape(lines)));
            return;
        }
        for (int i = from + 1; i < t.length(); i++) {
            String line = t.substring(from, i);
            if (SignatureWriter.width(line) > maxChars) {
                break;
            }
            double q = seam(t, i);
            if (q <= -100) {
                continue;
            }
            acc.add(line);
            split(t, i, n - 1, maxChars, acc, seams + q, out);
            acc.remove(acc.size() - 1);
        }
    }

    /** Lines of like length score best; a trapezoid or diamond over a zigzag. */
    private static double shape(List<String> lines) {
        double max = 0;
        double min = Double.MAX_VALUE;
        for (String l : lines) {
            max = Math.max(max, SignatureWriter.width(l));
            min = Math.min(min, SignatureWriter.width(l));
        }
        double score = -(max - min) * 0.6;
        if (lines.size() >= 3) {
            double a = SignatureWriter.width(lines.get(0));
            double b = SignatureWriter.width(lines.get(1));
            double c = SignatureWriter.width(lines.get(2));
            boolean diamond = b >= a && b >= c;
            boolean trapezoid = a <= b && b <= c || a >= b && b >= c;
            if (!diamond && !trapezoid) {
                score -= 4;
            }
        }
        return score;
    }

    /** How good a break before index i is: positive for a seam, very negative inside a word or number. */
    static double seam(String t, int i) {
        char before = t.charAt(i - 1);
        char after = t.charAt(i);
        if (isDigit(before) && (isDigit(after) || after == '年' || after == '月' || after == '日' || after == '.' || after == '号')) {
            return -1000;
        }
        if (isOpening(before) || isClosing(after) || "、，。：；！？".indexOf(after) >= 0) {
            return -1000;
        }
        if (before == '—' && after == '—' || (before == '—' || after == '—' || before == '-' || after == '-')
                && (isDigit(before) || isDigit(after))) {
            return -1000; // inside —— or a range 2024—2025
        }
        if ("，、：；".indexOf(before) >= 0 || isClosing(before) || after == '—' && t.startsWith("——", i)) {
            return 8;
        }
        String head = t.substring(0, i);
        String tail = t.substring(i);
        double score = 0;
        if (head.endsWith("关于")) {
            score = Math.max(score, 9);
        }
        if (tail.startsWith("关于")) {
            score = Math.max(score, 8);
        }
        for (String g : GENRE_STARTS) {
            if (tail.startsWith(g)) {
                score = Math.max(score, g.startsWith("的") ? 6 : 7);
            }
        }
        if (isDigit(after) && !isDigit(before)) {
            score = Math.max(score, 7); // before the year: 某县教育局 / 2025年工作要点
        }
        if (before == '年' && i >= 2 && isDigit(t.charAt(i - 2))) {
            score = Math.max(score, 5);
        }
        if (before == '的' || "和与及暨并".indexOf(after) >= 0) {
            score = Math.max(score, 4);
        }
        // the issuing body ends where the year, 关于 or the matter begins (中小学|校 is not such a seam)
        boolean matterStarts = isDigit(after) || tail.startsWith("关于") || tail.startsWith("印发") || tail.startsWith("对")
                || tail.startsWith("在") || tail.startsWith("贯彻") || tail.startsWith("推进") || tail.startsWith("加强");
        for (String o : ORG_ENDS) {
            if (head.endsWith(o) && matterStarts) {
                score = Math.max(score, o.length() >= 2 ? 6 : 5);
            }
        }
        if (score == 0) {
            return -30; // inside a word, as far as we can tell
        }
        return score;
    }

    private static List<String> fallback(String t, int maxChars) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            line.append(t.charAt(i));
            boolean digitsContinue = i + 1 < t.length() && isDigit(t.charAt(i)) && isDigit(t.charAt(i + 1));
            if (SignatureWriter.width(line.toString()) >= maxChars && !digitsContinue) {
                out.add(line.toString());
                line.setLength(0);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isOpening(char c) {
        return "（(“‘《〔【[".indexOf(c) >= 0;
    }

    private static boolean isClosing(char c) {
        return "）)”’》〕】]".indexOf(c) >= 0;
    }
}
