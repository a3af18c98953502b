package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;

/** Real documents copied from the web (../shared/corpus); skipped where the corpus is not present. */
class CorpusTest {
    static Path corpus;
    final ImportService service = new ImportService();

    @BeforeAll
    static void find() {
        corpus = Fixtures.corpus();
    }

    private List<Report> parse(String name) throws Exception {
        assumeTrue(corpus != null && corpus.resolve(name).toFile().exists(), "shared corpus not present");
        return service.parseFile(corpus.resolve(name));
    }

    private static OutlineNode section(Report r, String heading) {
        return r.sections().stream().filter(s -> s.heading().contains(heading)).findFirst().orElseThrow(
                () -> new AssertionError("no section " + heading + " in " + r.title()));
    }

    @Test
    void plansCollection() throws Exception {
        List<Report> docs = parse("web-plans-collection.txt");
        assertEquals(5, docs.size(), "第一篇 … 第五篇");
        for (Report r : docs) {
            assertEquals(ReportKind.PLAN, r.kind(), r.title());
            assertTrue(r.title().contains("工作要点"), r.title());
        }
        // 第一篇: groups ㈠…㈦, measures numbered straight through past ⒛ into 21. …
        Report first = docs.get(0);
        assertTrue(first.clutterBefore() >= 3, "site navigation before the title is clutter");
        OutlineNode work = section(first, "重点工作");
        assertEquals(7, work.children().size(), "㈥ and ㈦ on one line are two groups");
        assertEquals(3, first.settings().continuousRank());
        Map<OutlineNode, String> labels = Labeler.labels(first);
        List<OutlineNode> measures = work.children().stream().flatMap(g -> g.children().stream()).toList();
        assertTrue(measures.size() >= 31, "measures ⒈…⒛ and 21. onwards: " + measures.size());
        assertEquals("⒚", measures.get(18).sourceLabel(), "⒚ run on after ⒙ in one line is split off");
        assertEquals("21.", labels.get(measures.get(20)));
        OutlineNode group2 = work.children().get(1);
        assertEquals("⒎", group2.children().get(0).sourceLabel(), "㈡ run on after ⒍ is split off");
        assertEquals(5, section(first, "具体目标").children().size());

        // 第二篇: damaged enumerators stay text
        Report second = docs.get(1);
        assertEquals(7, second.sections().size(), "一、 … 七, (八 is lost in 8+强)");
        assertTrue(second.sections().stream().allMatch(s -> s.children().isEmpty()), "12推进 / 30区教研室 invent no structure");

        // 第三篇: 1、…5、 with no section headings
        assertEquals(5, docs.get(2).sections().size());

        // 第五篇: (一)… groups, 1、…12、 straight through, month-by-month schedule
        Report fifth = docs.get(4);
        OutlineNode measuresSection = section(fifth, "主要工作及措施");
        assertEquals(5, measuresSection.children().size());
        assertEquals(12, measuresSection.children().stream().mapToInt(g -> g.children().size()).sum());
        assertEquals(3, fifth.settings().continuousRank());
        assertTrue(section(fifth, "主要活动安排").body().size() >= 8);
        assertEquals("TOP", fifth.trailer().get(fifth.trailer().size() - 1));
        assertEquals(fifth.trailer().size(), fifth.clutterAfter());
    }

    @Test
    void summaryAndIdeas() throws Exception {
        List<Report> docs = parse("web-2018-summary-2019-ideas.txt");
        assertEquals(1, docs.size());
        Report r = docs.get(0);
        assertEquals("乐清市教育局2018年工作总结和2019年工作思路", r.title());
        assertEquals(ReportKind.SUMMARY_AND_PLAN, r.kind());
        assertEquals(2018, r.year());
        assertEquals("乐清市教育局", r.organization());
        OutlineNode summary = r.sections().get(0);
        assertEquals(6, summary.children().size(), "（一）…（六）");
        for (OutlineNode group : summary.children()) {
            assertTrue(group.children().size() >= 1);
            assertTrue(group.children().stream().allMatch(n -> n.labelMode() == LabelMode.SHI));
        }
        assertTrue(r.trailer().stream().anyMatch(t -> t.contains("转载")), "site notice goes to the trailer");
        assertEquals(r.trailer().size(), r.clutterAfter());
    }

    @Test
    void summariesCollection() throws Exception {
        List<Report> docs = parse("web-summaries-collection.txt");
        // 篇1, then after the page's "..." another district's summary (its title cut), then 篇1 of the next collection
        assertEquals(3, docs.size());
        for (Report r : docs) {
            assertEquals(ReportKind.SUMMARY, r.kind());
            assertTrue(r.year() == null, "XX年 / 20xx are placeholders");
        }
        Report first = docs.get(0);
        OutlineNode goals = first.sections().get(0).children().get(0);
        assertEquals("目标完成情况", goals.heading());
        assertEquals(4, goals.children().size(), "一是…四是");
        assertEquals(1, first.sections().size(), "the other summary is not merged into the first");
        Report excerpt = docs.get(1);
        assertEquals("", excerpt.title(), "the page cut this summary's title");
        assertEquals("20XX年主要工作", excerpt.sections().get(0).heading());
        assertEquals(2, excerpt.sections().get(0).children().size(), "(一) and (二)");
    }
}
