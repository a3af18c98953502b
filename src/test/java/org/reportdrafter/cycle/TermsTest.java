package org.reportdrafter.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void aRephrasedVerbLeavesTheSameTerms() {
        Set<String> plan = Terms.of("开展中小学生科技创新竞赛");
        Set<String> summary = Terms.of("成功举办了中小学生科技创新竞赛");
        assertEquals(plan, summary);
        assertTrue(plan.contains("竞赛"));
        assertFalse(plan.contains("开展"));
        assertEquals(Terms.of("完成城东小学新校区建设"), Terms.of("城东小学新校区建成并投入使用"));
    }

    @Test
    void stockWordsAndDigitsAreNotTerms() {
        assertTrue(Terms.of("进一步加强推进工作，全面落实2025").isEmpty());
        assertTrue(Terms.of("STEAM教育").contains("steam"));
    }

    @Test
    void sentencesAreCutAtFullStopsAndSemicolons() {
        assertEquals(List.of("改造学校12所。", "直饮水全覆盖；", "标准化水平提升"), Terms.sentences("改造学校12所。直饮水全覆盖；标准化水平提升"));
    }
}
