package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.checks.Finding;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.edit.TextEdit;

class ProofreadViewModelTest {
    private static Report report() {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        r.setYear(2025);
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        OutlineNode m = s.addChild(new OutlineNode("加强管理,提高质量"));
        m.setBody(List.of("第一段。", "完善制度,落实责任;做好的的工作。"));
        return r;
    }

    @Test
    void theBackgroundCheckMarksTheItemsInTheEditorAndAnOutdatedAnswerIsDropped() throws Exception {
        Report r = report();
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        java.util.concurrent.ExecutorService checker = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.BlockingQueue<Runnable> fx = new java.util.concurrent.LinkedBlockingQueue<>();
        int[] shown = {0};
        try {
            vm.refreshInBackground(checker, fx::add, () -> shown[0]++);
            fx.poll(10, java.util.concurrent.TimeUnit.SECONDS).run();
            assertEquals(1, shown[0]);
            OutlineNode m = r.sections().get(0).children().get(0);
            Finding doubled = vm.findings().stream().filter(f -> f.rule().equals("doubled-char")).findFirst().orElseThrow();
            org.junit.jupiter.api.Assertions.assertSame(m, doubled.piece().node(),
                    "the finding points at the item in the editor, not at the copy that was checked");
            assertEquals(1, vm.findingsFor(m).stream().filter(f -> f.rule().equals("doubled-char")).count());
            assertTrue(vm.fix(doubled), "a fix applies to the live text");
            assertEquals("完善制度,落实责任;做好的工作。", m.body().get(1));

            // the clerk types while a check runs: its answer is about text that is gone and is not shown
            ed.setBody(m, "第一段。\n完善制度,落实责任;做好的的的工作。");
            vm.refreshInBackground(checker, fx::add, () -> shown[0]++);
            Runnable answer = fx.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            ed.setBody(m, "第一段。\n完善制度，落实责任；做好工作。");
            answer.run();
            assertEquals(1, shown[0], "an answer about changed text is dropped");
            assertTrue(vm.findings().stream().noneMatch(f -> f.rule().equals("doubled-char") && f.piece().text().contains("的的的")));
        } finally {
            checker.shutdownNow();
        }
    }

    @Test
    void fixAllOfAKindIsOneUndoStep() {
        Report r = report();
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        vm.refresh();
        long half = vm.findings().stream().filter(f -> f.rule().equals("halfwidth-punctuation")).count();
        assertEquals(3, half);
        assertEquals(3, vm.fixAll("halfwidth-punctuation"));
        OutlineNode m = r.sections().get(0).children().get(0);
        assertEquals("加强管理，提高质量", m.heading());
        assertEquals("完善制度，落实责任；做好的的工作。", m.body().get(1));
        assertTrue(vm.findings().stream().noneMatch(f -> f.rule().equals("halfwidth-punctuation")));
        ed.undo();
        assertEquals("加强管理,提高质量", m.heading(), "one undo brings every fixed place back");
        assertEquals("完善制度,落实责任;做好的的工作。", m.body().get(1));
    }

    @Test
    void fixOneAndJumpToTheRightOffset() {
        Report r = report();
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        vm.refresh();
        Finding doubled = vm.findings().stream().filter(f -> f.rule().equals("doubled-char")).findFirst().orElseThrow();
        vm.jumpTo(doubled);
        OutlineEditorViewModel.FocusRequest req = ed.focusRequestProperty().get();
        assertEquals(TextEdit.Field.BODY, req.field());
        assertEquals("第一段。\n".length() + "完善制度,落实责任;做好".length(), req.caret());
        assertTrue(vm.fix(doubled));
        assertEquals("完善制度,落实责任;做好的工作。", r.sections().get(0).children().get(0).body().get(1));
        req = ed.focusRequestProperty().get();
        assertEquals(TextEdit.Field.BODY, req.field(), "the cursor stays in the body that was fixed");
        assertEquals("第一段。\n".length() + "完善制度,落实责任;做好的".length(), req.caret(), "just after the fixed text");
        assertEquals(1, vm.findingsFor(r.sections().get(0).children().get(0)).stream()
                .filter(f -> f.piece().place() == org.reportdrafter.checks.TextPiece.Place.HEADING).count());
    }

