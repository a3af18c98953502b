package org.reportdrafter.domain;

/** Chinese numerals as official documents write them: 一 … 十、十一、二十、一百零一. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Writes 1..9999 in Chinese; 10..19 are written 十, 十一 … 十九 as in 第十一条. */
    public static String toChinese(int n) {
        if (n <= 0 || n > 9999) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        StringBuilder sb = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean pendingZero = false;
        for (int i = 0; i < units.length; i++) {
            int d = (n / units[i]) % 10;
            if (d == 0) {
                if (sb.length() > 0) {
                    pendingZero = true;
                }
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            boolean leadingTen = units[i] == 10 && d == 1 && sb.length() == 0;
            if (!leadingTen) {
                sb.append(DIGITS.charAt(d));
            }
            sb.append(names[i]);
        }
        return sb.toString();
    }

    /** A number written digit by digit, as years are (二〇二五, 二○二五, 二零二五); null when it is not one. */
    public static Integer digits(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        int v = 0;
        for (char ch : s.toCharArray()) {
            int d = ch == '○' || ch == '零' ? 0 : "〇一二三四五六七八九".indexOf(ch);
            if (d < 0) {
                return null;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Parses a Chinese numeral (一, 十一, 二十, 一百零一, 两, 〇); returns -1 when it is not one. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                if (digit >= 0 && digit != 0) {
                    return -1; // two digits in a row such as 二三 are not a numeral
                }
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            int multiplier = digit < 0 ? 1 : digit;
            if (digit == 0) {
                return -1;
            }
            section += multiplier * unit;
            digit = -1;
        }
        if (digit > 0) {
            section += digit;
        }
        total += section;
        return total == 0 ? -1 : total;
    }

    static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    public static boolean isNumeralChar(char c) {
        return digitValue(c) >= 0 || c == '十' || c == '百' || c == '千';
    }
}
