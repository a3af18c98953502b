package org.reportdrafter.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into the tokens of the full-text index and queries into FTS5 expressions.
 *
 * <p>Runs of Han characters become overlapping bigrams plus the run's last character as a unigram
 * (教研室 → 教研 研室 室); other letters and digits become lower-cased words. A query term becomes
 * the phrase of the same tokens, so a 2-character term such as 教研 is one token, a longer term is
 * a phrase of adjacent bigrams that matches only the contiguous text, and a 1-character term is a
 * prefix token. FTS5's trigram tokenizer cannot find terms shorter than three characters.
 */
public final class CjkSegmenter {
    private CjkSegmenter() {
    }

    private record Run(String text, boolean han) {
    }

    private static List<Run> runs(String s) {
        List<Run> runs = new ArrayList<>();
        if (s == null) {
            return runs;
        }
        StringBuilder cur = new StringBuilder();
        int curType = 0; // 0 none, 1 han, 2 word
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = isHan(cp) ? 1 : Character.isLetterOrDigit(cp) ? 2 : 0;
            if (type != curType && cur.length() > 0) {
                runs.add(new Run(cur.toString(), curType == 1));
                cur.setLength(0);
            }
            curType = type;
            if (type != 0) {
                cur.appendCodePoint(cp);
            }
        }
        if (cur.length() > 0) {
            runs.add(new Run(cur.toString(), curType == 1));
        }
        return runs;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The index form of a text. */
    public static String segment(String s) {
        StringBuilder out = new StringBuilder(s == null ? 0 : s.length() * 3);
        for (Run run : runs(s)) {
            appendTokens(run, true, out);
        }
        return out.toString();
    }

    private static void appendTokens(Run run, boolean closingUnigram, StringBuilder out) {
        if (!run.han) {
            sep(out).append(run.text.toLowerCase(Locale.ROOT));
            return;
        }
        int[] cps = run.text.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            sep(out).appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]);
        }
        if (closingUnigram || cps.length == 1) {
            sep(out).appendCodePoint(cps[cps.length - 1]);
        }
    }

    private static StringBuilder sep(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        return sb;
    }

    /**
     * The FTS5 expression for one term: a quoted phrase, with a trailing prefix mark when the term
     * ends in a single Han character. Returns null when the term has no searchable character.
     */
    public static String phraseQuery(String term) {
        List<Run> runs = runs(term);
        if (runs.isEmpty()) {
            return null;
        }
        StringBuilder tokens = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            boolean last = i == runs.size() - 1;
            appendTokens(runs.get(i), !last, tokens);
        }
        Run lastRun = runs.get(runs.size() - 1);
        boolean prefix = lastRun.han && lastRun.text.codePointCount(0, lastRun.text.length()) == 1;
        return "\"" + tokens.toString().replace("\"", "\"\"") + "\"" + (prefix ? " *" : "");
    }
}
