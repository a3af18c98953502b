package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.importing.Fixtures;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;

class LibraryViewModelTest {
    @TempDir
    Path dir;
    Database db;
    ScheduledExecutorService timer;
    LibraryViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        timer = Executors.newSingleThreadScheduledExecutor();
        vm = newVm();
    }

    private LibraryViewModel newVm() {
        // FX thread and background are the calling thread / timer thread here
        return new LibraryViewModel(new SqliteReportRepository(db), new AppState(db), Runnable::run, Runnable::run, timer);
    }

    @AfterEach
    void close() {
        timer.shutdownNow();
        db.close();
    }

    private LibraryViewModel.TemplateChoice builtIn(String name) {
        return vm.templateChoices().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** A report opened from the library for the first time gets the caret at its start, so the clerk can type at once. */
    @Test
    void aReportOpensWithTheCaretAtTheStartOfItsFirstHeading() {
        vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        long id = vm.repository().save(vm.editor().report().copy()); // a report never opened (an import's)
        OutlineEditorViewModel opened = vm.open(id);
        var request = opened.focusRequestProperty().get();
        assertEquals(opened.report().sections().get(0), request.node());
        assertEquals(org.reportdrafter.domain.edit.TextEdit.Field.HEADING, request.field());
        assertEquals(0, request.caret());
        assertEquals(opened.report().sections().get(0), opened.selected());
    }

    /** After a language switch the status bar says the report is saved in the new language, not the old one's. */
    @Test
    void theSaveStateIsSaidAnewInTheChosenLanguage() {
        vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        assertEquals("已保存", vm.saveStateProperty().get());
        try {
            vm.setEnglish(true);
            assertEquals("Saved", vm.saveStateProperty().get());
            vm.setEnglish(false);
            assertEquals("已保存", vm.saveStateProperty().get());
        } finally {
            Texts.setEnglish(false);
        }
    }

    /** The banner of a save that could not be written is said anew in the new language too. */
    @Test
    void theSaveProblemIsSaidAnewInTheChosenLanguage() {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        vm.repository().delete(ed.report().id()); // deleted elsewhere (another window, the command line)
        ed.setTitle("某县教育局2026年工作要点（修改）");
        vm.saveNow();
        String chinese = vm.saveProblemProperty().get();
        assertTrue(chinese != null && chinese.startsWith("这份报告已在别处删除"), chinese);
        try {
            vm.setEnglish(true);
            assertTrue(vm.saveProblemProperty().get().startsWith("This report was deleted elsewhere"), vm.saveProblemProperty().get());
        } finally {
            Texts.setEnglish(false);
        }
    }

    @Test
    void newReportFromATemplateIsStoredAndOpened() {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        assertEquals("某县教育局2026年工作要点", ed.report().title());
        assertEquals(1, vm.drafts().size());
        assertEquals(ReportStatus.DRAFT, vm.drafts().get(0).status());
        assertSame(ed, vm.editor());
    }

    @Test
    void personalReportsOfOneTitleAreListedWithWhoseTheyAre() throws Exception {
        var results = vm.importFiles(List.of(Fixtures.resource("shapes/two-reports.txt")), null);
        assertEquals(2, results.get(0).reports().size(), results.toString());
        List<String> listed = vm.repository().list().stream().map(LibraryViewModel::listedAs).toList();
        assertEquals(List.of("2024年度述职报告（张伟）", "2024年度述职述廉报告（李晓红）"), listed);
        vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        assertTrue(vm.repository().list().stream().anyMatch(s -> LibraryViewModel.listedAs(s).equals("某县教育局2026年工作要点")),
                "a report without a name line is listed by its title alone");
    }

    @Test
    void anEditToAReportNoLongerOpenIsKeptInARecoveryFileNotLost() {
        OutlineEditorViewModel first = vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        long firstId = first.report().id();
        vm.createFromTemplate(builtIn("年度工作总结"), "某县教育局", 2026);
        assertTrue(vm.recoveryFiles().isEmpty(), "switching reports leaves no recovery file");
        // a pane still holding the first report takes an edit: nothing saves it
        first.setBody(first.report().sections().get(0), "以新时代中国特色社会主义思想为指导。");
        assertEquals(1, vm.recoveryFiles().size());
        Report kept = org.reportdrafter.storage.Recovery.read(vm.recoveryFiles().get(0));
        assertEquals(firstId, org.reportdrafter.storage.Recovery.reportId(vm.recoveryFiles().get(0)));
        assertEquals(List.of("以新时代中国特色社会主义思想为指导。"), kept.sections().get(0).body());
        assertTrue(vm.saveProblemProperty().get().contains("恢复文件"), vm.saveProblemProperty().get());
    }

    @Test
    void aNewReportIsProposedForTheOfficeOfTheLastDraft() {
        assertEquals("", vm.lastOrganization(), "a new library: nothing to propose");
        vm.createFromTemplate(builtIn("年度工作要点"), "越城区教育局", 2027);
        assertEquals("越城区教育局", vm.lastOrganization());
    }

    @Test
    void aDraftSavedAsATemplateIsListedAndTheClerkIsToldWhere() {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        vm.saveAsTemplate();
        var choice = vm.templateChoices().stream().filter(c -> c.libraryId() != null).findFirst().orElseThrow();
        // named as a blank form is, not by the placeholders the program fills
        assertEquals("××单位20××年工作要点", choice.name());
        assertEquals("××单位20××年工作要点", LibraryViewModel.listedAs(vm.templates().get(0)));
        assertEquals(ReportKind.PLAN, choice.kind());
        assertEquals("已另存为模板“××单位20××年工作要点”（资料库 › 模板），新建时可选用", vm.saveStateProperty().get());
        assertSame(ed, vm.editor(), "the draft stays open");
    }

    @Test
    void everyChangeReachesTheLibraryWithinTwoSecondsWithoutSaving() throws Exception {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        OutlineNode guide = ed.report().sections().get(0);
        ed.setBody(guide, "以新时代中国特色社会主义思想为指导。");
        long id = ed.report().id();
        long deadline = System.nanoTime() + 2_000_000_000L;
        String stored = "";
        while (System.nanoTime() < deadline) {
            stored = String.join("", vm.repository().load(id).orElseThrow().sections().get(0).body());
            if (stored.startsWith("以新时代") && "已保存".equals(vm.saveStateProperty().get())) {
                break; // the status is set by the writer thread just after the commit
            }
            Thread.sleep(50);
        }
        assertEquals("以新时代中国特色社会主义思想为指导。", stored);
        assertEquals("已保存", vm.saveStateProperty().get());
    }

    @Test
    void restartReopensWhatWasOpenAtTheSamePlace() {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作总结"), "某市教育局", 2025);
        OutlineNode place = ed.report().sections().get(1);
        ed.select(place);
        vm.close();
        LibraryViewModel again = newVm();
        again.restoreSession();
        assertEquals(ed.report().id(), again.editor().report().id());
        assertEquals(place.uid(), again.editor().selected().uid());
        assertEquals(place.uid(), again.editor().focusRequestProperty().get().node().uid());
    }

    @Test
    void aLibraryFromBeforeEachReportKeptItsPlaceReopensAtTheSessionsItem() {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作总结"), "某市教育局", 2025);
        OutlineNode place = ed.report().sections().get(1);
        vm.close();
        AppState state = new AppState(db);
        state.put(AppState.selectedIn(ed.report().id()), null); // as an older version left the library
        state.put(AppState.SELECTED_NODE, place.uid());
        LibraryViewModel again = newVm();
        again.restoreSession();
        assertEquals(place.uid(), again.editor().selected().uid());
    }

    @Test
    void aReportOpenedAgainGoesBackToTheItemTheClerkLeft() {
        OutlineEditorViewModel summary = vm.createFromTemplate(builtIn("年度工作总结"), "某市教育局", 2025);
        long summaryId = summary.report().id();
        OutlineNode place = summary.report().sections().get(2);
        summary.select(place);
        OutlineEditorViewModel plan = vm.createFromTemplate(builtIn("年度工作要点"), "某市教育局", 2026); // another one for a while
        OutlineNode there = plan.report().sections().get(1);
        plan.select(there);
        OutlineEditorViewModel again = vm.open(summaryId);
        assertEquals(place.uid(), again.selected().uid(), "not at its top: where the clerk was in it");
        assertEquals(place.uid(), again.focusRequestProperty().get().node().uid(), "the caret goes there too");
        vm.close();
        LibraryViewModel later = newVm(); // another day: the plan, not the last one open, is opened from the list
        OutlineEditorViewModel planAgain = later.open(plan.report().id());
        assertEquals(there.uid(), planAgain.selected().uid());
    }

    @Test
    void thePortableFileHoldsTheReportAsItWasWhenAskedAndIsWrittenOnAnotherThread() throws Exception {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        OutlineNode guide = ed.report().sections().get(0);
        ed.setBody(guide, "以新时代中国特色社会主义思想为指导。");
        vm.saveNamedVersion("送审稿");
        ed.setBody(guide, "坚持立德树人，办好人民满意的教育。"); // typed, not saved yet
        Path out = dir.resolve("要点.json");
        java.util.concurrent.Callable<Path> work = vm.portableExport(out);
        ed.setBody(guide, "写文件时又输入的文字"); // typing goes on while the file is written
        java.util.concurrent.CompletableFuture<Path> written = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        assertEquals(out, written.get(10, java.util.concurrent.TimeUnit.SECONDS));
        List<org.reportdrafter.storage.PortableJson.Entry> read =
                org.reportdrafter.storage.PortableJson.read(java.nio.file.Files.readString(out), "要点.json");
        assertEquals(List.of("坚持立德树人，办好人民满意的教育。"), read.get(0).report().sections().get(0).body(),
                "the text as it was when the clerk chose 导出, unsaved typing included, later typing not");
        // the named version, and the day's automatic one, come along
        var named = read.get(0).versions().stream().filter(v -> v.name().equals("送审稿")).toList();
        assertEquals(1, named.size(), read.get(0).versions().toString());
        assertEquals(List.of("以新时代中国特色社会主义思想为指导。"), named.get(0).content().sections().get(0).body());
    }

    @Test
    void theSessionIsReadOnAnotherThreadWhileTheWindowStarts() throws Exception {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作总结"), "某市教育局", 2025);
        OutlineNode place = ed.report().sections().get(2);
        ed.select(place);
        vm.close();
        LibraryViewModel again = newVm();
        // as the app does at start: read on a thread of its own, shown on the window's thread
        java.util.concurrent.CompletableFuture<LibraryViewModel.Session> read =
                java.util.concurrent.CompletableFuture.supplyAsync(again::readSession);
        LibraryViewModel.Session session = read.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(ed.report().id(), session.open().id());
        assertNull(again.editor(), "nothing is shown before the window takes the session");
        again.restoreSession(session);
        assertEquals(ed.report().id(), again.editor().report().id());
        assertEquals(place.uid(), again.editor().selected().uid());
        assertEquals(1, again.drafts().size());
        assertEquals(session.summaries().size(), again.drafts().size() + again.past().size() + again.templates().size());
    }

    @Test
    void renameDuplicateDeleteAndSaveAsTemplate() {
        OutlineEditorViewModel ed = vm.createFromTemplate(builtIn("年度工作要点"), "某县教育局", 2026);
        long id = ed.report().id();
        vm.rename(id, "某县教育局2026年教育工作要点");
        assertEquals("某县教育局2026年教育工作要点", vm.drafts().get(0).title());
        long copy = vm.duplicate(id);
        assertEquals(2, vm.drafts().size());
        vm.saveAsTemplate();
        assertEquals(1, vm.templates().size());
        assertTrue(vm.templates().get(0).title().contains("{单位}"));
        assertTrue(vm.templateChoices().stream().anyMatch(c -> c.libraryId() != null));
        Report fromMine = vm.createFromTemplate(vm.templateChoices().stream().filter(c -> c.libraryId() != null).findFirst().orElseThrow(),
                "某区教育局", 2027).report();
        assertEquals("某区教育局2027年教育工作要点", fromMine.title());
        vm.delete(fromMine.id());
        assertNull(vm.editor(), "deleting the open report closes it");
        vm.delete(copy);
        assertEquals(1, vm.drafts().size());
    }

    @Test
    void importReportsWhatFailedAndWhy() throws Exception {
        Path bad = java.nio.file.Files.createFile(dir.resolve("empty.txt"));
        var results = vm.importFiles(List.of(Fixtures.resource("plan-2024.txt"), bad), null);
        assertTrue(results.get(0).ok());
        assertEquals("文件是空的：empty.txt", results.get(1).error());
        vm.refresh();
        assertEquals(1, vm.past().size());
    }
}
