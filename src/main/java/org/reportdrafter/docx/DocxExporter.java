package org.reportdrafter.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.storage.AtomicFiles;

/**
 * Exports a report to a .docx laid out to GB/T 9704-2012 in an office's house style. One writer per
 * block type (styles, package parts, page setup, page numbers, title, outline nodes, tables,
 * signature, attachments, 版记); this facade orders them and writes the file atomically with the
 * user's normal permissions. Everything in the report goes out: preamble and trailer paragraphs the
 * importer kept apart, web-page furniture the clerk has not deleted and unfilled template prompts
 * (both listed in the warnings); only lines that repeat a part written in its own place are not
 * printed twice.
 */
public final class DocxExporter {
    private final FontCheck fontCheck;
    private String author = "";
    private String issuerMark = "";

    public DocxExporter() {
        this(FontCheck.system());
    }

    DocxExporter(FontCheck fontCheck) {
        this.fontCheck = fontCheck;
    }

    /** The author written to docProps (the user's setting); empty for the report's organization. */
    public DocxExporter withAuthor(String name) {
        this.author = name == null ? "" : name;
        return this;
    }

    /**
     * A 版头 (红头文件) with this 发文机关标志 (某县教育局文件), the report's 份号, 密级, 紧急程度,
     * 发文字号 and 签发人, whatever the preset says; empty to follow the preset's own 版头.
     */
    public DocxExporter withHeader(String mark) {
        this.issuerMark = mark == null ? "" : mark.strip();
        return this;
    }

    /** The outcome: warnings (fonts not installed, unfilled prompts, web furniture) never stop an export. */
    public record Result(Path file, List<org.reportdrafter.i18n.Localized> notes, ExportReview review) {
        /** Warnings whose texts have no key (a test's). */
        public Result(Path file, List<String> warnings) {
            this(file, warnings.stream().map(org.reportdrafter.i18n.Localized::verbatim).toList(), new ExportReview(List.of(), List.of()));
        }

        /** The warnings in Chinese (the command line). */
        public List<String> warnings() {
            return notes.stream().map(org.reportdrafter.i18n.Localized::chinese).toList();
        }
    }

    public Result export(Report report, Path out) throws IOException {
        return export(report, report.settings().export(), out);
    }

    public Result export(Report report, ExportOptions options, Path out) throws IOException {
        return write(report, ExportSettings.of(options), out);
    }

    /** With a preset chosen explicitly (an office's own, or a built-in one). */
    public Result export(Report report, ExportPreset preset, ExportOptions options, Path out) throws IOException {
        return write(report, ExportSettings.of(preset, options), out);
    }

    private Result write(Report report, ExportSettings settings, Path out) throws IOException {
        try (XWPFDocument doc = build(report, settings, author, issuerMark)) {
            AtomicFiles.writeDocument(out, doc::write);
        }
        ExportReview review = ExportReview.of(report);
        List<org.reportdrafter.i18n.Localized> warnings = new ArrayList<>(review.notes());
        warnings.addAll(fontCheck.missing(settings));
        return new Result(out, warnings, review);
    }

    /** Builds the document in memory (for tests and benchmarks). */
    public XWPFDocument build(Report report, ExportOptions options) throws IOException {
        return build(report, ExportSettings.of(options), author, issuerMark);
    }

    public XWPFDocument build(Report report, ExportPreset preset, ExportOptions options) throws IOException {
        return build(report, ExportSettings.of(preset, options), author, issuerMark);
    }

    private static XWPFDocument build(Report report, ExportSettings settings, String author, String issuerMark) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        StyleWriter.write(doc, settings);
        PackageWriter.settings(doc);
        PackageWriter.fontTable(doc, fontsUsed(settings));
        PackageWriter.properties(doc, report, author);
        BlockContext ctx = new BlockContext(doc, settings);
        DocumentParts parts = report.parts();
        ExportPreset.Letterhead letterhead = settings.preset().letterhead();
        if (!issuerMark.isEmpty()) {
            letterhead = new ExportPreset.Letterhead(true, issuerMark, letterhead.upwardLow());
        }
        boolean header = letterhead.print();
        if (header) {
            HeaderWriter.write(ctx, parts, letterhead);
        }
        TitleWriter.write(ctx, report, settings.dateUnderTitle(), header);
        for (String w : parts.wrapper()) {
            ctx.bodyParagraph(w);
        }
        List<String> preamble = PrintedText.preamble(report);
        NodeWriter.writeBody(ctx, preamble, 0, report.root().tables());
        Map<OutlineNode, String> labels = Labeler.labels(report);
        for (OutlineNode section : report.sections()) {
            NodeWriter.write(ctx, section, labels);
        }
        for (String t : PrintedText.trailer(report)) {
            ctx.bodyParagraph(t);
        }
        SignatureWriter.writeAttachmentNotes(ctx, parts.attachmentNotes());
        SignatureWriter.write(ctx, report, settings.preset().sealed());
        AttachmentWriter.write(ctx, report);
        if (settings.preset().printRecord()) {
            RecordWriter.write(ctx, parts);
        }
        PageSetupWriter.write(doc, settings.layout());
        PageNumberWriter.write(doc, settings.preset().pageNumbers());
        return doc;
    }

    static Set<String> fontsUsed(ExportSettings s) {
        return new LinkedHashSet<>(List.of(s.bodyFont(), s.titleFont(), s.preset().heading1Font(),
                s.preset().heading2Font(), PageLayout.PAGE_NUMBER_FONT));
    }

    /** A .docx file name from the title, without characters Windows forbids in file names. */
    public static String suggestedFileName(Report r) {
        String base = r.title().isBlank() ? "报告" : r.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (base.length() > 80 ? base.substring(0, 80) : base) + ".docx";
    }
}
