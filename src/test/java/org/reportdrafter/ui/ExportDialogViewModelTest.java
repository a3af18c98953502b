package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

class ExportDialogViewModelTest {
    @TempDir
    Path dir;

    private static Report draft() {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        OutlineNode one = r.root().addChild(new OutlineNode("总体要求"));
        one.body().add("全面贯彻党的教育方针，落实立德树人根本任务。");
        OutlineNode two = r.root().addChild(new OutlineNode("重点工作"));
        OutlineNode prompt = two.addChild(new OutlineNode());
        prompt.body().add("请在此填写重点工作");
        prompt.setGuidance(true);
        OutlineNode filled = two.addChild(new OutlineNode("加强队伍建设。"));
        filled.setRunIn(true);
        filled.body().add("开展全员培训。");
        r.preamble().add("首页 > 政务公开");
        r.setClutterBefore(1);
        return r;
    }

    /** A letterhead too long to print is refused in the chosen language (the domain says it in Chinese only). */
    @Test
    void aTooLongIssuerMarkIsSaidInTheChosenLanguage() {
        ExportDialogViewModel vm = new ExportDialogViewModel(draft(), ExportPreset.BUILT_IN);
        vm.setHeader(true);
        vm.setIssuerMark("某".repeat(41) + "文件");
        assertEquals("发文机关标志过长（43 字，最多 40 字）", vm.letterheadProblem());
        try {
            Texts.setEnglish(true);
            assertEquals("The issuer mark is too long (43 characters; at most 40)", vm.letterheadProblem());
        } finally {
            Texts.setEnglish(false);
        }
    }

