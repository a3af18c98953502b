package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.docx.ExportReview;
import org.reportdrafter.docx.PresetReader;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.storage.ExportPresetRepository;
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
    @Parameters(paramLabel = "SOURCE", arity = "0..*")
    List<String> sources = new ArrayList<>();

    @Option(names = "--docx", paramLabel = "OUT.docx", description = "输出文件（单个 SOURCE 时）")
    Path docx;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "输出目录（多个 SOURCE 时，每份文档一个文件）")
    Path outDir;

    @Option(names = "--json", paramLabel = "OUT.json", description = "导出便携文件：资料库报告连同设置和全部版本（SOURCE 为报告编号）")
    Path json;

    @Option(names = "--preset", paramLabel = "NAME", description = "版式：guobiao（国标，默认按报告设置）、office22，或资料库中本单位的版式名称")
    String preset;

    @Option(names = "--sealed", description = "落款按加盖印章的版式排（GB/T 9704 7.3.5.1）")
    boolean sealed;

    @Option(names = "--print-record", description = "在末页下端排版记（抄送、印发机关和印发日期）")
    boolean printRecord;

    @Option(names = "--header", paramLabel = "发文机关标志", description = "排红头文件的版头（GB/T 9704 7.2）：发文机关标志（如 某县教育局文件）、份号、密级、紧急程度、发文字号、签发人和红色分隔线；与 --save-preset 同用时存入本单位版式")
    String header;

    @Option(names = "--no-header", description = "不排版头（即使所选版式排版头）")
    boolean noHeader;

    @Option(names = "--upward-mark-80mm", description = "上行文（有签发人）的发文机关标志上边缘距版心上边缘 80 毫米（本单位仍按旧规定留批办位置时；GB/T 9704-2012 为 35 毫米）")
    boolean upwardLow;

    @Option(names = "--allow-unfilled", description = "模板提示未填写时仍然导出（默认列出这些提示并不导出）")
    boolean allowUnfilled;

    @Option(names = "--author", paramLabel = "NAME", description = "文档属性中的作者（默认为报告的单位）")
    String author;

    @Option(names = "--save-preset", paramLabel = "NAME", description = "以此名称把本单位版式存入资料库：从 --from-sample 给出的样本文件读取，或以 --preset 所选版式（默认国标）为底；连同 --header、--upward-mark-80mm、--sealed、--print-record")
    String savePreset;

    @Option(names = "--from-sample", paramLabel = "FILE.docx", description = "本单位现用的 .docx 或 .dotx 样本文件")
    Path sample;

    @Option(names = "--list-presets", description = "列出可用版式")
    boolean listPresets;

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
        if (listPresets || savePreset != null || sample != null) {
            return presets(out, err);
        }
        if (sources.isEmpty()) {
            err.println("错误：请给出要导出的报告（资料库编号或文件）");
            return 2;
        }
        if ((docx == null) == (outDir == null)) {
            err.println("错误：请给出 --docx OUT.docx（单个文档）或 --out-dir DIR（多个文档）之一");
            return 2;
        }
        if (header != null && noHeader) {
            err.println("错误：--header 与 --no-header 不能同时给出");
            return 2;
        }
        String headerProblem = headerProblem();
        if (headerProblem != null) {
            err.println("错误：" + headerProblem);
            return 2;
        }
        ExportPreset chosen = null;
        if (preset != null) {
            chosen = ExportPreset.builtIn(preset);
            if (chosen == null && java.nio.file.Files.exists(library.path())) {
                try (var db = library.open()) {
                    chosen = new ExportPresetRepository(db).find(preset).orElse(null);
                }
            }
            if (chosen == null) {
                err.println("错误：没有名为“" + preset + "”的版式（用 --list-presets 查看可用版式）");
                return 2;
            }
        }
        DocxExporter exporter = new DocxExporter().withAuthor(author);
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
                ExportOptions options = r.settings().export();
                ExportPreset p = chosen != null ? chosen : resolve(options.preset());
                if (p == null) {
                    err.println("导出失败：" + r.title() + "：报告所选的版式“" + options.preset() + "”不在资料库中（可用 --preset 另选）");
                    failed++;
                    continue;
                }
                p = withFlags(p);
                ExportReview review = ExportReview.of(r);
                if (!review.unfilled().isEmpty() && !allowUnfilled) {
                    err.println("未导出：" + r.title() + "：有 " + review.unfilled().size() + " 处模板提示未填写（加 --allow-unfilled 可照样导出）：");
                    for (String u : review.unfilled()) {
                        err.println("  " + u);
                    }
                    failed++;
                    continue;
                }
                Path target = docx != null ? docx : outDir.resolve(fileName(r, usedNames));
                var result = exporter.export(r, p, options, target);
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

    /** The preset with the options given on the command line: 加盖印章, 版记, 版头. */
    private ExportPreset withFlags(ExportPreset p) {
        p = sealed ? p.withSealed(true) : p;
        p = printRecord ? p.withPrintRecord(true) : p;
        ExportPreset.Letterhead l = p.letterhead();
        if (header != null) {
            l = new ExportPreset.Letterhead(true, header, l.upwardLow());
        } else if (noHeader) {
            l = new ExportPreset.Letterhead(false, l.issuerMark(), l.upwardLow());
        }
        return p.withLetterhead(upwardLow ? l.withUpwardLow(true) : l);
    }

    /** Why the --header text cannot be a 发文机关标志, or null. */
    private String headerProblem() {
        if (header == null) {
            return null;
        }
        if (header.isBlank()) {
            return "--header 需要发文机关标志，如 某县教育局文件";
        }
        try {
            ExportPreset.Letterhead.of(header);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** A preset named in a report's settings: built in, or from the library when there is one. */
    private ExportPreset resolve(String name) {
        ExportPreset p = ExportPreset.builtIn(name);
        if (p != null || !java.nio.file.Files.exists(library.path())) {
            return p;
        }
        try (var db = library.open()) {
            return new ExportPresetRepository(db).find(name).orElse(null);
        }
    }

    private int presets(PrintWriter out, PrintWriter err) {
        if (sample != null && savePreset == null) {
            err.println("错误：--from-sample FILE.docx 须与 --save-preset NAME 同时给出");
            return 2;
        }
        String headerProblem = headerProblem();
        if (headerProblem != null || (header != null && noHeader)) {
            err.println("错误：" + (headerProblem != null ? headerProblem : "--header 与 --no-header 不能同时给出"));
            return 2;
        }
        try (var db = library.open()) {
            var repo = new ExportPresetRepository(db);
            if (savePreset != null) {
                ExportPreset p;
                if (sample != null) {
                    try {
                        p = PresetReader.read(sample, savePreset);
                    } catch (java.io.IOException | IllegalArgumentException e) {
                        err.println("错误：" + e.getMessage());
                        return Cli.FAILED;
                    }
                } else {
                    // no sample: the chosen preset (or the standard) under the office's name, with its 版头
                    ExportPreset base = preset == null ? ExportPreset.STANDARD : repo.find(preset).orElse(null);
                    if (base == null) {
                        err.println("错误：没有名为“" + preset + "”的版式（用 --list-presets 查看可用版式）");
                        return 2;
                    }
                    p = base.withName(savePreset);
                }
                p = withFlags(p);
                try {
                    repo.save(p, sample == null ? null : sample.toAbsolutePath().toString());
                } catch (org.reportdrafter.storage.StorageException e) {
                    err.println("错误：" + e.getMessage());
                    return 2;
                }
                out.println(p.name() + "\t" + p.describe());
            }
            if (listPresets) {
                for (ExportPreset p : repo.all()) {
                    out.println(p.name() + "\t" + p.describe());
                }
            }
        }
        out.flush();
        return Cli.OK;
    }

    private int exportPortable(PrintWriter out, PrintWriter err) throws java.io.IOException {
        if (sources.size() != 1 || !sources.get(0).matches("[0-9]{1,18}")) {
            err.println("错误：--json 需要一个资料库报告编号");
            return 2;
        }
        try (org.reportdrafter.storage.Database db = library.open()) {
            var repo = new org.reportdrafter.storage.SqliteReportRepository(db);
            String text = org.reportdrafter.storage.PortableJson.write(repo, Long.parseLong(sources.get(0)));
            org.reportdrafter.storage.AtomicFiles.writeDocument(json, o -> o.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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
