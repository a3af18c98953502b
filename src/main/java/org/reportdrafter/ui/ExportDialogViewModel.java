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
    private boolean upwardLow;
    private final String suggestedMark;

    /** report: a snapshot of the open report; presets: built-in and the library's own. */
    public ExportDialogViewModel(Report report, List<ExportPreset> presets) {
        this.report = report;
        this.presets = new ArrayList<>(presets.isEmpty() ? ExportPreset.BUILT_IN : presets);
        this.review = ExportReview.of(report);
        this.errors = Proofreader.check(report).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        String chosen = report.settings().export().preset();
        this.preset = this.presets.stream().filter(p -> p.name().equals(chosen)).findFirst().orElse(this.presets.get(0));
        // a first suggestion the clerk corrects, when the preset has no 标志: most offices' 标志 is their name followed by 文件
        // (printed in the document: Chinese whatever the UI language)
        this.suggestedMark = report.organization() == null || report.organization().isBlank() ? "" : report.organization().strip() + "文件";
        choosePreset(preset);
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

    /** Chooses a preset and takes its options: 加盖印章, 版记 and the office's 版头. */
    public void choosePreset(ExportPreset p) {
        if (p != null) {
            preset = p;
            sealed = p.sealed();
            printRecord = p.printRecord();
            ExportPreset.Letterhead l = p.letterhead();
            header = l.print();
            issuerMark = l.issuerMark().isEmpty() ? suggestedMark : l.issuerMark();
            upwardLow = l.upwardLow();
        }
    }

    /** An upward document's 标志 80 mm down, where the office's rules still ask for it (the standard says 35 mm). */
    public boolean upwardLow() {
        return upwardLow;
    }

    public void setUpwardLow(boolean on) {
        upwardLow = on;
    }

    /** The 版头 as the dialog stands: printed or not, with its 标志. */
    public ExportPreset.Letterhead letterhead() {
        return new ExportPreset.Letterhead(header, issuerMark, upwardLow);
    }

    /** A 标志 the export could not print (empty, too long), as a one-line message; null when fine. */
    public String letterheadProblem() {
        if (header && issuerMark.isEmpty()) {
            return Texts.get("export.issuerMarkMissing");
        }
        if (issuerMark.strip().length() > 40) {
            return Texts.get("export.issuerMarkTooLong", issuerMark.strip().length()); // the domain says it in Chinese only
        }
        try {
            letterhead();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The office's own preset with the 版头 as set in the dialog, to store in the library when the
     * clerk confirms: empty for a built-in preset (its name is reserved; 另存为本单位版式 keeps it) or
     * when nothing changed.
     */
    public java.util.Optional<ExportPreset> presetToSave() {
        boolean untouched = !header && !upwardLow && preset.letterhead().issuerMark().isEmpty(); // only the suggestion
        if (preset.isBuiltIn() || untouched || letterhead().equals(preset.letterhead())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(preset.withLetterhead(letterhead()));
    }

    /** The dialog's choices kept as an office preset of this name (stored by the caller), then chosen. */
    public ExportPreset saveAs(String name) {
        ExportPreset p = effectivePreset().withName(name);
        if (p.isBuiltIn()) {
            throw new IllegalArgumentException(Texts.get("export.builtInName", p.name()));
        }
        return p;
    }

    /** After the caller stored it: the saved preset replaces the one of that name and is the choice. */
    public void saved(ExportPreset p) {
        presets.replaceAll(x -> x.name().equals(p.name()) ? p : x);
        if (presets.stream().noneMatch(x -> x.name().equals(p.name()))) {
            presets.add(p);
        }
        choosePreset(p);
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
        return !review.unfilled().isEmpty() || !errors.isEmpty() || !review.furniture().isEmpty() || review.undated();
    }

    /** The unfilled prompts the first notice announces, one per item (the dialog lists them). */
    public List<String> unfilledItems() {
        return review.unfilled();
    }

    /** The notices in the UI language, one a line, worst first. */
    public List<String> notices() {
        List<String> out = new ArrayList<>();
        if (!review.unfilled().isEmpty()) {
            out.add(Texts.get("export.unfilled", review.unfilled().size()));
        }
        if (!errors.isEmpty()) {
            out.add(Texts.get("export.errors", errors.size(), errors.get(0).path(Texts.locale()), errors.get(0).message(Texts.locale())));
        }
        if (!review.furniture().isEmpty()) {
            out.add(Texts.get("export.furniture", review.furniture().size()));
        }
        if (review.undated()) {
            out.add(Texts.get("export.undated"));
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
        return preset.withSealed(sealed).withPrintRecord(printRecord).withLetterhead(letterhead());
    }

    /** Exports the snapshot (callable off the FX thread). */
    public DocxExporter.Result export(Path out) throws IOException {
        return new DocxExporter().export(report, effectivePreset(), report.settings().export(), out);
    }
}
