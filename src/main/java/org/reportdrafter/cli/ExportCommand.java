package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.docx.PageLayout;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "按 GB/T 9704-2012 导出 Word 文档。SOURCE 为资料库报告编号，或 .txt/.docx/.doc/.json 文件。")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", arity = "1..*")
    List<String> sources;

    @Option(names = "--docx", paramLabel = "OUT.docx", description = "输出文件（单个 SOURCE 时）")
    Path docx;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "输出目录（多个 SOURCE 时，每份文档一个文件）")
    Path outDir;

    @Option(names = "--json", paramLabel = "OUT.json", description = "导出便携文件：资料库报告连同设置和全部版本（SOURCE 为报告编号）")
    Path json;

    @Option(names = "--preset", paramLabel = "NAME", description = "版式：guobiao（国标，默认按报告设置）或 office22")
    String preset;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json != null) {
            return exportPortable(out, err);
        }
        if ((docx == null) == (outDir == null)) {
            err.println("错误：请给出 --docx OUT.docx（单个文档）或 --out-dir DIR（多个文档）之一");
            return 2;
        }
        if (preset != null) {
            try {
                PageLayout.byId(preset);
            } catch (IllegalArgumentException e) {
                err.println("错误：" + e.getMessage());
                return 2;
            }
        }
        DocxExporter exporter = new DocxExporter();
        Set<String> warned = new HashSet<>();
        Set<String> usedNames = new HashSet<>();
        int failed = 0;
        for (String source : sources) {
            List<Report> reports;
            try {
                reports = Sources.load(source, library);
            } catch (ImportException e) {
                err.println("导出失败：" + e.getMessage());
                failed++;
                continue;
            }
            if (docx != null && (sources.size() > 1 || reports.size() > 1)) {
                err.println("错误：" + source + " 含 " + reports.size() + " 份文档，或给出了多个 SOURCE：请改用 --out-dir DIR");
                return 2;
            }
            for (Report r : reports) {
                ExportOptions options = preset == null ? r.settings().export() : r.settings().export().withPreset(preset);
                Path target = docx != null ? docx : outDir.resolve(fileName(r, usedNames));
                var result = exporter.export(r, options, target);
                out.println(target);
                for (String w : result.warnings()) {
                    if (warned.add(w)) {
                        err.println("提示：" + w);
                    }
                }
            }
        }
        out.flush();
        return failed == 0 ? Cli.OK : Cli.FAILED;
    }

    private int exportPortable(PrintWriter out, PrintWriter err) throws java.io.IOException {
        if (sources.size() != 1 || !sources.get(0).matches("[0-9]{1,18}")) {
            err.println("错误：--json 需要一个资料库报告编号");
            return 2;
        }
        try (org.reportdrafter.storage.Database db = library.open()) {
            var repo = new org.reportdrafter.storage.SqliteReportRepository(db);
            String text = org.reportdrafter.storage.PortableJson.write(repo, Long.parseLong(sources.get(0)));
            org.reportdrafter.storage.AtomicFiles.write(json, o -> o.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        out.println(json);
        return Cli.OK;
    }

    /** A file name from the title, unique within this run. */
    static String fileName(Report r, Set<String> used) {
        String name = DocxExporter.suggestedFileName(r);
        String base = name.substring(0, name.length() - ".docx".length());
        for (int i = 2; !used.add(name); i++) {
            name = base + "（" + i + "）.docx";
        }
        return name;
    }
}
