package org.reportdrafter.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.checks.Finding;
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.checks.Severity;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.docx.ExportReview;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.Report;

/**
 * What the export dialog shows and decides, without a display: the house style (preset) chosen for
 * this report, 加盖印章 and 版记 options, and what should not go out unseen — template prompts never
 * filled, 校对 errors, web-page furniture. The clerk may go on regardless; nothing is dropped silently.
 */
public final class ExportDialogViewModel {
    private final Report report;
    private final List<ExportPreset> presets;
    private final ExportReview review;
    private final List<Finding> errors;
    private ExportPreset preset;
    private boolean sealed;
    private boolean printRecord;
    private boolean header;
    private String issuerMark;

    /** report: a snapshot of the open report; presets: built-in and the library's own. */
    public ExportDialogViewModel(Report report, List<ExportPreset> presets) {
        this.report = report;
        this.presets = new ArrayList<>(presets.isEmpty() ? ExportPreset.BUILT_IN : presets);
        this.review = ExportReview.of(report);
        this.errors = Proofreader.check(report).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        String chosen = report.settings().export().preset();
        this.preset = this.presets.stream().filter(p -> p.name().equals(chosen)).findFirst().orElse(this.presets.get(0));
        this.sealed = preset.sealed();
        this.printRecord = preset.printRecord();
        // a first suggestion the clerk corrects: most offices' 标志 is their name followed by 文件
        this.issuerMark = report.organization() == null || report.organization().isBlank() ? "" : report.organization().strip() + "文件";
    }

    /** 版头 of a 红头文件 (GB/T 9704 7.2), off by default. */
    public boolean header() {
        return header;
    }

    public void setHeader(boolean on) {
        header = on;
    }

    /** The 发文机关标志 printed in red when the 版头 is on. */
    public String issuerMark() {
        return issuerMark;
    }

    public void setIssuerMark(String mark) {
        issuerMark = mark == null ? "" : mark.strip();
    }

    public List<ExportPreset> presets() {
        return List.copyOf(presets);
    }

    public ExportPreset preset() {
        return preset;
    }

    public void choosePreset(ExportPreset p) {
        if (p != null) {
            preset = p;
            sealed = p.sealed();
            printRecord = p.printRecord();
        }
    }

    /** A preset read from a sample file: offered and chosen. */
    public void addPreset(ExportPreset p) {
        presets.removeIf(x -> x.name().equals(p.name()));
        presets.add(p);
        choosePreset(p);
    }

    public boolean sealed() {
        return sealed;
    }

    public void setSealed(boolean on) {
        sealed = on;
    }

    public boolean printRecord() {
        return printRecord;
    }

    public void setPrintRecord(boolean on) {
        printRecord = on;
    }

    /** 版记 only makes sense when the report has one. */
    public boolean hasPrintRecord() {
        var p = report.parts();
        return !p.copyTo().isEmpty() || !p.issuedBy().isEmpty() || !p.issuedOn().isEmpty();
    }

    public ExportReview review() {
        return review;
    }

    public int errorCount() {
        return errors.size();
    }

    /** Something the clerk should see before the file goes out. */
    public boolean needsAttention() {
        return !review.unfilled().isEmpty() || !errors.isEmpty() || !review.furniture().isEmpty();
    }

    /** The notices, in Chinese, one a line, worst first. */
    public List<String> notices() {
        List<String> out = new ArrayList<>();
        if (!review.unfilled().isEmpty()) {
            out.add("有 " + review.unfilled().size() + " 处模板提示尚未填写，将按原样导出（编号与编辑器一致）：");
            for (String u : review.unfilled()) {
                out.add("　· " + u);
            }
        }
        if (!errors.isEmpty()) {
            out.add("校对发现 " + errors.size() + " 处错误（见“校对”面板），例如：" + errors.get(0).path() + "　" + errors.get(0).message());
        }
        if (!review.furniture().isEmpty()) {
            out.add("有 " + review.furniture().size() + " 段来自网页的导航或版权等内容，将照样导出（不需要时请在编辑器中删除）。");
        }
        return out;
    }

    /**
     * The preset name to save in the report's settings so the next export preselects it; empty when
     * the report already names it. Saved as a settings change (undoable, autosaved) by the caller.
     */
    public java.util.Optional<String> presetToRemember() {
        String name = preset.name();
        return name.equals(report.settings().export().preset()) ? java.util.Optional.empty() : java.util.Optional.of(name);
    }

    /** The preset with this dialog's options applied. */
    public ExportPreset effectivePreset() {
        return preset.withSealed(sealed).withPrintRecord(printRecord);
    }

    /** Exports the snapshot (callable off the FX thread). */
    public DocxExporter.Result export(Path out) throws IOException {
        DocxExporter exporter = new DocxExporter().withHeader(header ? issuerMark : "");
        return exporter.export(report, effectivePreset(), report.settings().export(), out);
    }
}
