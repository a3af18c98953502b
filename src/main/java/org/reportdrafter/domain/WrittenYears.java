package org.reportdrafter.domain;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years as the genre writes them in a title or a sentence: four digits before 年 (年度), 学年, or a range's
 * dash and the next year (2025—2026学年); no other number (建校100周年, 投入2010万元).
 */
public final class WrittenYears {
    private static final Pattern YEAR = Pattern.compile(
            "(?<!\\d)(?:19|20)\\d{2}(?!\\d)(?=\\s*(?:学?年|[-—–－~～至到]\\s*(?:19|20)\\d{2}))");

    private WrittenYears() {
    }

    /**
     * The text with each written year replaced by what {@code by} gives for it (null keeps it), in one pass:
     * a year just written is not read again.
     */
    public static String replace(String text, IntFunction<String> by) {
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = by.apply(Integer.parseInt(m.group()));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
