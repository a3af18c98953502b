package org.reportdrafter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DraftingYearTest {

    @Test
    void aPlanDraftedInTheLastQuarterIsNextYears() {
        assertEquals(2027, DraftingYear.proposed(ReportKind.PLAN, LocalDate.of(2026, 12, 4)));
        assertEquals(2027, DraftingYear.proposed(ReportKind.PLAN, LocalDate.of(2026, 10, 1)));
        assertEquals(2026, DraftingYear.proposed(ReportKind.PLAN, LocalDate.of(2026, 9, 30)));
        assertEquals(2026, DraftingYear.proposed(ReportKind.PLAN, LocalDate.of(2026, 1, 10)));
    }

    @Test
    void aSummaryWrittenInTheNewYearIsLastYears() {
        assertEquals(2026, DraftingYear.proposed(ReportKind.SUMMARY, LocalDate.of(2026, 12, 4)));
        assertEquals(2025, DraftingYear.proposed(ReportKind.SUMMARY, LocalDate.of(2026, 1, 20)));
        assertEquals(2025, DraftingYear.proposed(ReportKind.SUMMARY_AND_PLAN, LocalDate.of(2026, 2, 28)));
        assertEquals(2026, DraftingYear.proposed(ReportKind.SUMMARY_AND_PLAN, LocalDate.of(2026, 3, 1)));
        assertEquals(2026, DraftingYear.proposed(ReportKind.OTHER, LocalDate.of(2026, 12, 4)));
    }
}
