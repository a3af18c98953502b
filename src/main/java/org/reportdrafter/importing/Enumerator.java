package org.reportdrafter.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.ChineseNumerals;
import org.reportdrafter.domain.LabelFormat;

/**
 * An enumerator found at the start of a line: its family, number, the label text as written, and
 * where the rest of the line starts. Proofreading reads source labels with it too.
 */
public record Enumerator(Family family, int number, String label, int end) {

    /** Enumerator families, full-width and half-width forms folded together. */
    public enum Family {
        PART(LabelFormat.PART),
        SECTION_SIGN(LabelFormat.SECTION_SIGN),
        CN_DUN(LabelFormat.CN_DUN),
        CN_PAREN(LabelFormat.CN_PAREN),
        CN_ENCLOSED(LabelFormat.CN_ENCLOSED),
        AR_DOT(LabelFormat.AR_DOT),
        AR_DUN(LabelFormat.AR_DUN),
        AR_ENCLOSED_DOT(LabelFormat.AR_ENCLOSED_DOT),
        AR_PAREN(LabelFormat.AR_PAREN),
        AR_ENCLOSED_PAREN(LabelFormat.AR_ENCLOSED_PAREN),
        CIRCLED(LabelFormat.CIRCLED),
        SHI(null),
        YAO(null),
        /** Paragraph-leading 第一，第二，… */
        DI(null),
        /** A short unnumbered heading line. */
        UNNUMBERED(null);

        final LabelFormat format;

        Family(LabelFormat format) {
            this.format = format;
        }

        /**
         * Families that share one number series: the enclosed forms stop at ㈩ ⒛ ⒇ and documents go on
         * with the plain form (⒛ then 21.).
         */
        public Family series() {
            return switch (this) {
                case AR_ENCLOSED_DOT -> AR_DOT;
                case CN_ENCLOSED -> CN_PAREN;
                case AR_ENCLOSED_PAREN -> AR_PAREN;
                default -> this;
            };
        }

        /** Measure-level families: an unnumbered heading never goes below them. */
        boolean measureLevel() {
            return switch (this) {
                case AR_DOT, AR_DUN, AR_ENCLOSED_DOT, AR_PAREN, AR_ENCLOSED_PAREN, CIRCLED, SHI, YAO, DI -> true;
                default -> false;
            };
        }
    }

    private static final String CN = "[一二三四五六七八九十百零〇两]";
    private static final Pattern PART = Pattern.compile("^第(" + CN + "{1,4})(部分|章|节)[、，,：:\\s\u3000]*");
    private static final Pattern SECTION_SIGN = Pattern.compile("^§\\s*([0-9]{1,2})\\s*[.．、]?\\s*");
    private static final Pattern CN_DUN = Pattern.compile("^(" + CN + "{1,4})\\s*(?:[、，,]|[．.](?![0-9]))\\s*");
    private static final Pattern DI = Pattern.compile("^第([一二三四五六七八九十]{1,3})[，,](?!\\s*$)");
    private static final Pattern SHI = Pattern.compile("^([一二三四五六七八九十]{1,3})(是|要)");
    private static final Pattern CN_PAREN = Pattern.compile("^[（(]\\s*(" + CN + "{1,4})\\s*[）)][、，,.．]?\\s*");
    private static final Pattern AR_PAREN = Pattern.compile("^[（(]\\s*([0-9]{1,3})\\s*[）)][、，,.．]?\\s*");
    /** 2.5亿元 is a number, but 2.2020年… and 11.5-6月份… are items 2 and 11. */
    private static final Pattern AR_DOT = Pattern.compile(
            "^([0-9]{1,3})\\s*[.．](?:(?![0-9%])|(?=[0-9]{4}\\s*年|[0-9]{1,2}\\s*[-—－~～至到、]\\s*[0-9]{1,2}\\s*月|[0-9]{1,2}\\s*月))\\s*");
    private static final Pattern AR_DUN = Pattern.compile("^([0-9]{1,3})\\s*、\\s*");
    private static final Pattern ENCLOSED = Pattern.compile("^([\u3220-\u3229\u2488-\u249B\u2474-\u2487\u2460-\u2473])\\s*");

    /** The enumerator at the start of text, or null. Full-width digits count as digits. */
    public static Enumerator at(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String t = foldDigits(text);
        Matcher m;
        if ((m = ENCLOSED.matcher(t)).find()) {
            char c = m.group(1).charAt(0);
            Family f;
            int n;
            if (c >= '\u3220' && c <= '\u3229') {
                f = Family.CN_ENCLOSED;
                n = c - '\u3220' + 1;
            } else if (c >= '\u2488') {
                f = Family.AR_ENCLOSED_DOT;
                n = c - '\u2488' + 1;
            } else if (c >= '\u2474') {
                f = Family.AR_ENCLOSED_PAREN;
                n = c - '\u2474' + 1;
            } else {
                f = Family.CIRCLED;
                n = c - '\u2460' + 1;
            }
            return new Enumerator(f, n, text.substring(0, 1), m.end());
        }
        if ((m = SECTION_SIGN.matcher(t)).find()) {
            return ar(Family.SECTION_SIGN, m, text);
        }
        if ((m = PART.matcher(t)).find()) {
            return cn(Family.PART, m, text);
        }
        if ((m = CN_PAREN.matcher(t)).find()) {
            return cn(Family.CN_PAREN, m, text);
        }
        if ((m = AR_PAREN.matcher(t)).find()) {
            return ar(Family.AR_PAREN, m, text);
        }
        if ((m = CN_DUN.matcher(t)).find()) {
            return cn(Family.CN_DUN, m, text);
        }
        if ((m = SHI.matcher(t)).find()) {
            Enumerator e = cn(m.group(2).equals("是") ? Family.SHI : Family.YAO, m, text);
            return e == null ? null : new Enumerator(e.family, e.number, e.label, m.end());
        }
        if ((m = DI.matcher(t)).find()) {
            return cn(Family.DI, m, text);
        }
        if ((m = AR_DOT.matcher(t)).find()) {
            return ar(Family.AR_DOT, m, text);
        }
        if ((m = AR_DUN.matcher(t)).find()) {
            return ar(Family.AR_DUN, m, text);
        }
        return null;
    }

    private static Enumerator cn(Family f, Matcher m, String original) {
        int n = ChineseNumerals.parse(m.group(1));
        if (n <= 0) {
            return null;
        }
        return new Enumerator(f, n, original.substring(0, m.end()).strip(), m.end());
    }

    private static Enumerator ar(Family f, Matcher m, String original) {
        int n = Integer.parseInt(m.group(1));
        if (n <= 0) {
            return null;
        }
        return new Enumerator(f, n, original.substring(0, m.end()).strip(), m.end());
    }

    /** Replaces full-width digits with ASCII ones, keeping every index in place. */
    static String foldDigits(String s) {
        char[] cs = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                if (cs == null) {
                    cs = s.toCharArray();
                }
                cs[i] = (char) ('0' + (c - '０'));
            }
        }
        return cs == null ? s : new String(cs);
    }
}
