package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.cycle.Coverage;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.PlanLink;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.ReportJson;
import org.reportdrafter.storage.SqliteReportRepository;

class CoverageViewModelTest {
    @TempDir
    Path dir;
    Database db;
    ScheduledExecutorService timer;
    LibraryViewModel library;
    SqliteReportRepository repo;
    /** Background work queued here and run when the test says, as the check thread would. */
    final List<Runnable> queued = new ArrayList<>();
    CoverageViewModel vm;

    static Report fixture(String name) throws Exception {
        Path p = Path.of(CoverageViewModelTest.class.getResource("/fixtures/cycle/" + name).toURI());
        return ReportJson.read(Files.readString(p, StandardCharsets.UTF_8), name).get(0);
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        timer = Executors.newSingleThreadScheduledExecutor();
        repo = new SqliteReportRepository(db);
        library = new LibraryViewModel(repo, new AppState(db), Runnable::run, Runnable::run, timer);
        vm = new CoverageViewModel(library, Runnable::run, queued::add);
    }

    @AfterEach
    void close() {
        timer.shutdownNow();
        db.close();
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    private long storeLinkedPair() throws Exception {
        long planId = repo.save(fixture("plan-2025.json"));
        Report summary = fixture("summary-2025.json");
        summary.parts().setAnswers(new PlanLink(planId, "青山县教育局2025年工作要点", 2025, ""));
        return repo.save(summary);
    }

    @Test
    void aSummaryIsCheckedAgainstThePlanItAnswersOffTheFxThread() throws Exception {
        long summaryId = storeLinkedPair();
        vm.setEditor(library.open(summaryId));
        assertNotNull(vm.planProperty().get());
        assertTrue(vm.items().isEmpty(), "nothing shown before the background check ran");
        assertTrue(vm.checkingProperty().get());
        runQueued();
        assertEquals(13, vm.items().size());
        assertEquals(1, vm.unplanned().size());
        assertTrue(vm.statusProperty().get().contains("未见总结 1"), vm.statusProperty().get());
    }

    @Test
    void theStatusFollowsTheWritingAndAStaleResultIsDropped() throws Exception {
        long summaryId = storeLinkedPair();
        OutlineEditorViewModel editor = library.open(summaryId);
        vm.setEditor(editor);
        runQueued();
        Coverage.Item pilot = vm.items().stream().filter(i -> i.measure().heading().contains("校长职级制")).findFirst().orElseThrow();
        assertEquals(Coverage.Status.MISSING, pilot.status());

        OutlineNode teachers = editor.report().allNodes().stream().filter(n -> n.heading().equals("教师队伍素质不断提高")).findFirst().orElseThrow();
        editor.setBody(teachers, "全年培训教师1650人次。在5所学校开展校长职级制改革试点，出台校长考核评价办法。");
        vm.refresh(); // older request
        vm.refresh(); // newer request, after more typing
        Runnable older = queued.remove(0);
        Runnable newer = queued.remove(0);
        newer.run();
        older.run(); // arrives late: must not overwrite the newer result
        Coverage.Item after = vm.items().stream().filter(i -> i.measure().heading().contains("校长职级制")).findFirst().orElseThrow();
        assertEquals(Coverage.Status.COVERED, after.status());
        assertTrue(vm.jumpTo(after.evidence().get(0)));
        assertEquals(teachers, editor.selected());
        assertTrue(CoverageViewModel.planText(after).contains("选择5所学校先行试点"));
        assertTrue(CoverageViewModel.evidenceText(after).contains("校长职级制改革试点"));
    }

    @Test
    void withoutALinkTheClerkChoosesThePlan() throws Exception {
        long planId = repo.save(fixture("plan-2025.json"));
        long summaryId = repo.save(fixture("summary-2025.json"));
        vm.setEditor(library.open(summaryId));
        assertNull(vm.planProperty().get());
        assertTrue(vm.statusProperty().get().contains("请选择"));
        assertEquals(planId, vm.planChoices().get(0).id());
        vm.choosePlan(planId);
        runQueued();
        assertEquals(13, vm.items().size());
    }

    @Test
    void summaryFromPlanIsStoredOpenedAndRemembersThePlan() throws Exception {
        long planId = repo.save(fixture("plan-2025.json"));
        vm.setEditor(library.open(planId));
        OutlineEditorViewModel draft = vm.draftSummaryFromPlan();
        assertEquals(ReportKind.SUMMARY, draft.report().kind());
        assertEquals(planId, draft.report().parts().answers().reportId());
        Report stored = repo.load(draft.report().id()).orElseThrow();
        assertEquals(planId, stored.parts().answers().reportId());
        assertEquals("主要工作和成效", stored.sections().get(0).heading());
        // opened as a summary, the pane finds its plan by itself
        vm.setEditor(draft);
        assertEquals(planId, vm.planProperty().get().id());
        runQueued();
        assertEquals(13, vm.items().stream().filter(i -> i.status() == Coverage.Status.MISSING).count());
    }

    @Test
    void nextYearsPlanFromTheSummaryStartsFromTheLinkedPlan() throws Exception {
        long summaryId = storeLinkedPair();
        vm.setEditor(library.open(summaryId));
        vm.draftNextPlan();
        Report plan = library.editor().report();
        assertEquals(ReportKind.PLAN, plan.kind());
        assertEquals(2026, plan.year());
        assertEquals("青山县教育局2026年工作要点", plan.title());
        assertEquals(summaryId, plan.parts().answers().reportId());
        assertTrue(plan.allNodes().stream().anyMatch(n -> n.guidance() && String.join("", n.body()).contains("第二幼儿园改扩建工程因用地手续")));
    }

    @Test
    void theExportAppendsTheTableAndLeavesTheReportAsItWas() throws Exception {
        long summaryId = storeLinkedPair();
        OutlineEditorViewModel editor = library.open(summaryId);
        vm.setEditor(editor);
        runQueued();
        int sections = editor.report().sections().size();
        Path out = dir.resolve("总结.docx");
        vm.exportWithTable(out);
        assertEquals(sections, editor.report().sections().size());
        try (ZipFile z = new ZipFile(out.toFile())) {
            String xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("年度计划落实情况对照表"), "the table's heading is in the document");
            assertTrue(xml.contains("<w:tbl>"), "the 对照 is a Word table");
            assertTrue(xml.contains("培训教师2000人次"), "the plan's measures stand in its cells");
        }
    }
}
