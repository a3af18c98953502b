package org.reportdrafter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
    @Test
    void writesNumeralsAsOfficialDocumentsDo() {
        assertEquals("一", ChineseNumerals.toChinese(1));
        assertEquals("十", ChineseNumerals.toChinese(10));
        assertEquals("十一", ChineseNumerals.toChinese(11));
        assertEquals("十九", ChineseNumerals.toChinese(19));
        assertEquals("二十", ChineseNumerals.toChinese(20));
        assertEquals("二十一", ChineseNumerals.toChinese(21));
        assertEquals("九十九", ChineseNumerals.toChinese(99));
        assertEquals("一百", ChineseNumerals.toChinese(100));
        assertEquals("一百零一", ChineseNumerals.toChinese(101));
        assertEquals("一百一十", ChineseNumerals.toChinese(110));
        assertEquals("一千零一十", ChineseNumerals.toChinese(1010));
        assertEquals("二千零二十五", ChineseNumerals.toChinese(2025));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.toChinese(0));
    }

    @Test
    void parsesWhatItWrites() {
        for (int n = 1; n <= 9999; n++) {
            assertEquals(n, ChineseNumerals.parse(ChineseNumerals.toChinese(n)), "n=" + n);
        }
        assertEquals(2, ChineseNumerals.parse("两"));
        assertEquals(-1, ChineseNumerals.parse("二三"));
        assertEquals(-1, ChineseNumerals.parse("是"));
        assertEquals(-1, ChineseNumerals.parse(""));
    }
}
