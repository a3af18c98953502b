package org.reportdrafter.importing;

import java.util.Locale;
import org.reportdrafter.domain.ChineseNumerals;

/**
 * Word's automatic numbering as the reader sees it, shared by {@link DocxReader} (numbering.xml) and
 * {@link DocReader} (Word 97 list tables): number formats, level texts such as {@code （%2）} or
 * {@code 第%1条}, and the counters of one list. How lists share and restart counters is decided by the
 * readers (see decision record 0010); this class only counts and writes.
 */
final class WordNumbering {
    static final int LEVELS = 9;
    /** Longer labels only come from damaged or hostile files; Word's level text is short. */
    static final int MAX_LABEL = 256;

    /** Word 97 number format codes (nfc) in order: the same order as OOXML's ST_NumberFormat. */
    private static final String[] NFC = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
        "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo",
        "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};
    private static final String IDEOGRAPH_DIGITS = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private WordNumbering() {
    }

    /**
     * One level of a list definition.
     *
     * @param start   the first number of the level
     * @param format  an OOXML ST_NumberFormat name ("decimal", "chineseCounting", "bullet" …)
     * @param text    the level text with {@code %1}…{@code %9} standing for the levels' numbers
     * @param restart the level restarts when a level with index below this one is used; the default
     *                ({@code -1}) is any higher level, {@code 0} never
     * @param legal   isLgl: every number in the text is written in Arabic digits
     */
    record Level(int start, String format, String text, int restart, boolean legal) {
        boolean restartsAfter(int used, int self) {
            int limit = restart < 0 ? self : restart;
            return used < limit;
        }
    }

    /** The numbers of one list as it runs through the document. */
    static final class Counter {
        private final int[] value = new int[LEVELS];
        private final boolean[] used = new boolean[LEVELS];

        /**
         * Counts one paragraph at {@code ilvl} and returns its label ("" for bullets). Lower levels
         * restart as their lvlRestart says.
         */
        String next(Level[] levels, int ilvl) {
            return next(levels, ilvl, null);
        }

        /**
         * As {@link #next(Level[], int)}; a non-null {@code restartAt} sets the level to that number
         * instead (a list instance's startOverride, applied where that instance is first used).
         */
        String next(Level[] levels, int ilvl, Integer restartAt) {
            Level own = levels[ilvl];
            value[ilvl] = restartAt != null ? restartAt : used[ilvl] ? value[ilvl] + 1 : own.start();
            used[ilvl] = true;
            for (int k = ilvl + 1; k < LEVELS; k++) {
                if (levels[k] == null || levels[k].restartsAfter(ilvl, k)) {
                    used[k] = false;
                }
            }
            if ("bullet".equals(own.format())) {
                return "";
            }
            return render(levels, ilvl);
        }

        private String render(Level[] levels, int ilvl) {
            Level own = levels[ilvl];
            String text = own.text() == null ? "" : own.text();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < text.length() && sb.length() < MAX_LABEL; i++) {
                char ch = text.charAt(i);
                if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                    int k = text.charAt(++i) - '1';
                    Level lk = levels[k];
                    if (lk == null || k > ilvl) {
                        continue; // a deeper level has no number yet: Word leaves it out
                    }
                    int n = used[k] ? value[k] : lk.start();
                    String fmt = own.legal() && !"decimalZero".equals(lk.format()) ? "decimal" : lk.format();
                    sb.append(format(n, fmt));
                } else {
                    sb.append(ch);
                }
            }
            return sb.length() > MAX_LABEL ? sb.substring(0, MAX_LABEL) : sb.toString();
        }
    }

    /**
     * Puts a label in front of paragraph text as the reader sees it. Word separates the two with a
     * tab or a space; after {@code 、} {@code ）} {@code ．} that gap is not part of what a clerk
     * would type, but after a bare number or word ({@code 第3条}, {@code 1}) it is kept as one space so
     * the label stays apart from the text.
     */
    static String join(String label, String text, boolean separated) {
        if (label.isEmpty()) {
            return text;
        }
        char last = label.charAt(label.length() - 1);
        boolean space = separated && !text.isEmpty() && Character.isLetterOrDigit(last)
                && !Character.isWhitespace(text.charAt(0));
        return space ? label + " " + text : label + text;
    }

    /** The OOXML format name of a Word 97 number format code. */
    static String formatName(int nfc) {
        if (nfc >= 0 && nfc < NFC.length) {
            return NFC[nfc];
        }
        return nfc == 255 ? "none" : "decimal";
    }

    /** Writes n in an OOXML number format as Word displays it. */
    static String format(int n, String fmt) {
        if (fmt == null) {
            return String.valueOf(n);
        }
        if (n <= 0) {
            return "none".equals(fmt) || "bullet".equals(fmt) ? "" : String.valueOf(n);
        }
        return switch (fmt) {
            case "none", "bullet" -> "";
            // 一 … 十 … 九十九, then digit by digit (一〇〇) as Word writes chineseCounting
            case "chineseCounting", "taiwaneseCounting" -> n < 100 ? ChineseNumerals.toChinese(n) : digits(n, IDEOGRAPH_DIGITS);
            case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCounting" ->
                n <= 9999 ? ChineseNumerals.toChinese(n) : String.valueOf(n);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n, IDEOGRAPH_DIGITS);
            case "chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal" -> legal(n);
            case "ideographTraditional" -> cycle(n, HEAVENLY_STEMS);
            case "ideographZodiac", "ideographZodiacTraditional" -> cycle(n, EARTHLY_BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "ideographEnclosedCircle" -> n <= 10 ? String.valueOf((char) ('㈠' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedFullstop" -> n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalEnclosedParen" -> n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalFullWidth", "decimalFullWidth2" -> digits(n, "０１２３４５６７８９");
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            default -> String.valueOf(n);
        };
    }

    /** 甲乙丙… has ten signs; past them Word falls back to Arabic digits. */
    private static String cycle(int n, String signs) {
        return n <= signs.length() ? String.valueOf(signs.charAt(n - 1)) : String.valueOf(n);
    }

    private static String digits(int n, String glyphs) {
        StringBuilder sb = new StringBuilder();
        for (char ch : String.valueOf(n).toCharArray()) {
            sb.append(glyphs.charAt(ch - '0'));
        }
        return sb.toString();
    }

    /** 壹 贰 … 拾 壹拾壹: the capital numerals of contracts and accounts. */
    private static String legal(int n) {
        if (n > 9999) {
            return String.valueOf(n);
        }
        String plain = ChineseNumerals.toChinese(n);
        if (plain.startsWith("十")) {
            plain = "一" + plain;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : plain.toCharArray()) {
            int d = IDEOGRAPH_DIGITS.indexOf(ch);
            if (ch == '零') {
                sb.append('零');
            } else if (d > 0) {
                sb.append(LEGAL_DIGITS.charAt(d));
            } else {
                sb.append(switch (ch) {
                    case '十' -> '拾';
                    case '百' -> '佰';
                    case '千' -> '仟';
                    default -> ch;
                });
            }
        }
        return sb.toString();
    }

    private static String letters(int n, char base) {
        int count = (n - 1) / 26 + 1;
        if (count > 8) {
            return String.valueOf(n); // AAAAAAAAA… would only grow without bound
        }
        return String.valueOf((char) (base + (n - 1) % 26)).repeat(count);
    }

    private static String roman(int n) {
        if (n >= 4000) {
            return String.valueOf(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                n -= v[i];
                sb.append(s[i]);
            }
        }
        return sb.toString();
    }
}
