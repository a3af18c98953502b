package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void termsPhrasesAndSpaces() {
        assertEquals(List.of("教研", "师资"), SearchQuery.terms("教研 师资"));
        assertEquals(List.of("教研", "师资"), SearchQuery.terms("  教研\u3000师资 "), "a full-width space separates too");
        assertEquals(List.of("校园 安全", "管理"), SearchQuery.terms("\"校园 安全\" 管理"));
        assertEquals(List.of("教育教学质量", "教研"), SearchQuery.terms("“教育教学质量”教研"));
        assertEquals(List.of(), SearchQuery.terms("   "));
        int[] h = SearchQuery.highlights("开展教研活动", List.of("教研")).get(0);
        assertEquals(2, h[0]);
        assertEquals(4, h[1]);
    }
}
