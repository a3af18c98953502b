package org.reportdrafter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.Report;

class PrintedTextTest {

    @Test
    void aPageTitleThatRepeatsTheTitleWithHalfWidthBracketsIsNotPrintedTwice() {
        // a web page's own title line above the document, as r04 of the corpus has it: ASCII brackets and a
        // space where the document writes full-width ones
        Report r = new Report();
        r.setTitle("绍兴一中2010学年第二学期工作思路（征求意见稿）");
        r.parts().titleLines().addAll(List.of("绍兴一中2010学年第二学期工作思路", "（征求意见稿）"));
        r.preamble().addAll(List.of("绍兴一中2010学年 第二学期工作思路(征求意见稿)", "本学期学校工作的基本思路如下："));
        assertEquals(List.of("本学期学校工作的基本思路如下："), PrintedText.preamble(r));
    }

    @Test
    void aLineThatOnlyResemblesTheTitleIsPrinted() {
        Report r = new Report();
        r.setTitle("某县教育局2026年工作要点");
        r.preamble().addAll(List.of("某县教育局2025年工作要点", "（2026年1月5日）"));
        assertEquals(List.of("某县教育局2025年工作要点", "（2026年1月5日）"), PrintedText.preamble(r));
    }

    @Test
    void theExportWarnsOnlyOfFurnitureThatWillBePrinted() {
        Report r = new Report();
        r.setTitle("绍兴一中2010学年第二学期工作思路（征求意见稿）");
        r.preamble().addAll(List.of("绍兴一中2010学年第二学期工作思路(征求意见稿)", "首页 > 学校概况"));
        r.setClutterBefore(2);
        r.trailer().addAll(List.of("上一篇：2010学年第一学期工作总结"));
        r.setClutterAfter(1);
        assertEquals(List.of("首页 > 学校概况", "上一篇：2010学年第一学期工作总结"), ExportReview.of(r).furniture());
    }
}
