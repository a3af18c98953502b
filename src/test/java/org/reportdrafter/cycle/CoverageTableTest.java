package org.reportdrafter.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.Table;

class CoverageTableTest {
    @Test
    void theTableHasOneRowPerMeasureAndPerUnplannedSectionAndGoesOnACopy() {
        Report plan = CycleFixtures.plan();
        Report summary = CycleFixtures.summary();
        int sections = summary.sections().size();
        Coverage c = new CoverageChecker().check(plan, summary);
        Report out = CoverageTable.appendTo(summary, c);
        assertEquals(sections, summary.sections().size(), "the report itself is unchanged");
        OutlineNode last = out.sections().get(out.sections().size() - 1);
        assertEquals(CoverageTable.HEADING, last.heading());
        assertEquals(LabelMode.NONE, last.labelMode());
        Table t = last.tables().get(0);
        assertEquals(1, t.headerRows());
        assertEquals(1 + 13 + 1, t.rows().size());
        List<String> training = t.rows().stream().filter(r -> r.get(1).contains("培训教师2000人次")).findFirst().orElseThrow();
        assertEquals("已落实", training.get(2));
        assertTrue(training.get(3).contains("2000人次／1650人次（未完成）"), training.get(3));
        List<String> pilot = t.rows().stream().filter(r -> r.get(1).contains("校长职级制")).findFirst().orElseThrow();
        assertEquals("未见总结", pilot.get(2));
        assertEquals("计划外工作", t.rows().get(t.rows().size() - 1).get(2));
    }
}
