package org.reportdrafter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles as a clerk would break them over lines of at most 20 characters (2号 on a 156 mm line). */
class TitleBreakerTest {
    @Test
    void aShortTitleStaysOnOneLine() {
        assertEquals(List.of("某县教育局2019年工作思路"), TitleBreaker.lines("某县教育局2019年工作思路", 20));
    }

    @Test
    void longTitlesBreakAtSeamsNotInsideWords() {
        assertEquals(List.of("某县教育局2025年中小学校园安全", "暨平安校园建设工作要点"),
                TitleBreaker.lines("某县教育局2025年中小学校园安全暨平安校园建设工作要点", 20));
        assertEquals(List.of("某市第一中学", "2024—2025学年第二学期德育工作计划"),
                TitleBreaker.lines("某市第一中学2024—2025学年第二学期德育工作计划", 20), "never inside 2024—2025");
        assertEquals(List.of("某县教育局关于印发2019年", "全县教育系统工作思路的通知"),
                TitleBreaker.lines("某县教育局关于印发2019年全县教育系统工作思路的通知", 20));
    }

    @Test
    void neverBetweenDigitsOrBeforePunctuation() {
        for (String t : List.of("某某县教育体育局二〇二五年全县中小学幼儿园教育教学质量提升年活动实施方案（试行）",
                "关于做好2025年全县中小学校秋季开学工作、安全工作和疫情防控工作的通知")) {
            List<String> lines = TitleBreaker.lines(t, 20);
            assertEquals(t, String.join("", lines));
            for (int i = 1; i < lines.size(); i++) {
                char before = lines.get(i - 1).charAt(lines.get(i - 1).length() - 1);
                char after = lines.get(i).charAt(0);
                assertEquals(false, Character.isDigit(before) && Character.isDigit(after), lines.toString());
                assertEquals(-1, "，、。）：；".indexOf(after), lines.toString());
                assertEquals(-1, "（".indexOf(before), lines.toString());
            }
            for (String l : lines) {
                assertEquals(true, SignatureWriter.width(l) <= 20, l);
            }
        }
    }
}
