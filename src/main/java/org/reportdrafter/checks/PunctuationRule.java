package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.List;

/**
 * Half-width , ; : ? ! ( ) and straight quotes inside Chinese text. Numbers and Latin text are left
 * alone: 3.5亿元, 11:30, GB/T 9704-2012, (a) between Latin letters.
 */
final class PunctuationRule implements Rule {
    private static final String HALF = ",;:?!()\"";
    private static final String FULL = "，；：？！（）";

    @Override

    public String id() {

        return "halfwidth-punctuation";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (TextPiece p : ctx.pieces()) {
            String t = p.text();
            boolean quoteOpen = false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                int k = HALF.indexOf(c);
                if (k < 0) {
                    continue;
                }
                if (c == '"') {
                    String repl = quoteOpen ? "”" : "“";
                    quoteOpen = !quoteOpen;
                    if (hanNear(t, i)) {
                        out.add(new Finding(id(), Severity.WARNING, p, i, 1, Message.of("check.punctuation.quote", repl), new Fix(1, repl)));
                    }
                    continue;
                }
                if (c == ':' && digitAt(t, i - 1) && digitAt(t, i + 1)) {
                    continue; // 11:30, 6:4
                }
                if (c == ',' && digitAt(t, i - 1) && digitAt(t, i + 1)) {
                    continue; // 3,000
                }
                if (c == '(' || c == ')') {
                    if (!chineseParentheses(t, i)) {
                        continue;
                    }
                } else if (!chineseContext(t, i, c)) {
                    continue;
                }
                String repl = String.valueOf(FULL.charAt(k));
                out.add(new Finding(id(), Severity.WARNING, p, i, 1, Message.of("check.punctuation.half", String.valueOf(c), repl), new Fix(1, repl)));
            }
        }
    }

    /**
     * A pair of half-width parentheses is Chinese when it encloses Chinese, or Chinese stands on both
     * sides of it: 入园(班)人数, 纲要(2010-2020年); not Windows (x64)和.
     */
    private static boolean chineseParentheses(String t, int i) {
        int open = t.charAt(i) == '(' ? i : t.lastIndexOf('(', i);
        int close = t.charAt(i) == ')' ? i : t.indexOf(')', i);
        if (open < 0 || close < 0 || close < open) {
            return chineseContext(t, i, t.charAt(i));
        }
        String inner = t.substring(open + 1, close);
        if (inner.codePoints().anyMatch(CheckContext::isHan)) {
            return true;
        }
        int before = prevChar(t, open);
        int after = nextChar(t, close);
        return before >= 0 && after >= 0 && (CheckContext.isHan(before) || isFullPunct(before))
                && (CheckContext.isHan(after) || isFullPunct(after));
    }

    /** Chinese on the side that matters: before a comma or closing bracket, after an opening one, or either. */
    private static boolean chineseContext(String t, int i, char c) {
        int prev = prevChar(t, i);
        int next = nextChar(t, i);
        boolean hanPrev = prev >= 0 && (CheckContext.isHan(prev) || isFullPunct(prev));
        boolean hanNext = next >= 0 && (CheckContext.isHan(next) || isFullPunct(next));
        if (c == '(') {
            return hanPrev || hanNext && !(prev >= 0 && isLatinOrDigit(prev));
        }
        if (c == ')') {
            return hanNext || hanPrev && !(next >= 0 && isLatinOrDigit(next));
        }
        return hanPrev || (hanNext && !(prev >= 0 && isLatinOrDigit(prev)));
    }

    private static boolean hanNear(String t, int i) {
        int prev = prevChar(t, i);
        int next = nextChar(t, i);
        return prev >= 0 && CheckContext.isHan(prev) || next >= 0 && CheckContext.isHan(next);
    }

    private static int prevChar(String t, int i) {
        int j = i - 1;
        while (j >= 0 && t.charAt(j) == ' ') {
            j--;
        }
        return j < 0 ? -1 : t.charAt(j);
    }

    private static int nextChar(String t, int i) {
        int j = i + 1;
        while (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        return j >= t.length() ? -1 : t.charAt(j);
    }

    private static boolean isFullPunct(int c) {
        return "，。；：？！、“”‘’（）《》【】".indexOf(c) >= 0;
    }

    private static boolean isLatinOrDigit(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean digitAt(String t, int i) {
        return i >= 0 && i < t.length() && Character.isDigit(t.charAt(i));
    }
}
