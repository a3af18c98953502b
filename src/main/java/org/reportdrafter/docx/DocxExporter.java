package org.reportdrafter.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.reportdrafter.domain.ChineseDates;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.storage.AtomicFiles;

/**
 * Exports a report to a .docx laid out to GB/T 9704-2012. One writer per block type (styles, page
 * setup, page numbers, title, outline nodes, signature); this facade orders them and writes the file
 * atomically.
 */
public final class DocxExporter {
    private final FontCheck fontCheck;

    public DocxExporter() {
        this(FontCheck.system());
    }

    DocxExporter(FontCheck fontCheck) {
        this.fontCheck = fontCheck;
    }

    /** The outcome: warnings (e.g. fonts not installed) never stop an export. */
    public record Result(Path file, List<String> warnings) {
    }

    public Result export(Report report, Path out) throws IOException {
        return export(report, report.settings().export(), out);
    }

    public Result export(Report report, ExportOptions options, Path out) throws IOException {
        ExportSettings settings = ExportSettings.of(options);
        try (XWPFDocument doc = build(report, settings)) {
            AtomicFiles.write(out, doc::write);
        }
        return new Result(out, fontCheck.missing(settings));
    }

    /** Builds the document in memory (for tests and benchmarks). */
    public XWPFDocument build(Report report, ExportOptions options) {
        return build(report, ExportSettings.of(options));
    }

    private static XWPFDocument build(Report report, ExportSettings settings) {
        XWPFDocument doc = new XWPFDocument();
        StyleWriter.write(doc, settings.layout(), settings);
        BlockContext ctx = new BlockContext(doc, settings);
        TitleWriter.write(ctx, report, settings.dateUnderTitle());
        for (String p : report.documentPreamble()) {
            ctx.bodyParagraph(p);
        }
        Map<OutlineNode, String> labels = Labeler.labels(report);
        for (OutlineNode section : report.sections()) {
            NodeWriter.write(ctx, section, labels);
        }
        for (String p : trailerText(report)) {
            ctx.bodyParagraph(p);
        }
        SignatureWriter.write(ctx, report);
        PageSetupWriter.write(doc, settings.layout());
        PageNumberWriter.write(doc);
        return doc;
    }

    /** A .docx file name from the title, without characters Windows forbids in file names. */
    public static String suggestedFileName(Report r) {
        String base = r.title().isBlank() ? "报告" : r.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (base.length() > 80 ? base.substring(0, 80) : base) + ".docx";
    }

    /** Trailer paragraphs other than the signature and date, which the signature block writes. */
    static List<String> trailerText(Report report) {
        List<String> out = new ArrayList<>();
        String date = report.dateOfIssue() == null ? null : ChineseDates.format(report.dateOfIssue());
        for (String t : report.documentTrailer()) {
            String s = t.strip();
            boolean isSignature = report.dateOfIssue() != null && s.equals(report.organization());
            boolean isDate = date != null && (s.equals(date) || s.replaceAll("\\s", "").matches(".*年.*月.*日") && s.length() <= 16);
            if (!isSignature && !isDate && !s.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
