package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.SearchFilter;
import org.reportdrafter.domain.SectionHit;
import org.reportdrafter.domain.YearNameReview;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.Phrases;
import org.reportdrafter.storage.SqliteReportRepository;

class ReuseViewModelTest {
    @TempDir
    Path dir;
    Database db;
    ScheduledExecutorService timer;
    LibraryViewModel library;
    ReuseViewModel reuse;
    long pastId;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("library.db"));
        timer = Executors.newSingleThreadScheduledExecutor();
        library = new LibraryViewModel(new SqliteReportRepository(db), new AppState(db), Runnable::run, Runnable::run, timer);
        reuse = new ReuseViewModel(library, new Phrases(db));
        Path past = Files.writeString(dir.resolve("past.txt"), String.join("\n", "甲县教育局2014年工作总结",
                "一、主要工作", "（一）加强师资队伍建设", "甲县教育局2014年组织开展教研活动，培训教师1200人次，今年新招聘教师80名。",
                "（二）强化校园安全管理", "开展安全隐患排查整治。"));
        pastId = library.importFiles(List.of(past), null).get(0).reports().get(0).id();
        library.createFromTemplate(library.templateChoices().get(0), "乙县教育局", 2015);
    }

    @AfterEach
    void close() {
        timer.shutdownNow();
        db.close();
    }

    @Test
    void searchFindsSectionsWithFiltersAndOpensAtThePlace() {
        List<SectionHit> hits = reuse.search("教研 师资", SearchFilter.NONE);
        assertEquals(1, hits.size());
        assertEquals("一、主要工作 › （一）加强师资队伍建设", hits.get(0).path());
        assertTrue(hits.get(0).highlights().size() >= 1);
        assertTrue(reuse.search("教研", new SearchFilter(Set.of(ReportKind.PLAN), null, null, null)).isEmpty());
        assertEquals(1, reuse.search("教研", new SearchFilter(Set.of(), 2010, 2014, "甲县")).size());
        OutlineEditorViewModel opened = reuse.open(hits.get(0));
        assertEquals(pastId, opened.report().id());
        assertEquals("加强师资队伍建设", opened.selected().heading());
    }

    @Test
    void insertRemembersProvenanceAndReviewsYearsAndNames() {
        OutlineEditorViewModel ed = library.editor();
        OutlineNode work = ed.report().sections().get(3);
        ed.select(work.children().get(0));
        SectionHit hit = reuse.search("教研", SearchFilter.NONE).get(0);
        List<YearNameReview.Item> review = reuse.insert(hit, ReuseViewModel.InsertMode.SIBLING);
        OutlineNode inserted = work.children().get(1);
        assertEquals("加强师资队伍建设", inserted.heading());
        assertEquals(pastId, inserted.provenance().reportId());
        assertEquals("甲县教育局2014年工作总结", inserted.provenance().reportTitle());
        assertEquals(List.of("甲县教育局", "2014年", "今年"), review.stream().map(YearNameReview.Item::found).toList());
        assertTrue(inserted.body().get(0).startsWith("甲县教育局2014年"), "nothing replaced before review");
        reuse.applyReview(review.subList(0, 2));
        assertEquals("乙县教育局2015年组织开展教研活动，培训教师1200人次，今年新招聘教师80名。", inserted.body().get(0));
        ed.undo();
        assertTrue(inserted.body().get(0).startsWith("甲县教育局2014年"), "the review is one undo step");
        ed.undo();
        assertFalse(work.children().contains(inserted), "and the insert another");

        ed.select(work.children().get(0));
        reuse.insert(hit, ReuseViewModel.InsertMode.CHILD);
        assertEquals("加强师资队伍建设", work.children().get(0).children().get(work.children().get(0).children().size() - 1).heading());
        OutlineNode target = work.children().get(1);
        ed.select(target);
        reuse.insert(hit, ReuseViewModel.InsertMode.REPLACE_TEXT);
        assertEquals("加强师资队伍建设", target.heading());
        assertNotNull(target.provenance());
    }

    @Test
    void similarSectionsForTheNodeBeingEdited() {
        OutlineEditorViewModel ed = library.editor();
        OutlineNode g = ed.report().sections().get(3).children().get(0);
        ed.setHeading(g, "加强教师队伍建设");
        List<SectionHit> similar = reuse.updateSimilar(g);
        assertFalse(similar.isEmpty());
        assertEquals("加强师资队伍建设", similar.get(0).heading());
        assertTrue(similar.stream().noneMatch(h -> h.reportId() == ed.report().id()), "not from the report being written");
    }

    @Test
    void anEmptySimilarListSaysWhyAndAGroupHeadingShowsWhatItHolds() {
        OutlineEditorViewModel ed = library.editor();
        OutlineNode g = ed.report().sections().get(3).children().get(0);
        ed.setHeading(g, "");
        ed.setBody(g, "");
        reuse.updateSimilar(g);
        assertEquals("选中一个有标题或文字的条目，这里列出往年相近的段落。", reuse.similarStatusProperty().get());
        ed.setHeading(g, "编制年度预算");
        assertTrue(reuse.updateSimilar(g).isEmpty());
        assertEquals("资料库中没有与“编制年度预算”相近的段落。", reuse.similarStatusProperty().get());
        // 一、主要工作 has no text of its own: its first items stand in for it
        ed.setHeading(g, "主要工作");
        SectionHit group = reuse.updateSimilar(g).stream().filter(h -> h.heading().equals("主要工作")).findFirst().orElseThrow();
        assertEquals("", reuse.similarStatusProperty().get());
        assertTrue(group.snippet().startsWith("（一）加强师资队伍建设甲县教育局2014年"), group.snippet());
        assertTrue(group.snippet().length() <= 81, group.snippet());
    }

    @Test
    void aMeasureWrittenInItsHeadingAloneShowsThatTextAsItsExcerpt() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.txt"), String.join("\n", "甲县教育局2014年工作要点",
                "一、主要任务", "（一）减轻学生课业负担", "1.严格控制中小学生书面作业总量。", "2.规范校外培训机构办学行为。"));
        library.importFiles(List.of(plan), null);
        OutlineEditorViewModel ed = library.editor();
        OutlineNode g = ed.report().sections().get(3).children().get(0);
        ed.setHeading(g, "严格控制书面作业总量");
        List<SectionHit> similar = reuse.updateSimilar(g);
        SectionHit measure = similar.stream().filter(h -> h.heading().contains("严格控制中小学生书面作业总量")).findFirst()
                .orElseThrow(() -> new AssertionError("the measure is among the similar sections: " + similar));
        // the clerk judges a hit by its words: a measure with no text below its heading is judged by the heading
        assertTrue(measure.snippet().contains("严格控制中小学生书面作业总量"), "excerpt: “" + measure.snippet() + "”");
        for (SectionHit h : similar) {
            assertFalse(h.snippet().isBlank(), "no hit shows an empty excerpt: " + h.path());
        }
    }

    @Test
    void aLongHeadingFindsThePastMeasureItSharesWordsWithOnceTheDraftIsSaved() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.txt"), String.join("\n", "甲县教育局2014年工作要点",
                "一、主要任务", "（一）减轻学生课业负担", "1.严格控制中小学生书面作业总量。", "2.规范校外培训机构办学行为。"));
        library.importFiles(List.of(plan), null);
        OutlineEditorViewModel ed = library.editor();
        OutlineNode m = ed.report().sections().get(2).children().get(0);
        // words of the draft's own (双减, 确保时间达标) beside the words of last year's measure
        ed.setHeading(m, "全面落实双减政策，严格控制中小学生书面作业总量，确保时间达标");
        library.saveNow(); // the draft is in the index too, as it is a moment after typing
        List<SectionHit> similar = reuse.updateSimilar(m);
        assertTrue(similar.stream().anyMatch(h -> h.heading().equals("严格控制中小学生书面作业总量。")),
                "last year's measure is suggested: " + similar);
    }

    @Test
    void similarSectionsLookedUpOffTheWindowThreadOnlyTheLastAnswerShown() throws Exception {
        OutlineEditorViewModel ed = library.editor();
        OutlineNode g = ed.report().sections().get(3).children().get(0);
        java.util.concurrent.ExecutorService lookup = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.BlockingQueue<Runnable> fx = new java.util.concurrent.LinkedBlockingQueue<>();
        List<String> failures = new java.util.ArrayList<>();
        try {
            ed.setHeading(g, "加强教师队伍建设");
            reuse.updateSimilarInBackground(g, lookup, fx::add, failures::add);
            Runnable first = fx.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            // the clerk moved on before the first answer reached the window: only the second one counts
            ed.setHeading(g, "强化校园安全");
            reuse.updateSimilarInBackground(g, lookup, fx::add, failures::add);
            Runnable second = fx.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            first.run();
            assertTrue(reuse.similar().isEmpty(), "an answer to an earlier request is not shown");
            second.run();
            assertTrue(failures.isEmpty(), failures.toString());
            assertFalse(reuse.similar().isEmpty());
            assertEquals("强化校园安全管理", reuse.similar().get(0).heading(), "the answer shown is the one for the heading as it is now");
            assertTrue(reuse.similar().stream().noneMatch(h -> h.heading().equals("加强师资队伍建设")));
            assertTrue(reuse.similar().stream().noneMatch(h -> h.reportId() == ed.report().id()));
        } finally {
            lookup.shutdownNow();
        }
    }

    @Test
    void lastYearsReportAsTheStartOfThisYearsWithReview() {
        List<YearNameReview.Item> review = reuse.newFromExisting(pastId, "甲县教育局", 2015);
        OutlineEditorViewModel ed = library.editor();
        assertEquals("甲县教育局2015年工作总结", ed.report().title());
        assertEquals(List.of("2014年", "今年"), review.stream().map(YearNameReview.Item::found).toList());
        reuse.applyReview(review.subList(0, 1));
        assertEquals("甲县教育局2015年组织开展教研活动，培训教师1200人次，今年新招聘教师80名。",
                ed.report().sections().get(0).children().get(0).body().get(0));
        assertSame(ed, library.editor());
    }

    @Test
    void phraseLibrary() {
        reuse.savePhrase("以习近平新时代中国特色社会主义思想为指导");
        reuse.savePhrase("办好人民满意的教育");
        reuse.savePhrase("办好人民满意的教育");
        assertEquals(2, reuse.phrases("").size());
        assertEquals(List.of("办好人民满意的教育"), reuse.phrases("满意"));
        reuse.phraseUsed("以习近平新时代中国特色社会主义思想为指导");
        assertEquals("以习近平新时代中国特色社会主义思想为指导", reuse.phrases("").get(0), "most used first");
        reuse.removePhrase("办好人民满意的教育");
        assertEquals(1, reuse.phrases("").size());
    }

    @Test
    void leavesOutTheOpenDraftAndTemplatesUnlessAskedAndAnUnknownYearIsBlank() {
        OutlineEditorViewModel ed = library.editor();
        OutlineNode g = ed.report().sections().get(3).children().get(0);
        ed.setHeading(g, "深化教研改革");
        library.saveNow();
        Report template = library.repository().load(pastId).orElseThrow().copy();
        template.setTitle("县级教育局年度工作总结模板");
        template.setStatus(ReportStatus.TEMPLATE);
        template.setYear(null);
        long templateId = library.repository().save(template);
        Report undated = library.repository().load(pastId).orElseThrow().copy();
        undated.setTitle("教研室工作总结");
        undated.setYear(null);
        long undatedId = library.repository().save(undated);

        List<SectionHit> hits = reuse.search("教研", SearchFilter.NONE);
        assertEquals(Set.of(pastId, undatedId), hits.stream().map(SectionHit::reportId).collect(java.util.stream.Collectors.toSet()),
                "neither the clerk's own draft nor a template");
        SectionHit fromUndated = hits.stream().filter(h -> h.reportId() == undatedId).findFirst().orElseThrow();
        assertEquals(null, fromUndated.year(), "an unknown year is no year, not 0");
        assertEquals(2014, hits.stream().filter(h -> h.reportId() == pastId).findFirst().orElseThrow().year());

        reuse.includeOpenReportProperty().set(true);
        assertTrue(reuse.search("教研", SearchFilter.NONE).stream().anyMatch(h -> h.reportId() == ed.report().id()));
        reuse.includeTemplatesProperty().set(true);
        assertTrue(reuse.search("教研", SearchFilter.NONE).stream().anyMatch(h -> h.reportId() == templateId));
    }

    @Test
    void reviewOffersTheSourceOrganizationsNameEvenWhenItsFieldIsBlank() {
        Report source = library.repository().load(pastId).orElseThrow().copy();
        source.setOrganization("");
        long sourceId = library.repository().save(source);
        OutlineEditorViewModel ed = library.editor();
        ed.setOrganization("");
        ed.setTitle("乙县教育局2015年工作要点");
        OutlineNode work = ed.report().sections().get(3);
        ed.select(work.children().get(0));
        SectionHit hit = reuse.search("教研", SearchFilter.NONE).stream().filter(h -> h.reportId() == sourceId).findFirst().orElseThrow();
        List<YearNameReview.Item> review = reuse.insert(hit, ReuseViewModel.InsertMode.SIBLING);
        YearNameReview.Item name = review.get(0);
        assertEquals("甲县教育局", name.found());
        assertEquals("乙县教育局", name.proposed());
        reuse.applyReview(List.of(name));
        assertTrue(work.children().get(1).body().get(0).startsWith("乙县教育局2014年"));
    }
}
