package org.reportdrafter.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.Report;

/** The office's term list: protected names no rule touches, preferred wording, the shared file. */
class TermListTest {
    static final String FILE = """
            # 某县教育局 术语表
            保护：华星(集团)教育科技有限公司
            保护：二〇二中学
            用“截至”不用“截止”（后接日期时）
            用“部署”不用“布署”
            """;

    @Test
    void theSharedFileReadsBackAsWritten() {
        TermList t = TermList.parse(FILE);
        assertEquals(List.of("华星(集团)教育科技有限公司", "二〇二中学"), t.protectedTerms());
        assertEquals(List.of(new TermList.Wording("截至", "截止", true), new TermList.Wording("部署", "布署", false)), t.wordings());
        assertEquals(t, TermList.parse(t.format()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TermList.parse("保护：甲\n截止改截至\n"));
        assertTrue(e.getMessage().contains("第 2 行"), e.getMessage());
    }

    @Test
    void protectedNamesAreNotFlagged() {
        Report r = GbRulesTest.with("与华星(集团)教育科技有限公司合作建设智慧课堂,XX区各校参加。");
        List<String> before = GbRulesTest.marked(Proofreader.check(r));
        assertEquals(List.of("(", ")", ",", "XX"), before);
        List<String> after = GbRulesTest.marked(Proofreader.check(r, TermList.parse(FILE)));
        assertEquals(List.of(",", "XX"), after, "the registered name is left as registered; the rest is still checked");
    }

    @Test
    void preferredWordingOnlyWhereTheContextFits() {
        TermList t = TermList.parse(FILE);
        Report r = GbRulesTest.with("截止2025年底，全县共有学校50所；截止目前已完成。", "报名截止时间另行通知，布署落实。");
        List<Finding> f = Proofreader.check(r, t).stream().filter(x -> x.rule().equals("wording")).toList();
        assertEquals(List.of("截至2025年底，全县共有学校50所；截止目前已完成。", "截止2025年底，全县共有学校50所；截至目前已完成。",
                "报名截止时间另行通知，部署落实。"), GbRulesTest.fixed(f));
        assertTrue(Proofreader.check(r).stream().noneMatch(x -> x.rule().equals("wording")), "no list, no wording rule");
    }

    @Test
    void mergingAFileKeepsTheLibrarysEntriesAndTakesTheFilesWording() {
        TermList lib = new TermList(List.of("甲"), List.of(new TermList.Wording("截至", "截止", false)));
        TermList merged = lib.merge(TermList.parse(FILE));
        assertEquals(List.of("甲", "华星(集团)教育科技有限公司", "二〇二中学"), merged.protectedTerms());
        assertEquals(2, merged.wordings().size());
        assertTrue(merged.wordings().contains(new TermList.Wording("截至", "截止", true)));
    }
}