    @Test
    void listsWhatWouldGoOutUnseenAndLetsTheClerkGoOn() throws Exception {
        ExportDialogViewModel vm = new ExportDialogViewModel(draft(), ExportPreset.BUILT_IN);
        assertTrue(vm.needsAttention());
        List<String> notices = vm.notices();
        assertTrue(notices.get(0).contains("1 处模板提示尚未填写"), notices.toString());
        assertEquals(List.of("（一）请在此填写重点工作"), vm.unfilledItems());
        assertTrue(notices.stream().anyMatch(n -> n.contains("来自网页")), notices.toString());

        Path out = dir.resolve("a.docx");
        vm.export(out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("（一）请在此填写重点工作"), "the prompt goes out as it stands: " + texts);
            assertTrue(texts.contains("（二）加强队伍建设。开展全员培训。"), "numbering equals the editor's: " + texts);
            assertTrue(texts.contains("首页 > 政务公开"), "furniture still in the report is exported");
        }
    }

    @Test
    void presetAndOptionsFollowTheChoice() {
        ExportPreset house = new ExportPreset("某县教育局", "方正小标宋_GBK", 22, "仿宋", 16, "黑体", "楷体", false, 28, 37, 35, 28, 26,
                ExportPreset.PageNumbers.CENTER, true, false);
        ExportDialogViewModel vm = new ExportDialogViewModel(draft(), List.of(ExportPreset.STANDARD, ExportPreset.COMMON, house));
        assertEquals(ExportPreset.STANDARD, vm.preset(), "the report's own choice (guobiao by default)");
        assertFalse(vm.sealed());
        vm.choosePreset(house);
        assertTrue(vm.sealed(), "the house style's own 落款 layout");
        vm.setSealed(false);
        assertFalse(vm.effectivePreset().sealed());
        assertEquals("仿宋", vm.effectivePreset().bodyFont());
        assertFalse(vm.hasPrintRecord(), "no 版记 parts in this draft");
    }

    @Test
    void theChosenPresetIsRememberedWithTheReportAndPreselectedNextTime() {
        ExportPreset house = new ExportPreset("某县教育局", "方正小标宋_GBK", 22, "仿宋", 16, "黑体", "楷体", false, 28, 37, 35, 28, 26,
                ExportPreset.PageNumbers.CENTER, true, false);
        List<ExportPreset> presets = List.of(ExportPreset.STANDARD, ExportPreset.COMMON, house);
        OutlineEditorViewModel editor = new OutlineEditorViewModel(draft());
        ExportDialogViewModel first = new ExportDialogViewModel(editor.report().snapshot(), presets);
        assertTrue(first.presetToRemember().isEmpty(), "nothing to save when the report's own preset is kept");
        first.choosePreset(house);
        assertEquals(java.util.Optional.of("某县教育局"), first.presetToRemember());
        // what FileActions does when the clerk confirms the dialog
        first.presetToRemember().ifPresent(editor::setExportPreset);
        assertEquals("某县教育局", editor.report().settings().export().preset(), "saved with the report's settings");

        ExportDialogViewModel next = new ExportDialogViewModel(editor.report().snapshot(), presets);
        assertEquals(house, next.preset(), "the next export preselects it");
        assertTrue(next.presetToRemember().isEmpty());

        assertTrue(editor.undo(), "an undoable settings change");
        assertEquals(ExportPreset.GUOBIAO, editor.report().settings().export().preset());
    }

    @Test
    void theRedHeaderSwitchPrintsTheMark() throws Exception {
        Report r = draft();
        r.setOrganization("某县教育局");
        r.parts().setDocNumber("某教发〔2025〕3号");
        ExportDialogViewModel vm = new ExportDialogViewModel(r, ExportPreset.BUILT_IN);
        assertFalse(vm.header(), "off by default");
        assertEquals("某县教育局文件", vm.issuerMark(), "suggested from the organization");
        Path plain = dir.resolve("plain.docx");
        vm.export(plain);
        try (InputStream in = Files.newInputStream(plain); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("某教发〔2025〕3号", doc.getParagraphs().get(0).getText(), "no 版头 when off");
        }
        vm.setHeader(true);
        vm.setIssuerMark(" 某县教育局 ");
        Path red = dir.resolve("red.docx");
        vm.export(red);
        try (InputStream in = Files.newInputStream(red); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("某县教育局", ps.get(0).getText());
            assertEquals("IssuerMark", ps.get(0).getStyle());
            assertEquals("某教发〔2025〕3号", ps.get(3).getText());
            assertEquals(1, ps.stream().filter(p -> p.getText().equals("某教发〔2025〕3号")).count());
        }
    }

    @Test
    void theLetterheadComesFromTheChosenPresetAndIsSavedWithIt() throws Exception {
        Report r = draft();
        r.setOrganization("某县教育局");
        r.parts().setDocNumber("某教发〔2025〕3号");
        ExportPreset red = ExportPreset.STANDARD.withName("本局红头").withLetterhead(ExportPreset.Letterhead.of("某县教育局文件"));
        ExportPreset plain = ExportPreset.COMMON.withName("本局普通件");
        r.setSettings(r.settings().withExport(r.settings().export().withPreset("本局红头")));
        List<ExportPreset> all = new java.util.ArrayList<>(ExportPreset.BUILT_IN);
        all.add(red);
        all.add(plain);
        ExportDialogViewModel vm = new ExportDialogViewModel(r, all);
        assertEquals("本局红头", vm.preset().name());
        assertTrue(vm.header(), "the office's preset prints its 版头");
        assertEquals("某县教育局文件", vm.issuerMark());
        assertTrue(vm.presetToSave().isEmpty(), "nothing changed, nothing to save");
        Path out = dir.resolve("red.docx");
        vm.export(out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("某县教育局文件", doc.getParagraphs().get(0).getText());
        }

        vm.choosePreset(plain);
        assertFalse(vm.header(), "a preset without a 版头");
        assertEquals("某县教育局文件", vm.issuerMark(), "the organization's name suggested");
        assertTrue(vm.presetToSave().isEmpty(), "the suggestion alone is not saved");
        vm.setHeader(true);
        vm.setIssuerMark("某县教育局文件");
        vm.setUpwardLow(true);
        ExportPreset saved = vm.presetToSave().orElseThrow();
        assertEquals("本局普通件", saved.name());
        assertEquals(new ExportPreset.Letterhead(true, "某县教育局文件", true), saved.letterhead());
        assertEquals(plain.topMm(), saved.topMm(), "only the 版头 changes");
        vm.saved(saved);
        vm.choosePreset(red);
        vm.choosePreset(vm.presets().stream().filter(p -> p.name().equals("本局普通件")).findFirst().orElseThrow());
        assertTrue(vm.header() && vm.upwardLow(), "shown again from the saved preset");

        vm.choosePreset(ExportPreset.STANDARD);
        vm.setHeader(true);
        assertTrue(vm.presetToSave().isEmpty(), "a built-in preset is not overwritten");
        ExportPreset mine = vm.saveAs("某县教育局");
        assertEquals(ExportPreset.Letterhead.of("某县教育局文件"), mine.letterhead(), "另存为 keeps the 版头");
        assertEquals(ExportPreset.STANDARD.linePitchPt(), mine.linePitchPt());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> vm.saveAs("guobiao"));

        vm.setIssuerMark("");
        assertEquals("请填写发文机关标志，如 某县教育局文件", vm.letterheadProblem());
        vm.setIssuerMark("某".repeat(41));
        assertTrue(vm.letterheadProblem().startsWith("发文机关标志过长"), vm.letterheadProblem());
        vm.setHeader(false);
        vm.setIssuerMark("某县教育局文件");
        assertEquals(null, vm.letterheadProblem());
    }

    @Test
    void aCleanReportNeedsNoWarning() {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        r.root().addChild(new OutlineNode("总体要求")).body().add("全面贯彻党的教育方针。");
        ExportDialogViewModel vm = new ExportDialogViewModel(r, ExportPreset.BUILT_IN);
        assertFalse(vm.needsAttention(), vm.notices().toString());
    }
}
