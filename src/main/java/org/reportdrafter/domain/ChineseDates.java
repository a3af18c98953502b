package org.reportdrafter.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as GB/T 9704 writes them: 2025年3月5日, Arabic numerals, month and day not zero-padded. */
public final class ChineseDates {
    /** 2025年3月5日, 2025-03-05, 2025/3/5, 2025.3.5, 二〇二五年三月五日, with full-width digits or spaces too. */
    private static final Pattern TYPED = Pattern.compile(
            "((?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})\\s*[年\\-/.]\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[月\\-/.]\\s*"
                    + "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日?");

    private ChineseDates() {
    }

    public static String format(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** A date as a clerk types it; empty when the text is not a date that exists (2026年2月30日). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer year = m.group(1).chars().allMatch(Character::isDigit) ? Integer.valueOf(m.group(1)) : ChineseNumerals.digits(m.group(1));
        int month = number(m.group(2));
        int day = number(m.group(3));
        if (year == null || month < 0 || day < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // no such day: not a date
        }
    }

    private static int number(String s) {
        return s.chars().allMatch(Character::isDigit) ? Integer.parseInt(s) : ChineseNumerals.parse(s);
    }
}