    @Test
    void rulesSwitchedOffPerReportAndBackWithUndo() {
        Report r = report();
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        ed.setCheckEnabled("halfwidth-punctuation", false);
        vm.refresh();
        assertTrue(vm.findings().stream().noneMatch(f -> f.rule().equals("halfwidth-punctuation")));
        assertTrue(r.settings().disabledChecks().contains("halfwidth-punctuation"));
        ed.undo();
        vm.refresh();
        assertTrue(vm.findings().stream().anyMatch(f -> f.rule().equals("halfwidth-punctuation")));
    }

    @Test
    void aFixAfterTypingNeverRevertsTheTyping() throws Exception {
        java.util.concurrent.ExecutorService fx = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Report r = report();
            OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
            ProofreadViewModel vm = new ProofreadViewModel(ed);
            OutlineNode m = r.sections().get(0).children().get(0);
            Finding comma = fx.submit(() -> {
                vm.refresh();
                return vm.findings().stream().filter(f -> f.rule().equals("halfwidth-punctuation")
                        && f.piece().place() == org.reportdrafter.checks.TextPiece.Place.BODY).findFirst().orElseThrow();
            }).get();
            // the clerk types at the end of the paragraph, then clicks 修正 on the finding listed before
            fx.submit(() -> ed.setBody(m, "第一段。\n完善制度,落实责任;做好的的工作。抓好督查。")).get();
            assertTrue(fx.submit(() -> vm.fix(comma)).get());
            assertEquals("完善制度，落实责任;做好的的工作。抓好督查。", m.body().get(1), "the fix lands in the text as it is now");
            // the clerk types before the flagged comma: it moved, so the fix is refused and the check runs again
            Finding semicolon = vm.findings().stream().filter(f -> f.rule().equals("halfwidth-punctuation")
                    && f.piece().place() == org.reportdrafter.checks.TextPiece.Place.BODY).findFirst().orElseThrow();
            fx.submit(() -> ed.setBody(m, "第一段。\n进一步完善制度，落实责任;做好的的工作。抓好督查。")).get();
            assertEquals(false, fx.submit(() -> vm.fix(semicolon)).get());
            assertEquals("进一步完善制度，落实责任;做好的的工作。抓好督查。", m.body().get(1), "nothing typed is lost");
            assertTrue(!vm.noticeProperty().get().isEmpty(), "the clerk is told why");
            Finding fresh = vm.findings().stream().filter(f -> f.rule().equals("halfwidth-punctuation")
                    && f.piece().place() == org.reportdrafter.checks.TextPiece.Place.BODY).findFirst().orElseThrow();
            assertTrue(fx.submit(() -> vm.fix(fresh)).get());
            assertEquals("进一步完善制度，落实责任；做好的的工作。抓好督查。", m.body().get(1));
            // a paragraph deleted since the check: refused, no exception
            Finding doubled = vm.findings().stream().filter(f -> f.rule().equals("doubled-char")).findFirst().orElseThrow();
            fx.submit(() -> ed.setBody(m, "第一段。")).get();
            assertEquals(false, fx.submit(() -> vm.fix(doubled)).get());
            assertEquals(List.of("第一段。"), m.body());
        } finally {
            fx.shutdownNow();
        }
    }

    @Test
    void oneEntryPerParagraphAndRuleFixedAsOneUndoStep() {
        Report r = report();
        r.sections().get(0).children().get(0).setBody(List.of("加强管理,提高质量,完善制度,落实责任。"));
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        vm.refresh();
        org.reportdrafter.checks.FindingGroup g = vm.groups().stream()
                .filter(x -> x.rule().equals("halfwidth-punctuation") && x.piece().place() == org.reportdrafter.checks.TextPiece.Place.BODY)
                .findFirst().orElseThrow();
        assertEquals(3, g.count());
        assertTrue(g.message().endsWith("本段共 3 处"), g.message());
        assertEquals(3, vm.fixGroup(g));
        OutlineNode m = r.sections().get(0).children().get(0);
        assertEquals("加强管理，提高质量，完善制度，落实责任。", m.body().get(0));
        assertEquals("加强管理,提高质量", m.heading(), "only the group's paragraph");
        ed.undo();
        assertEquals("加强管理,提高质量,完善制度,落实责任。", m.body().get(0));
    }

    @Test
    void fixesInThePartsOfTheDocumentAreUndoable() {
        Report r = report();
        r.parts().setDocNumber("某教发[2025]7号");
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        vm.refresh();
        Finding f = vm.findings().stream().filter(x -> x.rule().equals("official-parts")).findFirst().orElseThrow();
        assertTrue(vm.fix(f));
        assertEquals("某教发〔2025〕7号", r.parts().docNumber());
        ed.undo();
        assertEquals("某教发[2025]7号", r.parts().docNumber());
    }

    @Test
    void reviewCopyOfTheOpenReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Report r = report();
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        vm.setTerms(() -> org.reportdrafter.checks.TermList.parse("保护：加强管理,提高质量\n"));
        java.nio.file.Path out = dir.resolve("审阅稿.docx");
        org.reportdrafter.checks.ReviewCopy.Result res = vm.exportReviewCopy(out);
        vm.refresh();
        assertEquals(vm.groups().size(), res.comments());
        assertEquals(res.comments(), res.anchored());
        try (var in = java.nio.file.Files.newInputStream(out); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertEquals(res.comments(), doc.getComments().length);
            assertTrue(java.util.Arrays.stream(doc.getComments()).anyMatch(c -> c.getText().contains("的的")));
            assertTrue(java.util.Arrays.stream(doc.getComments()).noneMatch(c -> c.getText().contains("半角") && c.getText().contains("共 1 处")));
        }
    }

    @Test
    void aBodyProblemIsMarkedOnTheBodyTextAndAWholeItemProblemOnNoCharacter() {
        Report r = report();
        OutlineNode s = r.sections().get(0);
        OutlineNode prompt = s.addChild(new OutlineNode(""));
        prompt.setGuidance(true);
        prompt.setBody(List.of("【写明本年度的主要措施】"));
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        vm.refresh();
        OutlineNode m = s.children().get(0);
        String heading = m.heading();
        String body = OutlineEditorViewModel.shownBody(m);
        List<String> bodyMarks = new java.util.ArrayList<>();
        for (Finding f : vm.findingsFor(m)) {
            ProofreadViewModel.Mark mark = ProofreadViewModel.markOf(f, heading, body);
            if (f.piece().place() == org.reportdrafter.checks.TextPiece.Place.BODY) {
                assertEquals(TextEdit.Field.BODY, mark.field(), f.message());
                bodyMarks.add(body.substring(mark.from(), mark.to()));
            } else {
                assertEquals(",", heading.substring(mark.from(), mark.to()));
            }
        }
        // 完善制度,落实责任;做好的的工作。: the two half-width marks and the doubled 的, each where it is written
        assertEquals(List.of(",", ";", "的的"), bodyMarks.stream().sorted(java.util.Comparator.comparingInt(body::indexOf)).toList());

        Finding unchanged = vm.findingsFor(prompt).stream().filter(f -> f.rule().equals("placeholder")).findFirst().orElseThrow();
        assertEquals(null, ProofreadViewModel.markOf(unchanged, prompt.heading(), OutlineEditorViewModel.shownBody(prompt)),
                "an unchanged prompt is about the whole item: no character of the heading is underlined");
        vm.jumpTo(unchanged);
        assertEquals(0, ed.focusRequestProperty().get().length(), "and a click selects no character for it");
        assertEquals(TextEdit.Field.HEADING, ed.focusRequestProperty().get().field(), "a measure's prompt stands in its heading: the caret goes there");
    }

    @Test
    void aClickOnAnUnchangedPromptUnderAHeadingPutsTheCaretWhereThePromptShows() {
        Report r = report();
        OutlineNode goal = r.root().addChild(new OutlineNode("总体目标"));
        goal.setGuidance(true);
        goal.setBody(List.of("用一段话概括全年要达到的总体目标。"));
        OutlineEditorViewModel ed = new OutlineEditorViewModel(r);
        ProofreadViewModel vm = new ProofreadViewModel(ed);
        vm.refresh();
        Finding unchanged = vm.findingsFor(goal).stream().filter(f -> f.rule().equals("placeholder")).findFirst().orElseThrow();
        vm.jumpTo(unchanged);
        var request = ed.focusRequestProperty().get();
        assertEquals(goal, request.node());
        assertEquals(TextEdit.Field.BODY, request.field(), "the prompt shows in the body, under the heading: the clerk writes there");
        assertEquals(0, request.caret());
        assertEquals(0, request.length());
    }
}
