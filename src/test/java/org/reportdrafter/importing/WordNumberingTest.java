package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers written the way Word writes them in each number format, beyond the first few. */
class WordNumberingTest {
    private static String f(int n, String fmt) {
        return WordNumbering.format(n, fmt);
    }

    @Test
    void chineseCountingUsesTensUpToNinetyNineThenDigits() {
        assertEquals("一", f(1, "chineseCounting"));
        assertEquals("十", f(10, "chineseCounting"));
        assertEquals("十一", f(11, "chineseCounting"));
        assertEquals("二十", f(20, "chineseCounting"));
        assertEquals("九十九", f(99, "chineseCounting"));
        assertEquals("一〇〇", f(100, "chineseCounting"));
        assertEquals("一〇五", f(105, "chineseCounting"));
    }

    @Test
    void chineseCountingThousandCountsInHundredsAndThousands() {
        assertEquals("十二", f(12, "chineseCountingThousand"));
        assertEquals("一百", f(100, "chineseCountingThousand"));
        assertEquals("一百零五", f(105, "chineseCountingThousand"));
        assertEquals("二千零二十五", f(2025, "chineseCountingThousand"));
    }

    @Test
    void capitalAndCyclicChineseFormats() {
        assertEquals("壹", f(1, "chineseLegalSimplified"));
        assertEquals("壹拾", f(10, "chineseLegalSimplified"));
        assertEquals("贰拾叁", f(23, "chineseLegalSimplified"));
        assertEquals("甲", f(1, "ideographTraditional"));
        assertEquals("癸", f(10, "ideographTraditional"));
        assertEquals("11", f(11, "ideographTraditional"));
        assertEquals("子", f(1, "ideographZodiac"));
        assertEquals("亥", f(12, "ideographZodiac"));
        assertEquals("二〇二五", f(2025, "ideographDigital"));
        assertEquals("㈢", f(3, "ideographEnclosedCircle"));
    }

    @Test
    void enclosedFullWidthLettersAndRomans() {
        assertEquals("①", f(1, "decimalEnclosedCircleChinese"));
        assertEquals("⑳", f(20, "decimalEnclosedCircle"));
        assertEquals("21", f(21, "decimalEnclosedCircle"));
        assertEquals("⑶", f(3, "decimalEnclosedParen"));
        assertEquals("１２", f(12, "decimalFullWidth"));
        assertEquals("Z", f(26, "upperLetter"));
        assertEquals("AA", f(27, "upperLetter"));
        assertEquals("bb", f(28, "lowerLetter"));
        assertEquals("XIV", f(14, "upperRoman"));
        assertEquals("xlix", f(49, "lowerRoman"));
        assertEquals("07", f(7, "decimalZero"));
        assertEquals("", f(3, "bullet"));
        assertEquals("", f(3, "none"));
    }

    @Test
    void word97FormatCodesNameTheSameFormats() {
        assertEquals("decimal", WordNumbering.formatName(0));
        assertEquals("upperLetter", WordNumbering.formatName(3));
        assertEquals("decimalFullWidth", WordNumbering.formatName(14));
        assertEquals("decimalEnclosedCircle", WordNumbering.formatName(18));
        assertEquals("bullet", WordNumbering.formatName(23));
        assertEquals("decimalEnclosedCircleChinese", WordNumbering.formatName(28));
        assertEquals("ideographTraditional", WordNumbering.formatName(30));
        assertEquals("chineseCounting", WordNumbering.formatName(37));
        assertEquals("chineseLegalSimplified", WordNumbering.formatName(38));
        assertEquals("chineseCountingThousand", WordNumbering.formatName(39));
        assertEquals("none", WordNumbering.formatName(255));
    }

    @Test
    void lowerLevelsRestartAsLvlRestartSays() {
        WordNumbering.Level top = new WordNumbering.Level(1, "chineseCounting", "%1、", -1, false);
        WordNumbering.Level sub = new WordNumbering.Level(1, "decimal", "%2.", -1, false);
        WordNumbering.Level runOn = new WordNumbering.Level(1, "decimal", "%2.", 0, false);
        WordNumbering.Level[] restarting = {top, sub, null, null, null, null, null, null, null};
        WordNumbering.Level[] continuing = {top, runOn, null, null, null, null, null, null, null};
        WordNumbering.Counter a = new WordNumbering.Counter();
        assertEquals("一、", a.next(restarting, 0));
        assertEquals("1.", a.next(restarting, 1));
        assertEquals("2.", a.next(restarting, 1));
        assertEquals("二、", a.next(restarting, 0));
        assertEquals("1.", a.next(restarting, 1));
        WordNumbering.Counter b = new WordNumbering.Counter();
        b.next(continuing, 0);
        b.next(continuing, 1);
        b.next(continuing, 0);
        assertEquals("2.", b.next(continuing, 1));
        assertEquals("5.", b.next(continuing, 1, 5), "a start override sets the count");
        assertEquals("6.", b.next(continuing, 1));
    }

    @Test
    void labelAndTextAreJoinedAsTheReaderSeesThem() {
        assertEquals("一、指导思想", WordNumbering.join("一、", "指导思想", true));
        assertEquals("第3条 学校应当", WordNumbering.join("第3条", "学校应当", true));
        assertEquals("第3条学校应当", WordNumbering.join("第3条", "学校应当", false));
        assertEquals("①完善方案", WordNumbering.join("①", "完善方案", true));
        assertEquals("正文", WordNumbering.join("", "正文", true));
    }

    @Test
    void hostileNumbersAndLevelTextsStayShort() {
        assertEquals("2147483647", f(Integer.MAX_VALUE, "upperLetter"));
        assertEquals("1000000", f(1_000_000, "upperRoman"));
        WordNumbering.Level huge = new WordNumbering.Level(1, "decimal", "%1".repeat(100_000), -1, false);
        WordNumbering.Level[] levels = {huge, null, null, null, null, null, null, null, null};
        assertEquals(WordNumbering.MAX_LABEL, new WordNumbering.Counter().next(levels, 0).length());
    }
}
