package org.reportdrafter.domain;

/**
 * One family of enumerators. The enclosed Unicode forms (㈠ ⒈ ⑴ ①) stop at ㈩, ⒛, ⒇ and ⑳; past
 * them a label continues in the 公文 form of the same family (⒛ is followed by 21.), as real
 * documents do.
 */
public enum LabelFormat {
    /** 一、 */
    CN_DUN(null),
    /** （一） */
    CN_PAREN(null),
    /** ㈠ … ㈩ */
    CN_ENCLOSED(CN_PAREN),
    /** 1. */
    AR_DOT(null),
    /** 1、 */
    AR_DUN(null),
    /** ⒈ … ⒛ */
    AR_ENCLOSED_DOT(AR_DOT),
    /** （1） */
    AR_PAREN(null),
    /** ⑴ … ⒇ */
    AR_ENCLOSED_PAREN(AR_PAREN),
    /** ① … ⑳ */
    CIRCLED(AR_PAREN),
    /** 第一部分 */
    PART(null),
    /** §1. */
    SECTION_SIGN(null);

    private final LabelFormat overflow;

    LabelFormat(LabelFormat overflow) {
        this.overflow = overflow;
    }

    /** The form used past the end of this family's Unicode range, or null if it has no end. */
    public LabelFormat overflow() {
        return overflow;
    }

    public String format(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("label numbers start at 1: " + n);
        }
        return switch (this) {
            case CN_DUN -> ChineseNumerals.toChinese(n) + "、";
            case CN_PAREN -> "（" + ChineseNumerals.toChinese(n) + "）";
            case CN_ENCLOSED -> n <= 10 ? String.valueOf((char) ('㈠' + n - 1)) : overflow.format(n);
            case AR_DOT -> n + ".";
            case AR_DUN -> n + "、";
            case AR_ENCLOSED_DOT -> n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : overflow.format(n);
            case AR_PAREN -> "（" + n + "）";
            case AR_ENCLOSED_PAREN -> n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : overflow.format(n);
            case CIRCLED -> n <= 20 ? String.valueOf((char) ('①' + n - 1)) : overflow.format(n);
            case PART -> "第" + ChineseNumerals.toChinese(n) + "部分　";
            case SECTION_SIGN -> "§" + n + ".";
        };
    }
}
