package org.reportdrafter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearNameReviewTest {
    @Test
    void listsYearsRelativeWordsAndNamesAndAppliesOnlyWhatIsAccepted() {
        OutlineNode n = new OutlineNode("2014年师资队伍建设");
        n.body().add("甲县教育局2014年培训教师1200人次，比2013年增长10%，今年将继续。");
        List<YearNameReview.Item> items = YearNameReview.find(List.of(n), 2014, 2015, "甲县教育局", "乙县教育局");
        assertEquals(List.of("2014年", "甲县教育局", "2014年", "2013年", "今年"), items.stream().map(YearNameReview.Item::found).toList());
        assertEquals(List.of("2015年", "乙县教育局", "2015年", "2014年", "2015年"), items.stream().map(YearNameReview.Item::proposed).toList());
        List<YearNameReview.Item> body = items.stream().filter(i -> i.paragraph() == 0).toList();
        // accept the name and the first year, reject the rest
        String applied = YearNameReview.apply(n.body().get(0), List.of(body.get(0), body.get(1)));
        assertEquals("乙县教育局2015年培训教师1200人次，比2013年增长10%，今年将继续。", applied);
        assertTrue(YearNameReview.find(List.of(n), 2015, 2015, "乙县教育局", "乙县教育局").isEmpty(), "same year and unit: nothing to review");
    }

    @Test
    void aSchoolYearIsListedAsWrittenAndMovedWhole() {
        OutlineNode n = new OutlineNode("本学年工作目标");
        n.body().add("2010学年第二学期，力争高考重点率达到70%；2010年底前完成校舍改造。");
        List<YearNameReview.Item> items = YearNameReview.find(List.of(n), 2010, 2011, null, "绍兴一中");
        assertEquals(List.of("2010学年", "2010年"), items.stream().map(YearNameReview.Item::found).toList());
        assertEquals(List.of("2011学年", "2011年"), items.stream().map(YearNameReview.Item::proposed).toList());
        assertEquals("2011学年第二学期，力争高考重点率达到70%；2011年底前完成校舍改造。", YearNameReview.apply(n.body().get(0), items));
    }
}
