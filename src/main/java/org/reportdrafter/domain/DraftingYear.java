package org.reportdrafter.domain;

import java.time.LocalDate;

/**
 * The year a new draft is most likely for, from what it is and when it is written: next year's plan (工作要点)
 * is drafted from October on, last year's summary (工作总结) is still being written in January and February.
 */
public final class DraftingYear {
    private DraftingYear() {
    }

    public static int proposed(ReportKind kind, LocalDate today) {
        int year = today.getYear();
        return switch (kind) {
            case PLAN -> today.getMonthValue() >= 10 ? year + 1 : year;
            case SUMMARY, SUMMARY_AND_PLAN -> today.getMonthValue() <= 2 ? year - 1 : year;
            case OTHER -> year;
        };
    }
}
