package org.reportdrafter.domain;

import java.time.LocalDate;

/** Dates as GB/T 9704 writes them: 2025年3月5日, Arabic numerals, month and day not zero-padded. */
public final class ChineseDates {
    private ChineseDates() {
    }

    public static String format(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
